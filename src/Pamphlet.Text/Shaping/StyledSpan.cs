using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Text.Shaping;

/// <summary>
/// How a span of text looks once the block style and inline emphasis are combined. <see cref="Rise"/>
/// raises the glyphs above the baseline (points; note references).
/// </summary>
public sealed record SpanStyle(FontSpec Font, Color Color, double Tracking, bool Hyphenate, string Role, double Rise = 0)
{
    /// <summary>The role of a note reference: bidi analyses it as an isolate, a mark beside its word.</summary>
    public const string NoteReferenceRole = "note-reference";

    public static SpanStyle From(TextStyle style, string role) =>
        new(style.Font, style.Color, style.Tracking, style.Hyphenate, role);
}

/// <summary>
/// Text in one style, from one place in the source. <see cref="IsUrl"/> marks URLs, which break after
/// slashes and dots instead of being hyphenated. A span whose text is "\n" is a forced line break.
/// </summary>
public sealed record StyledSpan(string Text, SpanStyle Style, SourceLocation Location, string? LinkUrl = null, bool IsUrl = false)
{
    public const string ForcedBreak = "\n";

    /// <summary>Where the link this span belongs to starts in the source: its text, and the URL printed after it, are one link.</summary>
    public SourceLocation? LinkLocation { get; init; }

    public bool IsForcedBreak => Text == ForcedBreak;
}
