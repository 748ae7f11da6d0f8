using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs.Kashida;

/// <summary>
/// Draws a kashida: the word is shaped again with tatweels (U+0640) inserted at its kashida point, so the
/// letters on either side keep their joined forms and the font's own tatweel lengthens the stroke between
/// them. A width that is not a whole number of tatweels is reached by overlapping the tatweels (each draws
/// the same stroke, so an overlap does not show); the one against the letter before keeps its full advance,
/// so no tatweel overlaps a letter. The result's text is the word without the tatweels: they belong to the
/// cluster of the letter before them, so text extraction and everything that reads a run's text sees the
/// statement's word.
/// </summary>
internal static class KashidaShaping
{
    /// <summary>Slack when counting tatweels (font units): a width a hair over a whole number of tatweels takes no extra one.</summary>
    private const double RoundingSlack = 1e-6;

    /// <summary>Whether <paramref name="font"/> can draw kashida: it has a glyph for the tatweel.</summary>
    public static bool CanElongate(ShapingFont font) => font.Covers(KashidaPoints.Tatweel);

    /// <summary>
    /// <paramref name="shaped"/> (the shaping of <paramref name="text"/>) lengthened by <paramref name="width"/>
    /// points at <paramref name="index"/>, at <paramref name="size"/> points. The width should be at least one
    /// tatweel (see <see cref="KashidaDistribution"/>); a narrower one is drawn as one whole tatweel.
    /// </summary>
    public static ShapedText Elongate(Shaper shaper, ShapingFont font, ShapeOptions options, ShapedText shaped, int index, double width, double size)
    {
        var text = shaped.Text;
        var tatweel = shaper.Shape(font, KashidaPoints.Tatweel.ToString(), options).TotalAdvance;
        var wanted = width / size * shaped.UnitsPerEm;
        if (tatweel <= 0 || wanted <= 0 || index <= 0 || index >= text.Length) return shaped;
        var count = Math.Max(1, (int)Math.Ceiling(wanted / tatweel - RoundingSlack));
        var elongated = shaper.Shape(font, string.Concat(text.AsSpan(0, index), new string(KashidaPoints.Tatweel, count), text.AsSpan(index)), options);

        var glyphs = elongated.Glyphs.Length;
        var clusters = new int[glyphs];
        var advances = elongated.Advances.ToArray();
        // The cluster of the letter before the kashida: the tatweels join it.
        var letterBefore = elongated.Clusters.Where(c => c < index).DefaultIfEmpty(0).Max();
        var inserted = new List<int>(count);
        for (var g = 0; g < glyphs; g++)
        {
            var cluster = elongated.Clusters[g];
            if (cluster >= index && cluster < index + count)
            {
                clusters[g] = letterBefore;
                inserted.Add(g);
            }
            else
            {
                clusters[g] = cluster < index ? cluster : cluster - count;
            }
        }

        // Overlap the tatweels by what they add beyond the wanted width, all but the one the letter before
        // joins (the first in reading order, cluster == index) taking an equal part of it.
        var excess = elongated.TotalAdvance - shaped.TotalAdvance - wanted;
        var overlapping = inserted.Where(g => elongated.Clusters[g] != index).ToList();
        if (excess > 0 && overlapping.Count > 0 && inserted.Count == count)
        {
            var each = excess / overlapping.Count;
            var taken = 0.0;
            foreach (var g in overlapping)
            {
                // Whole font units, the remainder carried to the next tatweel so the total is exact to a unit.
                var cut = (int)Math.Round(taken + each) - (int)Math.Round(taken);
                advances[g] = Math.Max(0, advances[g] - cut);
                taken += each;
            }
        }

        return new ShapedText(text, elongated.Glyphs, clusters, advances, elongated.XOffsets, elongated.YOffsets, elongated.UnitsPerEm, elongated.HasMissingGlyphs);
    }
}
