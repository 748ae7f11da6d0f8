namespace Pamphlet.Preflight.Facts;

/// <summary>What kind of painting put colour on the page.</summary>
public enum PaintKind
{
    /// <summary>Glyphs (filled or stroked text; invisible text is not painting).</summary>
    Text,

    /// <summary>Filled paths (f, F, f*, B, b…).</summary>
    Fill,

    /// <summary>Stroked paths (lines, outlines).</summary>
    Stroke,

    /// <summary>Images (a stencil mask paints in the fill colour).</summary>
    Image,

    /// <summary>Smooth shadings (sh, shading patterns).</summary>
    Shading,
}

/// <summary>
/// Painting of one kind in one colour on a page, counted: all glyphs of one colour and size, all fills of
/// one colour, all strokes of one colour and width. Sizes are as printed: the font size or line width
/// after every transformation (text matrix, forms, the page's own matrix), in points.
/// </summary>
/// <param name="Components">The colour's components as set (gray; r g b; c m y k; tints), rounded to 4 decimals; empty for images and shadings.</param>
/// <param name="Overprint">Whether overprint was on for this painting (ExtGState op for fills and text, OP for strokes).</param>
/// <param name="OverprintMode">ExtGState OPM in effect (1: zero CMYK components leave the inks below alone).</param>
/// <param name="Size">Text: the printed font size; strokes: the printed line width (the thinnest direction); otherwise null.</param>
/// <param name="TotalInk">Sum of the inks in percent (CMYK 0/0/0/100 is 100, grey 0 is 100, a tint of 0.5 is 50); null when the space has no inks of its own (RGB, Lab, patterns, images).</param>
/// <param name="Count">Glyphs for text, painting operators for fills and strokes, placements for images, shadings.</param>
/// <param name="LargestShortSide">Fills: the largest of the painted areas' bounding boxes' shorter sides, in points (how "solid" the largest area is); otherwise 0.</param>
public sealed record PaintFacts(
    PaintKind Kind,
    ColorSpaceInfo Space,
    IReadOnlyList<double> Components,
    bool Overprint,
    int OverprintMode,
    double? Size,
    double? TotalInk,
    int Count,
    double LargestShortSide);
