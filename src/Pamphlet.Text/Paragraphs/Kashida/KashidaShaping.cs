using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs.Kashida;

/// <summary>
/// Draws a kashida: the word is shaped again with tatweels (U+0640) inserted at its kashida point, so the
/// letters on either side keep their joined forms and the font's own tatweel lengthens the stroke between
/// them. The result's text is the word without the tatweels: they belong to the cluster of the letter
/// before them, so everything that reads a run's text sees the statement's word (the PDF writer maps the
/// tatweel glyph to U+0640, so extraction reads the lengthened word whole, with its tatweels).
/// </summary>
internal static class KashidaShaping
{
    /// <summary>Whether <paramref name="font"/> can draw kashida: it has a glyph for the tatweel.</summary>
    public static bool CanElongate(ShapingFont font) => font.Covers(KashidaPoints.Tatweel);

    /// <summary><paramref name="shaped"/> (the shaping of its text) with <paramref name="tatweels"/> tatweels at <paramref name="index"/>.</summary>
    public static ShapedText Elongate(Shaper shaper, ShapingFont font, ShapeOptions options, ShapedText shaped, int index, int tatweels)
    {
        var text = shaped.Text;
        if (tatweels <= 0 || index <= 0 || index >= text.Length) return shaped;
        var elongated = shaper.Shape(font, string.Concat(text.AsSpan(0, index), new string(KashidaPoints.Tatweel, tatweels), text.AsSpan(index)), options);

        var clusters = new int[elongated.Glyphs.Length];
        // The cluster of the letter before the kashida: the tatweels join it.
        var letterBefore = elongated.Clusters.Where(c => c < index).DefaultIfEmpty(0).Max();
        for (var g = 0; g < clusters.Length; g++)
        {
            var cluster = elongated.Clusters[g];
            clusters[g] = cluster < index ? cluster : cluster < index + tatweels ? letterBefore : cluster - tatweels;
        }

        return elongated with { Text = text, Clusters = clusters };
    }
}
