using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Measuring;

/// <summary>What <see cref="RhythmMetrics"/> counts on one composed document (definitions there).</summary>
internal sealed record RhythmCounts(int BodyLines, int OffGridLines, int HyphensBeforeFigure, IReadOnlyList<string> Findings);

/// <summary>
/// The vertical rhythm counts of issue 11's report, read from the Pages model (a companion of
/// <see cref="TypographyMetrics"/>, on the same text lines: one element's glyph runs on one baseline).
/// <list type="bullet">
/// <item><b>Body line</b>: a line of body text in the statement's column — runs of role "body" at the body
/// size in a paragraph or list item body (quotes, boxes, notes and display type are not body lines).</item>
/// <item><b>Off the grid</b>: a body line whose baseline is not on the baseline grid: the first body
/// baseline of a column (its top plus the grid's first baseline) and every body pitch below it.</item>
/// <item><b>Hyphen before a figure</b>: a running-text line that ends with a hyphen where a figure's
/// image stands between it and the word's other half (the element's next line), in reading order:
/// page, column, then down the column.</item>
/// </list>
/// </summary>
internal static class RhythmMetrics
{
    /// <summary>Points a baseline may differ from its grid line by (rounding of positions).</summary>
    private const double GridTolerance = 0.05;

    /// <param name="grid">The body text's grid (its pitch is the body leading).</param>
    /// <param name="bodySize">The body text's font size (lines of another size are not body lines).</param>
    public static RhythmCounts Measure(PagedDocument document, Func<int, IReadOnlyList<Rect>> columns, BaselineGrid grid, double bodySize, bool rightToLeft)
    {
        var findings = new List<string>();
        var (body, offGrid) = OffGrid(document, columns, grid, bodySize, findings);
        var beforeFigure = HyphensBeforeFigures(document, columns, rightToLeft, findings);
        return new RhythmCounts(body, offGrid, beforeFigure, findings);
    }

    private static (int Body, int OffGrid) OffGrid(PagedDocument document, Func<int, IReadOnlyList<Rect>> columns, BaselineGrid grid, double bodySize, List<string> findings)
    {
        var (body, off) = (0, 0);
        foreach (var page in document.Pages)
        {
            var pageColumns = columns(page.Number);
            var lines = page.ItemsOf<GlyphRun>()
                .Where(r => r.Role == "body" && Math.Abs(r.FontSize - bodySize) < 0.01
                    && TypographyMetrics.TextElement(r.Structure) is { Kind: StructureKind.Paragraph or StructureKind.ListBody })
                .GroupBy(r => (Element: TypographyMetrics.TextElement(r.Structure), Baseline: Math.Round(r.Origin.Y / 0.01)));
            foreach (var line in lines)
            {
                var runs = line.ToList();
                var column = TypographyMetrics.ColumnOf(pageColumns, runs.Min(r => r.Origin.X), runs.Max(r => r.Origin.X + r.Width));
                if (column < 0) continue;
                body++;
                var baseline = runs[0].Origin.Y;
                var top = pageColumns[column].Y;
                var gridLine = grid.BaselineAtOrBelow(baseline - GridTolerance, top);
                if (Math.Abs(gridLine - baseline) <= GridTolerance) continue;
                off++;
                findings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"off the grid: body line on page {page.Number} (baseline {baseline:0.00} pt) is {baseline - (gridLine - grid.Pitch):0.00} pt below a grid line"));
            }
        }
        return (body, off);
    }

    /// <summary>A place in reading order: page, column, then the distance down the page.</summary>
    private readonly record struct Place(int Page, int Column, double Y) : IComparable<Place>
    {
        public int CompareTo(Place other) => (Page, Column, Y).CompareTo((other.Page, other.Column, other.Y));
    }

    private static int HyphensBeforeFigures(PagedDocument document, Func<int, IReadOnlyList<Rect>> columns, bool rightToLeft, List<string> findings)
    {
        var figures = document.Pages
            .SelectMany(page => page.ItemsOf<ImageItem>().Where(i => i.Role == "figure")
                .Select(i => new Place(page.Number, TypographyMetrics.ColumnOf(columns(page.Number), i.Frame.X, i.Frame.X + i.Frame.Width), i.Frame.Y)))
            .ToList();
        if (figures.Count == 0) return 0;
        var count = 0;
        foreach (var element in TypographyMetrics.RunningLines(document, columns, rightToLeft))
        {
            for (var i = 0; i + 1 < element.Count; i++)
            {
                if (!element[i].Hyphenated) continue;
                var from = new Place(element[i].Page, element[i].Column, element[i].Baseline);
                var to = new Place(element[i + 1].Page, element[i + 1].Column, element[i + 1].Baseline);
                if (!figures.Any(f => f.CompareTo(from) > 0 && f.CompareTo(to) < 0)) continue;
                count++;
                findings.Add($"hyphen before a figure: a word cut on {element[i].Where} goes on after a figure on page {element[i + 1].Page}");
            }
        }
        return count;
    }
}
