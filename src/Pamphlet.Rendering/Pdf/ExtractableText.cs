using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Prepares glyph runs so that text extraction gives the statement's words. Measured with poppler,
/// MuPDF and PdfPig: a hyphen that line breaking added is drawn as the font's soft-hyphen glyph
/// (mapped to U+00AD) and the word's first part carries the whole word as /ActualText, its second
/// part an empty one, so poppler reads the joined word and the others read it with a soft hyphen that
/// is dropped; the statement's own hyphen at a line end is drawn as U+2010, which poppler does not
/// join away (it joins U+002D), so "well-known" keeps its hyphen.
/// </summary>
internal sealed class ExtractableText
{
    private readonly Dictionary<GlyphRun, string> actualText = new(ReferenceEqualityComparer.Instance);

    private ExtractableText()
    {
    }

    /// <summary>The /ActualText of a run that is part of a word broken across lines, or null.</summary>
    public string? ActualTextOf(GlyphRun run) => actualText.GetValueOrDefault(run);

    public static (List<Page> Pages, ExtractableText Text) Prepare(IReadOnlyList<Page> pages, FontGlyphs glyphs)
    {
        var text = new ExtractableText();
        var prepared = pages.Select(page => page with { Items = Rewrite(page.Items, glyphs) }).ToList();
        GlyphRun? waiting = null;
        foreach (var run in prepared.SelectMany(p => p.ItemsOf<GlyphRun>()))
        {
            if (waiting is not null && ReferenceEquals(run.Structure, waiting.Structure) && run.Role == waiting.Role && run.Origin.Y != waiting.Origin.Y)
            {
                text.actualText[waiting] = waiting.Text[..^1] + run.Text;
                text.actualText[run] = "";
                waiting = null;
            }

            if (run.HyphenInserted) waiting = run;
        }

        return (prepared, text);
    }

    private static List<PageItem> Rewrite(IReadOnlyList<PageItem> items, FontGlyphs glyphs)
    {
        var result = new List<PageItem>(items);
        for (var i = 0; i < result.Count;)
        {
            if (result[i] is not GlyphRun)
            {
                i++;
                continue;
            }

            var end = TextLines.End(result, i);
            for (var r = i; r < end; r++)
            {
                if (result[r] is GlyphRun { HyphenInserted: true } run) result[r] = Substitute(run, glyphs, FontGlyphs.SoftHyphen);
            }

            // The statement's own hyphen ending a left-to-right line.
            var last = Enumerable.Range(i, end - i).Where(r => result[r] is GlyphRun).MaxBy(r => ((GlyphRun)result[r]).Origin.X);
            if (result[last] is GlyphRun { HyphenInserted: false, BidiLevel: 0 } own && own.Text.EndsWith('-'))
            {
                result[last] = Substitute(own, glyphs, FontGlyphs.Hyphen);
            }

            i = end;
        }

        return result;
    }

    /// <summary>The run with its final hyphen-minus drawn as <paramref name="codePoint"/>'s glyph, when the font has a distinct one.</summary>
    private static GlyphRun Substitute(GlyphRun run, FontGlyphs glyphs, int codePoint)
    {
        var last = run.Glyphs.Count - 1;
        if (last < 0 || run.Clusters[last] != run.Text.Length - 1 || run.Text[^1] != '-') return run;
        if (glyphs.Glyph(run.Font, FontGlyphs.HyphenMinus) is not { } minus || run.Glyphs[last] != minus) return run;
        if (glyphs.Glyph(run.Font, codePoint) is not { } other || other == minus) return run;
        var replaced = run.Glyphs.ToArray();
        replaced[last] = other;
        return run with { Glyphs = replaced, Text = run.Text[..^1] + char.ConvertFromUtf32(codePoint) };
    }
}
