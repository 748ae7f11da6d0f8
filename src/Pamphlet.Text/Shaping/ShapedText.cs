namespace Pamphlet.Text.Shaping;

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
    /// <summary>The advances summed in 64 bits: a word of millions of glyphs passes <see cref="int.MaxValue"/> font units.</summary>
    public long TotalAdvance { get; } = Advances.Sum(advance => (long)advance);

    private ClusterSums? sums;

    /// <summary>Advance width at <paramref name="size"/> points, plus tracking (in ems) after every glyph.</summary>
    public double Width(double size, double trackingEm = 0) =>
        (TotalAdvance / (double)UnitsPerEm + trackingEm * Glyphs.Length) * size;

    /// <summary>The summed advance, in font units, of the glyphs whose cluster starts in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public long AdvanceOf(int start, int end) => Sums.AdvanceBefore[end] - Sums.AdvanceBefore[start];

    /// <summary>How many glyphs have their cluster start in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public int GlyphCountOf(int start, int end) => Sums.GlyphsBefore[end] - Sums.GlyphsBefore[start];

    /// <summary>True when a cluster starts at <paramref name="index"/> (the text may be cut there without splitting a character, a ligature or a base from its marks).</summary>
    public bool IsClusterStart(int index) => index < Text.Length && GlyphCountOf(index, index + 1) > 0;

    /// <summary>
    /// Running sums over text positions, so that the width of any range costs O(1): cutting a word of
    /// a million characters into lines asks for a width at every character.
    /// </summary>
    private ClusterSums Sums => Volatile.Read(ref sums) ?? LazyInitializer.EnsureInitialized(ref sums, () => new ClusterSums(this));

    private sealed class ClusterSums
    {
        /// <summary>Index i holds the sum over the glyphs whose cluster starts before text index i.</summary>
        public long[] AdvanceBefore { get; }
        public int[] GlyphsBefore { get; }

        public ClusterSums(ShapedText shaped)
        {
            var length = shaped.Text.Length;
            AdvanceBefore = new long[length + 1];
            GlyphsBefore = new int[length + 1];
            for (var g = 0; g < shaped.Glyphs.Length; g++)
            {
                // Per position first (index + 1), then summed below.
                AdvanceBefore[shaped.Clusters[g] + 1] += shaped.Advances[g];
                GlyphsBefore[shaped.Clusters[g] + 1]++;
            }

            for (var i = 1; i <= length; i++)
            {
                AdvanceBefore[i] += AdvanceBefore[i - 1];
                GlyphsBefore[i] += GlyphsBefore[i - 1];
            }
        }
    }
}
