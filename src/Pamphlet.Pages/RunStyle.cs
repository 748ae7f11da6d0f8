namespace Pamphlet.Pages;

/// <summary>
/// How a glyph run looks: its face, size and colour, and how far its glyphs reach above
/// (<see cref="Ascent"/>) and below (<see cref="Descent"/>) the baseline. The runs set from one
/// stretch of text share one: a page holds a run per word from composition until its PDF is
/// written, and every collection on the way copies what they hold (issue 13).
/// </summary>
public sealed record RunStyle(FontFace Font, double FontSize, Color Color, double Ascent, double Descent);
