using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Binds <c>poster:</c>: the grid (relative columns and rows over the safe area, the gap), the named
/// areas, one region per area, and the optional full-bleed background photo. Checks that the grid
/// and every region's padding leave room on the page.
/// </summary>
internal static class PosterBinder
{
    public static readonly string[] Keys = ["columns", "rows", "gap", "areas", "regions", "background"];
    public static readonly string[] BackgroundKeys = ["fit", "scrim", "too-small", "frame"];

    private static readonly IReadOnlyDictionary<string, BackgroundFallback> Fallbacks = new Dictionary<string, BackgroundFallback>
    {
        ["frame"] = BackgroundFallback.Frame,
        ["behind"] = BackgroundFallback.Behind,
    };

    /// <summary>The word that drops an inherited region or background in a layout that extends another.</summary>
    private const string None = PaletteBinder.None;

    /// <param name="layoutFile">The layout's own file (the most derived of its <c>extends:</c> chain).</param>
    public static PosterSetup Bind(MapReader poster, PageSetup page, Palette palette, string layoutFile)
    {
        var columns = Proportions(poster, "columns", "width");
        var rows = Proportions(poster, "rows", "height");
        var gap = poster.Optional("gap") is { } gapNode ? Values.Length(gapNode, poster.PathOf("gap"), emSize: null) : 0;
        var grid = new Grid(page, columns, rows, gap);
        grid.CheckRoom(poster);

        var areas = PosterAreas.Read(poster.Required("areas"), poster.PathOf("areas"), rows.Count, columns.Count);
        var regionMaps = RegionMaps(poster);
        CheckEveryAreaHasARegion(areas, regionMaps, poster);

        var regions = new List<PosterRegion>();
        foreach (var area in areas)
        {
            var map = new MapReader(regionMaps[area.Name].Value, $"{poster.PathOf("regions")}.{area.Name}", PosterRegionBinder.Keys);
            var region = PosterRegionBinder.Bind(map, area, palette);
            grid.CheckPadding(region, map);
            CheckShownOnce(region, regions, map);
            regions.Add(region);
        }

        var areasFile = poster.Required("areas").At.File;
        for (var i = 0; i < regions.Count; i++)
        {
            if (regions[i].WhenEmpty.Count == 0) continue;
            var map = new MapReader(regionMaps[regions[i].Name].Value, $"{poster.PathOf("regions")}.{regions[i].Name}", PosterRegionBinder.Keys);
            regions[i] = CheckWhenEmpty(regions[i], regions, map, areasFile, layoutFile);
        }

        return new PosterSetup(columns, rows, gap, regions, Background(poster, palette));
    }

    /// <summary>Each content appears in one region: the composer places a block once, and a second copy is always a slip.</summary>
    private static void CheckShownOnce(PosterRegion region, IReadOnlyList<PosterRegion> earlier, MapReader map)
    {
        foreach (var content in region.Content)
        {
            if (earlier.FirstOrDefault(r => r.Content.Any(c => PosterContents.Overlap(c, content))) is not { } other) continue;
            var theirs = other.Content.First(c => PosterContents.Overlap(c, content));
            var shows = theirs == content ? "already shows" : $"already shows as '{PosterRegionBinder.NameOf(theirs)}'";
            throw Errors.At(map.Required("content"),
                $"region '{region.Name}' shows '{PosterRegionBinder.NameOf(content)}', which region '{other.Name}' {shows}; each content is shown once on a poster, so remove it from one of them.");
        }
    }

    /// <summary>
    /// Every neighbour named in <c>when-empty</c> must be able to take the region's cells: a region of this
    /// poster that makes one rectangle with it (the same rows and side by side, or the same columns, one
    /// above the other). <c>collapse</c> always may be written; rows close up only when nothing in them shows.
    /// A step inherited from a layout whose grid this one replaced (written neither in this layout's file
    /// nor in the file that wrote <c>areas</c>) was meant for that grid: where it does not fit, it is dropped.
    /// </summary>
    private static PosterRegion CheckWhenEmpty(PosterRegion region, IReadOnlyList<PosterRegion> regions, MapReader map, string areasFile, string layoutFile)
    {
        var node = map.Required("when-empty");
        var items = node is RawList list ? list.Items : [node];
        var path = map.PathOf("when-empty");
        var kept = new List<EmptyRegionStep>();
        for (var i = 0; i < region.WhenEmpty.Count; i++)
        {
            var step = region.WhenEmpty[i];
            var at = items[i];
            if (WhenEmptyProblem(step, region, regions, path) is not { } problem)
            {
                kept.Add(step);
                continue;
            }
            var inherited = at.At.File != layoutFile && at.At.File != areasFile;
            if (!inherited) throw Errors.At(at, problem);
        }
        return kept.Count == region.WhenEmpty.Count ? region : region with { WhenEmpty = kept };
    }

    /// <summary>Why a <c>when-empty</c> step cannot be taken in this grid, or null when it can.</summary>
    private static string? WhenEmptyProblem(EmptyRegionStep step, PosterRegion region, IReadOnlyList<PosterRegion> regions, string path)
    {
        if (step.Neighbour is not { } name) return null;
        if (name == region.Name)
        {
            return $"'{path}' names region '{name}' itself; name a neighbour that should take its cells, or '{PosterRegionBinder.Collapse}'.";
        }
        if (regions.FirstOrDefault(r => r.Name == name) is not { } neighbour)
        {
            return $"'{path}' names '{name}', which is no region of this poster; name a neighbouring region, '{PosterRegionBinder.Collapse}' or '{PosterRegionBinder.Keep}'.{Suggestions.DidYouMean(name, regions.Select(r => r.Name))}";
        }
        if (neighbour.Cells.Join(region.Cells) is null)
        {
            return $"'{path}' names '{name}', but region '{name}' cannot spread over '{region.Name}': together they are not one rectangle of cells " +
                $"('{name}' spans rows {Span(neighbour.Row, neighbour.RowSpan)} and columns {Span(neighbour.Column, neighbour.ColumnSpan)}, " +
                $"'{region.Name}' rows {Span(region.Row, region.RowSpan)} and columns {Span(region.Column, region.ColumnSpan)}); " +
                "name a neighbour beside it along a whole edge (the same rows, or the same columns).";
        }
        return null;
    }

    private static string Span(int first, int count) => count == 1 ? $"{first + 1}" : $"{first + 1}–{first + count}";

    /// <summary>A non-empty list of positive plain numbers: relative column widths or row heights.</summary>
    private static IReadOnlyList<double> Proportions(MapReader poster, string key, string what)
    {
        var node = poster.Required(key);
        var path = poster.PathOf(key);
        if (node is not RawList { Items.Count: > 0 } list)
        {
            throw Errors.Expected(node, path, $"a list of relative {what}s, one per grid {(key == "rows" ? "row" : "column")}, such as [1, 2]");
        }

        return list.Items.Select((item, i) =>
        {
            var value = Values.Number(item, $"{path}[{i + 1}]");
            if (value <= 0)
            {
                throw Errors.At(item, $"'{path}[{i + 1}]' must be more than 0: it is a relative {what} (1 and 2 make the second twice the first).");
            }

            return value;
        }).ToList();
    }

    /// <summary>The regions by name, without those set to <c>none</c> (dropped from an inherited design).</summary>
    private static Dictionary<string, RawEntry> RegionMaps(MapReader poster)
    {
        var node = poster.Required("regions");
        if (node is not RawMap map)
        {
            throw Errors.Expected(node, poster.PathOf("regions"), "a map from area names to regions, such as {quote: {content: [quote]}}");
        }

        return map.Entries.Where(e => !PaletteBinder.IsNone(e.Value)).ToDictionary(e => e.Key);
    }

    private static void CheckEveryAreaHasARegion(IReadOnlyList<PosterAreas.Area> areas, Dictionary<string, RawEntry> regions, MapReader poster)
    {
        var areaNames = areas.Select(a => a.Name).ToList();
        foreach (var area in areas.Where(a => !regions.ContainsKey(a.Name)))
        {
            throw new PamphletException(area.FirstRowNode.At,
                $"area '{area.Name}' has no region; add '{area.Name}: {{content: [...]}}' under '{poster.PathOf("regions")}' to say what it shows, or replace its name in the grid with '.'.{Suggestions.DidYouMean(area.Name, regions.Keys.Where(r => !areaNames.Contains(r)))}");
        }

        foreach (var (name, entry) in regions.Where(r => !areaNames.Contains(r.Key)))
        {
            throw new PamphletException(entry.KeyAt,
                $"region '{name}' has no area in '{poster.PathOf("areas")}'; put its name in the grid where it should go, or remove it (write '{name}: {None}' to drop a region inherited from another layout).{Suggestions.DidYouMean(name, areaNames)}");
        }
    }

    private static PosterBackground? Background(MapReader poster, Palette palette)
    {
        if (poster.Optional("background") is not { } node || PaletteBinder.IsNone(node)) return null;
        var background = new MapReader(node, poster.PathOf("background"), BackgroundKeys);
        return new PosterBackground(
            background.Optional("fit") is { } fit ? Values.Choice(fit, background.PathOf("fit"), PosterRegionBinder.Fits) : ImageFit.Cover,
            background.Optional("scrim") is { } scrim ? PaletteBinder.ResolveOptional(scrim, background.PathOf("scrim"), palette) : null)
        {
            TooSmall = background.Optional("too-small") is { } tooSmall ? Values.Choice(tooSmall, background.PathOf("too-small"), Fallbacks) : BackgroundFallback.Frame,
            Frame = background.OptionalMap("frame", StyleBinder.RuleKeys) is { } frame ? FrameRule(frame, palette) : null,
        };
    }

    /// <summary>The border of a framed background photo: a rule with no em (a poster region's lengths are absolute); thickness 0 is none.</summary>
    private static RuleStyle? FrameRule(MapReader frame, Palette palette)
    {
        var thickness = Values.Length(frame.Required("thickness"), frame.PathOf("thickness"), emSize: null);
        if (thickness == 0) return null;
        return new RuleStyle(thickness, frame.Optional("color") is { } color ? PaletteBinder.Resolve(color, frame.PathOf("color"), palette) : palette.Paper);
    }

    /// <summary>The grid laid over the safe area (the page inside its margins), for the room checks.</summary>
    internal sealed class Grid(PageSetup page, IReadOnlyList<double> columns, IReadOnlyList<double> rows, double gap)
    {
        private readonly double width = page.Width - page.Margins.Inside - page.Margins.Outside;
        private readonly double height = page.Height - page.Margins.Top - page.Margins.Bottom;

        public void CheckRoom(MapReader poster)
        {
            Check(columns.Count, width, "columns", "wide");
            Check(rows.Count, height, "rows", "high");

            void Check(int count, double room, string what, string extent)
            {
                if ((count - 1) * gap < room) return;
                throw Errors.At(poster.Optional("gap") ?? poster.Required(what),
                    $"{count} {what} with a {Mm(gap)} gap leave no room in the safe area, which is {Mm(room)} {extent} (the page inside its margins); make '{poster.PathOf("gap")}' smaller or use fewer {what}.");
            }
        }

        /// <summary>Padding on both sides must leave some of the region for its content.</summary>
        public void CheckPadding(PosterRegion region, MapReader map)
        {
            var (regionWidth, regionHeight) = SizeOf(region);
            var smaller = Math.Min(regionWidth, regionHeight);
            if (2 * region.Padding < smaller) return;
            throw Errors.At(map.Required("padding"),
                $"'{map.PathOf("padding")}' ({Mm(region.Padding)} on each side) leaves no room in region '{region.Name}', which is {Mm(regionWidth)} × {Mm(regionHeight)}; make it smaller than {Mm(smaller / 2)}.");
        }

        /// <summary>The region's width and height on the page, gaps between its tracks included.</summary>
        public (double Width, double Height) SizeOf(PosterRegion region) =>
            (Extent(columns, width, region.Column, region.ColumnSpan), Extent(rows, height, region.Row, region.RowSpan));

        /// <summary>The length of <paramref name="span"/> tracks from <paramref name="first"/>, gaps between them included.</summary>
        private double Extent(IReadOnlyList<double> tracks, double room, int first, int span)
        {
            var unit = (room - (tracks.Count - 1) * gap) / tracks.Sum();
            return tracks.Skip(first).Take(span).Sum() * unit + (span - 1) * gap;
        }

        private static string Mm(double points) => $"{points / LengthLiteral.PointsPerMillimetre:0.#}mm";
    }
}
