using System.Globalization;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Measuring;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Paragraphs;

namespace Pamphlet.Bench;

/// <summary>
/// The Pages-model columns of bench/typography.sh: one statement composed with one layout, its
/// <see cref="TypographyMetrics"/> printed as one tab-separated line (and, with details, one line
/// per finding on standard error).
/// </summary>
public static class TypographyBenchmark
{
    /// <summary>The columns of the tab-separated line, in order.</summary>
    public const string Header = "lines\thyphenated\tstack\tstacks>2\twidows\torphans\toverfull\tsplit\tbad-splits\tfoot-spread\tshort-pages\tshort-hyphens\thyphenated-last-lines\tforbidden-breaks" + RhythmHeader;

    /// <summary>The vertical rhythm columns (<see cref="RhythmMetrics"/>), after the others.</summary>
    public const string RhythmHeader = "\toff-grid\tfigure-hyphens";

    /// <summary>The bundled layouts of kind pamphlet (posters have no pages to turn), by name.</summary>
    public static IEnumerable<string> PamphletLayouts()
    {
        var catalog = PamphletEngine.CatalogFor(null);
        return catalog.Names().Where(name => catalog.Resolve(name).Kind == LayoutKind.Pamphlet);
    }

    public static void Run(string statement, string layoutName, bool details, TextWriter output, TextWriter errors)
    {
        var document = MarkdownReader.Read(statement);
        var layout = PamphletEngine.CatalogFor(document.BaseDirectory).Resolve(layoutName, null);
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var composed = new Composer(fonts).Compose(document, layout).Document;
        var rightToLeft = BidiLevels.IsRightToLeftLanguage(document.FrontMatter.Lang);
        var geometry = new PageGeometry(layout.Page, rightToLeft);
        var context = new CompositionContext(document, layout, fonts, new Pamphlet.Text.Shaping.Shaper(), new Pamphlet.Text.LineBreaking.KnuthPlassBreaker());
        var grid = Composer.BodyGrid(layout, context);
        var rhythm = RhythmMetrics.Measure(composed, geometry.Columns, grid, layout.Styles.Body.Font.Size, rightToLeft);
        var c = TypographyMetrics.Measure(composed, geometry.Columns, rightToLeft, grid);
        output.WriteLine(string.Join('\t', new[] { c.Lines, c.HyphenatedLines, c.LongestHyphenStack, c.LongHyphenStacks, c.Widows, c.Orphans, c.OverfullLines, c.SplitBoxes, c.BadSplits }
            .Select(n => n.ToString(CultureInfo.InvariantCulture)).Append(c.FootSpread.ToString("0.00", CultureInfo.InvariantCulture))
            .Concat(new[] { c.ShortPages, c.ShortHyphens, c.HyphenatedLastLines, c.ForbiddenBreaks }.Select(n => n.ToString(CultureInfo.InvariantCulture)))
            .Concat(RhythmColumns(rhythm))));
        if (!details) return;
        foreach (var finding in c.Findings.Concat(rhythm.Findings)) errors.WriteLine($"{Path.GetFileName(statement)} {layoutName}: {finding}");
    }

    private static IEnumerable<string> RhythmColumns(RhythmCounts rhythm) =>
        new[] { rhythm.OffGridLines, rhythm.HyphensBeforeFigure }.Select(n => n.ToString(CultureInfo.InvariantCulture));
}
