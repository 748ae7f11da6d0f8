using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Layouts.Model;

/// <summary>A font family as a layout names it (a role's <c>family</c>, a style's, or a fallback), and where.</summary>
public sealed record NamedFamily(string Family, SourceLocation At);

public enum FontWeight { Regular = 400, Medium = 500, SemiBold = 600, Bold = 700, Black = 900 }

/// <summary>A face and size: family name as the font file names it, weight, italic, size and leading (baseline to baseline) in points.</summary>
public sealed record FontSpec(string Family, FontWeight Weight, bool Italic, double Size, double Leading)
{
    public FontSpec WithSize(double size) => this with { Size = size, Leading = Leading * size / Size };
}

/// <summary>The writing systems a layout can adjust (<c>fonts: scripts:</c>), by the script of the letters.</summary>
public enum WritingScript { Latin, Arabic, Hebrew, Cyrillic, Greek }

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

    /// <summary>
    /// Text in these scripts is set at the factor × its style's size (<c>fonts: scripts: {arabic: {scale: 1.2}}</c>);
    /// a script not named keeps the style's size.
    /// </summary>
    public IReadOnlyDictionary<WritingScript, double> ScriptScales { get; init; } = new Dictionary<WritingScript, double>();

    /// <summary>The factor text in <paramref name="script"/> is set at (1 when the layout names none).</summary>
    public double ScaleOf(WritingScript script) => ScriptScales.GetValueOrDefault(script, 1);

    /// <summary>
    /// The bundled layouts' scale for Arabic. Noto Naskh Arabic's letter bodies are small: over the corpus's
    /// Arabic text the median top of its letters (ascenders, dots and all) is 0.423 em regular and 0.450 em
    /// bold, where the median top of Latin letters in the bundled faces (their x-height, which most letters
    /// reach) is 0.546 em in Noto Serif and 0.538 em in Roboto Condensed Bold. Matching them asks for 1.29 in
    /// body text and 1.20 in bold display type. 1.2 takes the display match and looks matched beside Latin
    /// words in body text too; every line pitch grows with the size Naskh is set at (see
    /// <c>TextComposer.Pitch</c>), so a larger scale costs lines per page. Hebrew needs nothing: Noto Sans
    /// Hebrew's letters stand 0.59 em, a little above the Latin x-height, as Hebrew letters do.
    /// </summary>
    public const double DefaultArabicScale = 1.2;
}
