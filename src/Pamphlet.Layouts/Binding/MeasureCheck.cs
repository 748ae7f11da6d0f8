using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Checks that every kind of text a layout sets keeps a usable line width (its measure) once the
/// margins, columns and gutters, the padding of boxes and the indents of styles are taken off.
/// Without it a list indent or a column count that leaves no width fails deep inside line breaking.
/// The error points at the value that takes the width, in the file that wrote it, with the sum and
/// the most that value may be. This mirrors how the block composers narrow the column; a new
/// container that narrows it further adds its rule here.
/// </summary>
internal sealed class MeasureCheck(RawMap merged, string leafFile)
{
    private readonly LayoutTree tree = new(merged);

    /// <summary>
    /// The narrowest measure, in ems of the text's size: room for a short word ("the", "and") with
    /// the space after it. Below this nearly every word is cut, which no layout means to do. The
    /// narrowest text in the bundled layouts, the a5-pamphlet cover title, is 8.3 em wide.
    /// </summary>
    public const double MinimumEms = 3;

    /// <summary>
    /// The narrowest indent a list marker can hang in, in ems of the item's size: the list composer
    /// keeps 0.45 em between marker and text, so less than that leaves the marker no box at all.
    /// Half an em keeps a sliver beyond the gap; the bundled layouts hang markers in 0.56 em
    /// (poster-a2's demands) to 1.42 em (a5-pamphlet's lists); a marker wider than its box runs
    /// on into the margin, as it does in those posters.
    /// </summary>
    public const double MinimumMarkerEms = 0.5;

    /// <summary>A length a container or style takes off the width it is given, <see cref="Times"/> over (padding: both sides).</summary>
    private readonly record struct Cut(string Path, double Points, int Times = 1)
    {
        public double Total => Points * Times;
    }

    /// <summary>The width text is set in before its own cuts: what it is, how it was reached, and the values that made it.</summary>
    private sealed record Room(double Width, string Description, IReadOnlyList<string> Paths);

    /// <summary>One kind of text: the style that sets it, what narrows it besides the style's indents, and where it is set.</summary>
    private sealed record Text(string Path, TextStyle Style, IReadOnlyList<Cut> Cuts, string Where = "");

    /// <summary>One text as it will be set: the width it is given, the text, and the scale a poster may shrink it to (1 in a pamphlet).</summary>
    private sealed record Setting(Room Room, Text Text, double Scale)
    {
        public IReadOnlyList<Cut> Cuts { get; } =
        [
            .. Text.Cuts.Select(c => c with { Points = c.Points * Scale }),
            new($"{Text.Path}.indent-start", Text.Style.IndentStart * Scale),
            new($"{Text.Path}.indent-end", Text.Style.IndentEnd * Scale),
        ];

        public double Size => Text.Style.Font.Size * Scale;
        public double Measure => Room.Width - Cuts.Sum(c => c.Total);
        public double Least => MinimumEms * Size;
    }

    public void Check(LayoutDefinition layout)
    {
        var settings = Settings(layout).ToList();
        if (settings.FirstOrDefault(s => s.Measure < s.Least) is { } narrow)
        {
            Fail(narrow, settings);
        }

        Markers(layout.Styles.List.Indent, layout.Styles.Body, "styles.body");
        Markers(layout.Styles.List.Indent, layout.Styles.Demands.Item, "styles.demands.item");
    }

    private static IEnumerable<Setting> Settings(LayoutDefinition layout)
    {
        if (layout.Poster is { } poster)
        {
            var grid = new PosterBinder.Grid(layout.Page, poster.Columns, poster.Rows, poster.Gap);
            return poster.Regions.SelectMany(region => RegionSettings(layout, region, grid));
        }

        var column = ColumnRoom(layout.Page);
        var settings = ColumnTexts(layout, []).Select(text => new Setting(column, text, 1));
        if (!layout.Cover.Enabled) return settings;
        var area = TextAreaRoom(layout.Page);
        return settings.Concat(CoverTexts(layout, []).Select(text => new Setting(area, text, 1)));
    }

    private static Room ColumnRoom(PageSetup page)
    {
        var area = TextAreaRoom(page);
        if (page.Columns == 1) return area with { Description = $"the column is {area.Description}" };
        return new Room(page.ColumnWidth,
            $"the column is {Mm(page.ColumnWidth)} ({area.Description}, in {page.Columns} columns with {Mm(page.Gutter)} gutters)",
            ["page.columns", "page.gutter", .. area.Paths]);
    }

    private static Room TextAreaRoom(PageSetup page)
    {
        var width = page.Width - page.Margins.Inside - page.Margins.Outside;
        return new Room(width,
            $"{Mm(width)}: the page's {Mm(page.Width)} less its {Mm(page.Margins.Inside)} and {Mm(page.Margins.Outside)} margins",
            ["page.margins.inside", "page.margins.outside", "page.size"]);
    }

    /// <summary>
    /// The texts set at a column's width: in a pamphlet all of them (<paramref name="only"/> empty),
    /// in a poster region those of its contents (quote, figure, demands, slogan, signature).
    /// </summary>
    private static IEnumerable<Text> ColumnTexts(LayoutDefinition layout, IReadOnlyList<string> only)
    {
        var s = layout.Styles;
        // Every block of the column sits within the body's indents (they are the column's own), a
        // poster region's blocks too; the body's text counts them as its own style's indents.
        Cut[] column = [new("styles.body.indent-start", s.Body.IndentStart), new("styles.body.indent-end", s.Body.IndentEnd)];
        Text Within(string path, TextStyle style, IReadOnlyList<Cut> cuts, string where = "") => new(path, style, [.. column, .. cuts], where);
        bool Shown(string content) => only.Count == 0 || only.Contains(content);
        if (only.Count == 0)
        {
            yield return new Text("styles.body", s.Body, []);
            yield return Within("styles.heading", s.Heading, []);
            yield return Within("styles.subheading", s.Subheading, []);
            yield return Within("styles.blockquote.text", s.BlockQuote.Text, []);
            yield return Within("styles.blockquote.attribution", s.BlockQuote.Attribution, []);
            yield return Within("styles.section-break.text", s.SectionBreak.Text, []);
            // List items are indented by the list indent on top of the body's.
            yield return new Text("styles.body", s.Body, [new Cut("styles.list.indent", s.List.Indent)], "for list items");
            if (layout.Text.Separation == ParagraphSeparation.Indent && layout.Text.Indent > 0)
            {
                // In indent mode the first line of a paragraph (in the body and in block quotes) is narrower still.
                var indent = new Cut("text.indent", layout.Text.Indent);
                yield return new Text("styles.body", s.Body, [indent], "for the first line of a paragraph");
                yield return Within("styles.blockquote.text", s.BlockQuote.Text, [indent], "for the first line of a quoted paragraph");
            }
        }

        if (Shown("quote") || Shown("quote-or-slogan"))
        {
            yield return Within("styles.pullquote.text", s.PullQuote.Text, []);
            yield return Within("styles.pullquote.attribution", s.PullQuote.Attribution, []);
        }

        if (Shown("figure"))
        {
            yield return Within("styles.figure.caption", s.Figure.Caption, []);
            yield return Within("styles.figure.credit", s.Figure.Credit, []);
        }
        else if (Shown("credit")) yield return Within("styles.figure.credit", s.Figure.Credit, []);

        if (Shown("slogan") || Shown("quote-or-slogan")) yield return Within("styles.slogan", s.Slogan, []);
        if (Shown("url")) yield return Within("styles.link-url", s.LinkUrl, []);
        if (Shown("signature")) yield return Within("styles.signature", s.Signature, []);
        if (Shown("demands"))
        {
            // Demand boxes: padding on both sides, then the title's indents, or the list indent and the items' indents.
            var padding = new Cut("styles.demands.padding", s.Demands.Padding, Times: 2);
            yield return Within("styles.demands.title", s.Demands.Title, [padding], "inside a demand box");
            yield return Within("styles.demands.item", s.Demands.Item, [padding, new Cut("styles.list.indent", s.List.Indent)], "inside a demand box");
        }
    }

    /// <summary>The cover's texts (in a poster region, those it shows: title, subtitle, author, date).</summary>
    private static IEnumerable<Text> CoverTexts(LayoutDefinition layout, IReadOnlyList<string> only)
    {
        var c = layout.Cover;
        (string Name, TextStyle Style)[] texts = [("title", c.Title), ("subtitle", c.Subtitle), ("author", c.Author), ("date", c.Date)];
        return texts.Where(t => only.Count == 0 || only.Contains(t.Name)).Select(t => new Text($"cover.{t.Name}", t.Style, []));
    }

    /// <summary>List markers hang in the list indent (plus the item's own start indent).</summary>
    private void Markers(double listIndent, TextStyle item, string itemPath)
    {
        var hang = listIndent + item.IndentStart;
        var least = MinimumMarkerEms * item.Font.Size;
        if (hang >= least) return;
        const string listPath = "styles.list.indent";
        var blame = Blame([listPath, $"{itemPath}.indent-start"]);
        throw new PamphletException(blame.Node.At,
            $"list markers hang in the list indent, but '{listPath}' ({Mm(listIndent)}) and '{itemPath}.indent-start' ({Mm(item.IndentStart)}) leave {Mm(hang)}; " +
            $"a marker needs at least {MinimumMarkerEms.ToString(CultureInfo.InvariantCulture)}em, {MmUp(least)} at {Pt(item.Font.Size)}: make '{listPath}' at least {MmUp(least - item.IndentStart)}.");
    }

    /// <summary>A poster region's texts, at the smallest size its fitting may shrink each to (indents and padding shrink with it).</summary>
    private static IEnumerable<Setting> RegionSettings(LayoutDefinition layout, PosterRegion region, PosterBinder.Grid grid)
    {
        var width = grid.SizeOf(region).Width - 2 * region.Padding;
        var section = LayoutBinder.GridSection(layout.Kind);
        var room = new Room(width,
            $"region '{region.Name}' is {Mm(width)} wide inside its {Mm(region.Padding)} padding",
            [$"{section}.regions.{region.Name}.padding", $"{section}.columns", $"{section}.gap", "page.margins.inside", "page.margins.outside", "page.size"]);
        // The poster's style scaler floors a shrinking style at the region's min-size, or its own size if smaller.
        return RegionTexts(layout, region).Select(text => new Setting(room, text, Math.Min(1, region.MinSize / text.Style.Font.Size)));
    }

    /// <summary>The texts a poster or card region shows: the styles of its contents, each with where the layout sets it.</summary>
    private static IEnumerable<Text> RegionTexts(LayoutDefinition layout, PosterRegion region)
    {
        var content = region.Content.Select(PosterRegionBinder.NameOf).ToList();
        return ColumnTexts(layout, content).Concat(CoverTexts(layout, content));
    }

    /// <summary>The text styles a region shows, by their path in the layout ("styles.slogan"), each once.</summary>
    internal static IEnumerable<(string Path, TextStyle Style)> RegionStyles(LayoutDefinition layout, PosterRegion region) =>
        RegionTexts(layout, region).DistinctBy(text => text.Path).Select(text => (text.Path, text.Style));

    /// <summary>
    /// Reports <paramref name="narrow"/>, a setting with less than <see cref="MinimumEms"/> of its
    /// size. The blame goes to the first of its cuts the layout wrote, else its font size, else the
    /// page values; for a cut, the most it may be is the most that every setting it narrows allows.
    /// </summary>
    private void Fail(Setting narrow, IReadOnlyList<Setting> all)
    {
        var text = narrow.Text;
        var taken = narrow.Cuts.Where(c => c.Points != 0).ToList();
        var sum = string.Concat(taken.Select(c => $" less {(c.Times > 1 ? $"{c.Times} × " : "")}'{c.Path}' {Mm(c.Points)}"));
        var where = text.Where.Length > 0 ? $" {text.Where}" : "";
        var problem = $"text in '{text.Path}'{where} would be {Mm(narrow.Measure)} wide ({narrow.Room.Description}{sum}), " +
                      $"but a line needs at least {MinimumEms.ToString(CultureInfo.InvariantCulture)}em, {Mm(narrow.Least)} at {Pt(narrow.Size)}";
        var sizePath = tree.SizePath(text.Path);
        var blame = Blame([.. taken.Select(c => c.Path), sizePath, .. narrow.Room.Paths]);
        string advice;
        if (taken.Any(c => c.Path == blame.Path))
        {
            var most = all.Min(s => MostFor(blame.Path, s));
            advice = most > 0 ? $"make '{blame.Path}' at most {MmDown(most)}" : $"make '{blame.Path}' and the other values here smaller";
        }
        else if (blame.Path == sizePath)
        {
            advice = $"make '{sizePath}' smaller, or the text wider";
        }
        else
        {
            advice = "use narrower margins, fewer columns or a smaller gutter (or smaller padding and indents)";
        }

        throw new PamphletException(blame.Node.At, $"{problem}; {advice}.");
    }

    /// <summary>The most the value at <paramref name="path"/> may be (unscaled) for <paramref name="setting"/> to keep its least measure.</summary>
    private static double MostFor(string path, Setting setting)
    {
        if (setting.Cuts.FirstOrDefault(c => c.Path == path) is not { Path: not null } cut) return double.PositiveInfinity;
        return (cut.Points - (setting.Least - setting.Measure) / cut.Times) / setting.Scale;
    }

    /// <summary>
    /// The value to point at, of <paramref name="paths"/> (most specific first): the first the
    /// layout being loaded wrote itself, else the first any layout file wrote (not the built-in defaults).
    /// </summary>
    private (string Path, RawNode Node) Blame(IReadOnlyList<string> paths)
    {
        var written = paths.Select(p => (Path: p, Node: tree.Written(p))).Where(w => w.Node is not null).ToList();
        var pick = written.FirstOrDefault(w => w.Node!.At.File == leafFile);
        if (pick.Node is null) pick = written.FirstOrDefault();
        return pick.Node is null ? ("", merged) : (pick.Path, pick.Node);
    }

    private static string Mm(double points) => $"{(points / LengthLiteral.PointsPerMillimetre).ToString("0.#", CultureInfo.InvariantCulture)}mm";

    /// <summary>A most-allowed length, rounded down to what <see cref="Mm"/> shows, so that writing it passes.</summary>
    private static string MmDown(double points) => Mm(Math.Floor(points / LengthLiteral.PointsPerMillimetre * 10) / 10 * LengthLiteral.PointsPerMillimetre);

    /// <summary>A least-allowed length, rounded up to what <see cref="Mm"/> shows.</summary>
    private static string MmUp(double points) => Mm(Math.Ceiling(points / LengthLiteral.PointsPerMillimetre * 10) / 10 * LengthLiteral.PointsPerMillimetre);

    private static string Pt(double points) => $"{points.ToString("0.#", CultureInfo.InvariantCulture)}pt";
}
