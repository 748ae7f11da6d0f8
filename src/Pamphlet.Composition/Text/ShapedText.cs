namespace Pamphlet.Composition.Text;

/// <summary>
/// HarfBuzz's output for one piece of text in one font, in font units (scale = units per em) so the
/// same result serves every point size. <see cref="Clusters"/> are UTF-16 indices into the shaped text.
/// </summary>
public sealed record ShapedText(
    string Text,
    ushort[] Glyphs,
    int[] Clusters,
    int[] Advances,
    int[] XOffsets,
    int[] YOffsets,
    int UnitsPerEm,
    bool HasMissingGlyphs)
{
    public int TotalAdvance { get; } = Advances.Sum();

    /// <summary>Advance width at <paramref name="size"/> points, plus tracking (in ems) after every glyph.</summary>
    public double Width(double size, double trackingEm = 0) =>
        (TotalAdvance / (double)UnitsPerEm + trackingEm * Glyphs.Length) * size;
}
