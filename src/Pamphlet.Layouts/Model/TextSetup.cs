namespace Pamphlet.Layouts.Model;

public enum TextAlign { Justify, Start, End, Center }

public enum ParagraphSeparation { Indent, Space }

/// <summary>
/// Body text rules: alignment, hyphenation, how paragraphs are separated, and the pagination limits.
/// </summary>
public sealed record TextSetup(
    TextAlign Align,
    bool Hyphenate,
    ParagraphSeparation Separation,
    /// <summary>First-line indent in points (indent mode; the first paragraph after a heading is never indented).</summary>
    double Indent,
    /// <summary>Space between paragraphs in points (space mode).</summary>
    double ParagraphSpace,
    /// <summary>Most hyphenated lines in a row.</summary>
    int MaxConsecutiveHyphens,
    /// <summary>Fewest lines of a paragraph left at the bottom of a page (orphans) …</summary>
    int Orphans,
    /// <summary>… and carried to the top of the next (widows).</summary>
    int Widows);
