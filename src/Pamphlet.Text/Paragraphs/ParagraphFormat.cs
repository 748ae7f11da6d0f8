using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// How one paragraph is broken into lines: the measure, the first line's indent (positive: indented;
/// the hanging indent of list markers is handled by the caller), alignment, whether words may be
/// hyphenated, the language (hyphenation patterns), the line pitch and the hyphen run limit.
/// </summary>
public sealed record ParagraphFormat(
    double Measure,
    double FirstLineIndent,
    TextAlign Align,
    bool Hyphenate,
    string Language,
    double Leading,
    int MaxConsecutiveHyphens)
{
    /// <summary>
    /// Display type (titles, headlines, pull quotes, slogans): lines balanced and broken by sense
    /// (<see cref="Pamphlet.Text.Display.DisplayBreakWeights"/>, <see cref="Pamphlet.Text.Display.BalancedLineBreaker"/>) instead of filled.
    /// </summary>
    public bool Display { get; init; }

    /// <summary>A line (0-based) that must not end with a hyphen (it ends a page), or null.</summary>
    public int? UnhyphenatedLine { get; init; }
}
