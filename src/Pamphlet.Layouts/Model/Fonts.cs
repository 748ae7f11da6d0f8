using Pamphlet.Diagnostics;

namespace Pamphlet.Layouts;

/// <summary>A font family as a layout names it (a role's <c>family</c>, a style's, or a fallback), and where.</summary>
public sealed record NamedFamily(string Family, SourceLocation At);

public enum FontWeight { Regular = 400, Medium = 500, SemiBold = 600, Bold = 700, Black = 900 }

/// <summary>A face and size: family name as the font file names it, weight, italic, size and leading (baseline to baseline) in points.</summary>
public sealed record FontSpec(string Family, FontWeight Weight, bool Italic, double Size, double Leading)
{
    public FontSpec WithSize(double size) => this with { Size = size, Leading = Leading * size / Size };
}

/// <summary>
/// The layout's fonts: one spec per role (body, heading, display, quote, caption, folio), the
/// fallback families tried in order for characters a role's family lacks, and an extra folder
/// (absolute) to load fonts from besides the bundled <c>fonts/</c>.
/// </summary>
public sealed record FontSetup(
    IReadOnlyDictionary<string, FontSpec> Roles,
    IReadOnlyList<string> Fallback,
    string? Folder)
{
    public static readonly string[] RoleNames = ["body", "heading", "display", "quote", "caption", "folio"];

    public FontSpec this[string role] => Roles[role];
}
