using System.Globalization;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// Word spacing of justified body text read from the Pages model, for scripts spacing.py cannot
/// measure (poppler gives every Arabic glyph a word box of its own). A line is the body runs of one
/// structure element on one baseline; its word gaps are the gaps between its runs in visual order.
/// Measured: the lines of elements of 3 or more lines, their last line left out (as spacing.py);
/// <c>short</c>: those whose end (the left edge of a right-to-left paragraph, the right edge of a
/// left-to-right one) is more than <see cref="FullTolerance"/> from the element's; on the full lines of 4
/// or more words, the word gaps in ems of the run after them: p5, median, p95, p95/median (evenness), the
/// largest, and <c>loose</c>, lines with a gap of <see cref="LooseGapEm"/> or more; <c>elongated</c>:
/// body runs that draw a tatweel glyph their text does not have, i.e. words lengthened by kashida.
/// With <c>WORDGAPS_DEBUG</c> set, every measured line's gaps go to standard error.
/// </summary>
public static class WordGaps
{
    /// <summary>A line this close to its element's measure (points) is full.</summary>
    private const double FullTolerance = 0.5;

    /// <summary>
    /// A word gap this wide (ems) or wider is loose: Noto Naskh Arabic's space (0.221 em) stretched as far as
    /// the breaker's tolerance lets it before the emergency pass is 0.318 em (ratio 1.26 of a stretch of 0.35
    /// of it); this counts lines within 6 % of that. (Noto Serif's space is 0.26 em: its loose lines start higher.)
    /// </summary>
    private const double LooseGapEm = 0.30;

    public static void Run(string statement, string layoutName, TextWriter output)
    {
        var document = MarkdownReader.Read(statement);
        var layout = PamphletEngine.CatalogFor(document.BaseDirectory).Resolve(layoutName, null);
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var composed = new Composer(fonts).Compose(document, layout).Document;
        var tatweels = TatweelGlyphs(fonts);
        var debug = Environment.GetEnvironmentVariable("WORDGAPS_DEBUG") is not null;

        var lines = composed.Pages
            .SelectMany(page => page.Items.OfType<GlyphRun>()
                .Where(r => r.Role == "body" && r.Structure is not null)
                .GroupBy(r => (Structure: TextElement(r.Structure!), Y: Math.Round(r.Origin.Y, 2)))
                .Select(g => (Element: g.Key.Structure!, Page: page.Number, g.Key.Y, Runs: g.OrderBy(r => r.Origin.X).ToList())))
            .GroupBy(l => l.Element)
            .Where(e => e.Count() >= 3)
            .ToList();

        int measured = 0, shortLines = 0, loose = 0, full = 0;
        var gaps = new List<double>();
        foreach (var element in lines)
        {
            var ordered = element.OrderBy(l => l.Page).ThenBy(l => l.Y).ToList();
            // Justified lines share their end edge (the first line's indent is at its start): the left edge of a
            // right-to-left paragraph, the right edge of a left-to-right one.
            var rightToLeft = ordered[0].Runs.Count(r => r.BidiLevel % 2 == 1) * 2 > ordered[0].Runs.Count;
            // Facing pages have their columns at different places: each page's part of the element has its own edge.
            double End((StructureElement Element, int Page, double Y, List<GlyphRun> Runs) l) =>
                rightToLeft ? l.Runs.Min(r => r.Origin.X) : l.Runs.Max(r => r.Origin.X + r.Width);
            var edges = ordered.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => rightToLeft ? g.Min(End) : g.Max(End));
            foreach (var line in ordered.Take(ordered.Count - 1))
            {
                measured++;
                var end = End(line);
                var endEdge = edges[line.Page];
                // Two runs of one word (a style change inside it) touch: not a gap.
                var lineGaps = line.Runs.Zip(line.Runs.Skip(1), (a, b) => (b.Origin.X - (a.Origin.X + a.Width)) / b.FontSize)
                    .Where(g => g > 0.01).ToList();
                if (debug)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"p{line.Page} y{line.Y:0} {element.Key.Kind} end={end:0.0}/{endEdge:0.0} gaps={string.Join(",", lineGaps.Select(g => g.ToString("0.00", CultureInfo.InvariantCulture)))}"));
                }
                if (Math.Abs(end - endEdge) > FullTolerance)
                {
                    shortLines++;
                    continue;
                }
                if (line.Runs.Count < 4) continue;
                full++;
                gaps.AddRange(lineGaps);
                if (lineGaps.Count > 0 && lineGaps.Max() >= LooseGapEm) loose++;
            }
        }

        var elongated = composed.Pages.SelectMany(p => p.Items.OfType<GlyphRun>())
            .Count(r => r.Role == "body" && !r.Text.Contains('\u0640') && r.Glyphs.Any(g => tatweels.Contains((r.Font, g))));
        gaps.Sort();
        var median = gaps.Count > 0 ? gaps[gaps.Count / 2] : 0;
        var p95 = gaps.Count > 0 ? gaps[(int)(0.95 * (gaps.Count - 1))] : 0;
        var p5 = gaps.Count > 0 ? gaps[(int)(0.05 * (gaps.Count - 1))] : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lines={measured} short={shortLines} full>=4words={full} loose={loose} p5_gap_em={p5:0.000} median_gap_em={median:0.000} p95_gap_em={p95:0.000} evenness={(median > 0 ? p95 / median : 0):0.00} max_gap_em={(gaps.Count > 0 ? gaps[^1] : 0):0.000} elongated={elongated}"));
    }

    /// <summary>A link's runs belong to the paragraph around it.</summary>
    private static StructureElement TextElement(StructureElement element) =>
        element.Kind == StructureKind.Link && element.Parent is { } parent ? parent : element;

    /// <summary>The tatweel glyph of every bundled face that has one.</summary>
    private static HashSet<(FontFace, ushort)> TatweelGlyphs(FontLibrary fonts)
    {
        var shaper = new Pamphlet.Text.Shaping.Shaper();
        var result = new HashSet<(FontFace, ushort)>();
        foreach (var family in fonts.Families)
        {
            foreach (var weight in new[] { Pamphlet.Layouts.Model.FontWeight.Regular, Pamphlet.Layouts.Model.FontWeight.Bold })
            {
                var font = fonts.Get(family, weight, false, new Pamphlet.Documents.Diagnostics.SourceLocation("bench", 1));
                if (!font.Covers(0x0640)) continue;
                var shaped = shaper.Shape(font, "\u0640", new Pamphlet.Text.Shaping.ShapeOptions(true, HarfBuzzSharp.Script.Arabic, "ar"));
                result.Add((font.Face, shaped.Glyphs[0]));
            }
        }
        return result;
    }
}
