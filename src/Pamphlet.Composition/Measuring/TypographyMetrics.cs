using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Measuring;

/// <summary>
/// What <see cref="TypographyMetrics"/> counts on one composed document (issue 11's report; the
/// definitions are on <see cref="TypographyMetrics"/>). <see cref="Findings"/> says where each
/// widow, orphan, overfull line, long hyphen stack and split box is, one sentence each.
/// </summary>
internal sealed record TypographyCounts(
    int Lines,
    int HyphenatedLines,
    int LongestHyphenStack,
    int LongHyphenStacks,
    int Widows,
    int Orphans,
    int OverfullLines,
    int SplitBoxes,
    int BadSplits,
    double FootSpread,
    int ShortPages,
    int ShortHyphens,
    int HyphenatedLastLines,
    int ForbiddenBreaks,
    IReadOnlyList<string> Findings);

/// <summary>
/// Typographic counts read from the Pages model (not the PDF), for bench/typography.sh. Every count
/// works on <em>text lines</em>: the glyph runs of one text element on one page and one baseline,
/// where a run's text element is its <see cref="PageItem.Structure"/> with inline links looked
/// through (a link's runs belong to the paragraph around it). Runs with no structure (folios,
/// footers, the "(continued)" title) and list markers are not text lines.
/// <list type="bullet">
/// <item><b>Lines</b>: text lines of running text (<see cref="RunningText"/>: paragraphs, list item
/// bodies, notes), wherever they stand (quotes and demand boxes included).</item>
/// <item><b>Hyphenated line</b>: a running-text line that ends in a hyphen — one line breaking
/// inserted (<see cref="GlyphRun.HyphenInserted"/>) or one of the statement's own (a compound broken at
/// its hyphen).</item>
/// <item><b>Hyphen stack</b>: consecutive hyphenated lines of one text element (across a page turn
/// too); the longest stack, and how many stacks are longer than <see cref="MostConsecutiveHyphens"/>.</item>
/// <item><b>Widow</b>: the last line of a running-text element alone at the top of a page or column
/// (the element began on an earlier one). <b>Orphan</b>: the first line of a running-text element
/// alone at the foot of a page or column (the element goes on on a later one).</item>
/// <item><b>Overfull line</b>: a text line (any element: headings and display type too) whose glyphs
/// run past the left or right edge of the column it stands in by more than <see cref="EdgeTolerance"/>.
/// A justified body line is set to the column's measure, so one wider than the measure counts here.
/// Lines outside every column (the cover's display type, poster cells) are not checked.</item>
/// <item><b>Split box</b>: a demand box whose lines stand on more than one page or column. A split is
/// <b>bad</b> when a part holds fewer than <see cref="FewestItemsInPart"/> of the box's items
/// (top-level list items, counted where their first line stands) or less than
/// <see cref="SmallestPartShare"/> of the box's text lines.</item>
/// <item><b>Foot spread</b>: the largest difference, in points, between the last text baselines
/// (lines in a column, any element) of two full facing pages: pages 2 and 3, 4 and 5… (page 1 is the
/// cover), leaving out a pair whose right-hand page is the last page (the back). A page is <b>full</b>
/// when its last baseline is less than one body line pitch above its column's foot (the baseline of the
/// lowest body line of the grid that fits the column, <see cref="Flow.BaselineGrid.FootBaseline"/>):
/// another body line would not have fitted under it. A page that ends short (a block that did not fit
/// moved on) is a <b>short page</b>, counted apart.</item>
/// <item><b>Short hyphens</b>, <b>hyphenated last lines</b> and <b>forbidden breaks</b>: how the lines of
/// running text were broken, judged by <see cref="Hyphenation.BreakRules"/> (see <see cref="SetBreaks"/>).</item>
/// </list>
/// </summary>
internal static class TypographyMetrics
{
    /// <summary>Issue 11's target: at most two consecutive hyphenated lines.</summary>
    public const int MostConsecutiveHyphens = 2;

    /// <summary>Issue 11: a box part must hold at least three items…</summary>
    public const int FewestItemsInPart = 3;

    /// <summary>…and at least 40 % of the box, else the box should have moved whole.</summary>
    public const double SmallestPartShare = 0.4;

    /// <summary>Points a line may pass its column's edge by before it counts as overfull: well below
    /// any visible overhang, above the rounding of glyph positions.</summary>
    public const double EdgeTolerance = 0.1;

    /// <summary>Baselines closer than this (points) are one line.</summary>
    private const double BaselineTolerance = 0.01;

    /// <summary>Kinds whose lines are running text: the ones widows, orphans and hyphens are counted on.</summary>
    private static readonly HashSet<StructureKind> RunningText = [StructureKind.Paragraph, StructureKind.ListBody, StructureKind.Note];

    private static readonly char[] Hyphens = ['-', '\u2010', '\u00AD'];

    /// <summary>One text line: the runs of one element on one page and baseline, in reading order.</summary>
    internal sealed record TextLine(StructureElement Element, int Page, int Column, double Baseline, double Left, double Right, bool Hyphenated, IReadOnlyList<GlyphRun> Runs)
    {
        public string Where => string.Create(CultureInfo.InvariantCulture, $"page {Page} (baseline {Baseline:0.0} pt)");
    }

    /// <param name="columns">The columns of a page, by page number (the layout's page geometry).</param>
    /// <param name="rightToLeft">Whether lines end on their left (the statement's direction).</param>
    /// <param name="grid">The body text's baseline grid (<see cref="Composer.BodyGrid"/>): where a full column ends.</param>
    public static TypographyCounts Measure(PagedDocument document, Func<int, IReadOnlyList<Rect>> columns, bool rightToLeft, Flow.BaselineGrid grid)
    {
        var findings = new List<string>();
        var lines = TextLines(document, columns, rightToLeft);
        var running = lines.Where(l => RunningText.Contains(l.Element.Kind)).ToList();

        var (longest, longStacks) = HyphenStacks(running, findings);
        var (widows, orphans) = WidowsAndOrphans(running, findings);
        var overfull = 0;
        foreach (var line in lines.Where(l => l.Column >= 0))
        {
            var column = columns(line.Page)[line.Column];
            if (line.Left >= column.X - EdgeTolerance && line.Right <= column.X + column.Width + EdgeTolerance) continue;
            overfull++;
            findings.Add(string.Create(CultureInfo.InvariantCulture,
                $"overfull: {line.Element.Kind} line on {line.Where} spans {line.Left:0.00}–{line.Right:0.00} pt, column {column.X:0.00}–{column.X + column.Width:0.00} pt"));
        }
        var (split, bad) = SplitBoxes(lines, findings);
        var (spread, shortPages) = FootSpread(lines.Where(l => l.Column >= 0).ToList(), document.Pages.Count, columns, grid, findings);
        var breaks = SetBreaks.Judge(ByElement(running), document.Info.Language, columns, rightToLeft, findings);
        return new TypographyCounts(running.Count, running.Count(l => l.Hyphenated), longest, longStacks, widows, orphans, overfull, split, bad, spread, shortPages,
            breaks.ShortHyphens, breaks.HyphenatedLastLines, breaks.Forbidden, findings);
    }

    /// <summary>The running-text lines of each element, in reading order (for <see cref="RhythmMetrics"/>).</summary>
    internal static IEnumerable<List<TextLine>> RunningLines(PagedDocument document, Func<int, IReadOnlyList<Rect>> columns, bool rightToLeft) =>
        ByElement(TextLines(document, columns, rightToLeft).Where(l => RunningText.Contains(l.Element.Kind)));

    /// <summary>Text lines in page order, then in the order their first run was drawn.</summary>
    private static List<TextLine> TextLines(PagedDocument document, Func<int, IReadOnlyList<Rect>> columns, bool rightToLeft)
    {
        var lines = new List<TextLine>();
        foreach (var page in document.Pages)
        {
            var pageColumns = columns(page.Number);
            var runs = page.ItemsOf<GlyphRun>()
                .Select(run => (Run: run, Element: TextElement(run.Structure)))
                .Where(r => r.Element is not null && r.Element.Kind != StructureKind.Label);
            foreach (var group in runs.GroupBy(r => (r.Element, Baseline: Math.Round(r.Run.Origin.Y / BaselineTolerance))))
            {
                var left = group.Min(r => r.Run.Origin.X);
                var right = group.Max(r => r.Run.Origin.X + r.Run.Width);
                // The line's last run in reading order is its rightmost (leftmost right to left).
                var last = rightToLeft ? group.MinBy(r => r.Run.Origin.X).Run : group.MaxBy(r => r.Run.Origin.X + r.Run.Width).Run;
                var hyphenated = group.Any(r => r.Run.HyphenInserted) || Hyphens.Contains(last.Text.TrimEnd().LastOrDefault());
                var column = ColumnOf(pageColumns, left, right);
                var ordered = rightToLeft ? group.Select(r => r.Run).OrderByDescending(r => r.Origin.X) : group.Select(r => r.Run).OrderBy(r => r.Origin.X);
                lines.Add(new TextLine(group.Key.Element!, page.Number, column, group.First().Run.Origin.Y, left, right, hyphenated, ordered.ToList()));
            }
        }
        return lines;
    }

    /// <summary>The run's element with inline links looked through; null for furniture.</summary>
    internal static StructureElement? TextElement(StructureElement? element)
    {
        while (element is { Kind: StructureKind.Link, Parent: not null }) element = element.Parent;
        return element;
    }

    /// <summary>The column the line's middle stands in, or -1 when it stands in none.</summary>
    internal static int ColumnOf(IReadOnlyList<Rect> columns, double left, double right)
    {
        var middle = (left + right) / 2;
        for (var i = 0; i < columns.Count; i++)
        {
            if (middle >= columns[i].X && middle <= columns[i].X + columns[i].Width) return i;
        }
        return -1;
    }

    /// <summary>Lines of each element in reading order (page, column, baseline).</summary>
    private static IEnumerable<List<TextLine>> ByElement(IEnumerable<TextLine> lines) =>
        lines.GroupBy(l => l.Element).Select(g => g.OrderBy(l => l.Page).ThenBy(l => l.Column).ThenBy(l => l.Baseline).ToList());

    private static (int Longest, int Long) HyphenStacks(List<TextLine> running, List<string> findings)
    {
        var (longest, count) = (0, 0);
        foreach (var element in ByElement(running))
        {
            var stack = 0;
            for (var i = 0; i <= element.Count; i++)
            {
                if (i < element.Count && element[i].Hyphenated)
                {
                    stack++;
                    continue;
                }
                longest = Math.Max(longest, stack);
                if (stack > MostConsecutiveHyphens)
                {
                    count++;
                    findings.Add($"hyphen stack: {stack} hyphenated lines in a row ending on {element[i - 1].Where}");
                }
                stack = 0;
            }
        }
        return (longest, count);
    }

    /// <summary>An element's parts: its lines split where the page or column changes.</summary>
    private static List<List<TextLine>> Parts(List<TextLine> lines)
    {
        var parts = new List<List<TextLine>>();
        foreach (var line in lines)
        {
            if (parts.Count == 0 || parts[^1][0].Page != line.Page || parts[^1][0].Column != line.Column) parts.Add([]);
            parts[^1].Add(line);
        }
        return parts;
    }

    private static (int Widows, int Orphans) WidowsAndOrphans(List<TextLine> running, List<string> findings)
    {
        var (widows, orphans) = (0, 0);
        foreach (var parts in ByElement(running).Select(Parts).Where(p => p.Count > 1))
        {
            if (parts[0].Count == 1)
            {
                orphans++;
                findings.Add($"orphan: the first line of a {parts[0][0].Element.Kind} alone at the foot of {parts[0][0].Where}");
            }
            if (parts[^1].Count == 1)
            {
                widows++;
                findings.Add($"widow: the last line of a {parts[^1][0].Element.Kind} alone at the top of {parts[^1][0].Where}");
            }
        }
        return (widows, orphans);
    }

    private static (int Split, int Bad) SplitBoxes(List<TextLine> lines, List<string> findings)
    {
        var (split, bad) = (0, 0);
        var boxes = lines.Select(l => (Line: l, Box: Ancestor(l.Element, StructureKind.Demands))).Where(b => b.Box is not null).GroupBy(b => b.Box!);
        foreach (var box in boxes)
        {
            var parts = Parts(box.Select(b => b.Line).OrderBy(l => l.Page).ThenBy(l => l.Column).ThenBy(l => l.Baseline).ToList());
            if (parts.Count < 2) continue;
            split++;
            var total = parts.Sum(p => p.Count);
            // An item counts in the part where its first line stands.
            var firstLines = box.Select(b => b.Line).Where(l => Item(l.Element, box.Key) is not null)
                .GroupBy(l => Item(l.Element, box.Key)!)
                .Select(g => g.OrderBy(l => l.Page).ThenBy(l => l.Column).ThenBy(l => l.Baseline).First()).ToHashSet();
            var sizes = parts.Select(p => (Items: p.Count(firstLines.Contains), Share: (double)p.Count / total)).ToList();
            var description = string.Join(" / ", sizes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Items} items {s.Share:0%}")));
            var isBad = sizes.Any(s => s.Items < FewestItemsInPart || s.Share < SmallestPartShare);
            if (isBad) bad++;
            findings.Add($"{(isBad ? "bad split" : "split")} box from {parts[0][0].Where}: {description}");
        }
        return (split, bad);
    }

    private static (double Spread, int ShortPages) FootSpread(List<TextLine> lines, int pageCount, Func<int, IReadOnlyList<Rect>> columns, Flow.BaselineGrid grid,
        List<string> findings)
    {
        // Facing pages: 2–3, 4–5…, without the cover and without a pair ending on the back page.
        var facing = Enumerable.Range(1, Math.Max(0, (pageCount - 2) / 2)).Select(k => (Left: 2 * k, Right: 2 * k + 1)).ToList();
        var feet = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Max(l => l.Baseline));
        var inner = facing.SelectMany(p => new[] { p.Left, p.Right }).Where(feet.ContainsKey).ToList();
        if (inner.Count == 0) return (0, 0);
        double FootOf(int page) => columns(page).Max(c => grid.FootBaseline(c.Y, c.Bottom));
        // A page a whole pitch short (up to rounding: 16.799… on a 16.8 pt grid) had room for one more line: not full.
        var full = inner.Where(page => FootOf(page) - feet[page] < grid.Pitch - BaselineTolerance).ToHashSet();
        foreach (var page in inner.Where(page => !full.Contains(page)))
        {
            findings.Add(string.Create(CultureInfo.InvariantCulture, $"short page: page {page} ends {FootOf(page) - feet[page]:0.00} pt above its column's foot ({FootOf(page):0.00} pt)"));
        }
        var spread = 0.0;
        foreach (var (left, right) in facing.Where(p => full.Contains(p.Left) && full.Contains(p.Right)))
        {
            var difference = Math.Abs(feet[left] - feet[right]);
            if (difference > BaselineTolerance) findings.Add(string.Create(CultureInfo.InvariantCulture, $"foot: pages {left} and {right} end {difference:0.00} pt apart ({feet[left]:0.00} and {feet[right]:0.00} pt)"));
            spread = Math.Max(spread, difference);
        }
        return (spread, inner.Count - full.Count);
    }

    private static StructureElement? Ancestor(StructureElement? element, StructureKind kind)
    {
        for (; element is not null; element = element.Parent)
        {
            if (element.Kind == kind) return element;
        }
        return null;
    }

    /// <summary>The top-level item of <paramref name="box"/> that <paramref name="element"/> belongs to: its outermost list item under the box.</summary>
    private static StructureElement? Item(StructureElement element, StructureElement box)
    {
        StructureElement? item = null;
        for (StructureElement? e = element; e is not null && e != box; e = e.Parent)
        {
            if (e.Kind == StructureKind.ListItem) item = e;
        }
        return item;
    }
}
