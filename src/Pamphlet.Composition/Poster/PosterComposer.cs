using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Images;
using Pamphlet.Composition.Qr;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// A one-page poster from the statement: the layout's grid of regions, each showing its content
/// copyfitted — the title at the largest size that fits in at most the region's number of balanced,
/// unhyphenated lines; other text at the largest size the region holds, from its minimum up to its
/// maximum (the styles' sizes when it has none). A region whose text cannot fit even at the minimum gives
/// way as the layout's <c>when-too-long</c> says (<see cref="RegionFallbacks"/>), and the poster is fitted
/// again; with no step left it is an error saying by how much. A region with nothing to show draws nothing,
/// and its cells go to its neighbours as the layout's <c>when-empty</c> says.
/// </summary>
internal sealed class PosterComposer(CompositionContext context)
{
    /// <summary>Title sizes are tried on this grid (points): "one step larger would not fit".</summary>
    public const double TitleStep = 0.5;

    /// <summary>Scale search stops when the best scale is known to within this fraction.</summary>
    private const double ScalePrecision = 0.005;


    /// <summary>
    /// The headline leads: the main text of every other region is set at most the title's size divided by one step of
    /// the typographic scale (1.2: 60 → 72 → 86pt), so a slogan with room to grow never outsizes the headline and the
    /// eye meets the headline first. A region's minimum size still wins over this.
    /// </summary>
    public const double HierarchyStep = 1.2;

    /// <summary>
    /// A title less than three steps of the typographic scale (1.2³ ≈ 1.73) larger than its subtitle reads as two
    /// competing lines, not a headline and its deck; then the subtitle is set smaller to give the title room.
    /// </summary>
    public const double TitleOverSubtitle = 1.728;

    /// <summary>
    /// The subtitle shrinks at most a quarter for the title's sake: 28.6pt on A3 becomes 21.5pt, still read from
    /// about 2 m, and still clearly larger than the text of the demands.
    /// </summary>
    public const double SubtitleShrinkLimit = 0.75;

    /// <summary>The subtitle's shrinking is tried in this many even steps down to <see cref="SubtitleShrinkLimit"/>.</summary>
    private const int SubtitleShrinkSteps = 5;

    public Page Compose()
    {
        var layout = context.Layout;
        var poster = layout.Poster ?? throw new InvalidOperationException("a poster layout without a poster grid passed validation");
        var material = PosterMaterial.From(context.Document);
        if (material.Url is { } url && poster.Regions.Any(r => r.Content.Contains(PosterContent.QrCode))) CheckQrPayload(url);
        var structure = new PosterStructure(context.Structure, material, context.Document.TitleText);

        // A region whose text does not fit even at its minimum gives way as its when-too-long says, and the
        // poster is fitted again from the start (an emptied region gives its cells to its neighbours).
        var fallbacks = new RegionFallbacks(context, poster, material,
            (region, shown, inner) => new RegionComposer(context, shown, structure).Compose(region, inner, MinimumScale(region), null, trial: true).StackHeight);
        while (true)
        {
            var fitting = FitRegions(poster, fallbacks, structure);
            if (fitting.TooLong is not { } tooLong)
            {
                fallbacks.Warn();
                return Draw(fitting, fallbacks.Material, structure);
            }
            if (!fallbacks.GiveWay(tooLong.Region, tooLong.Inner))
            {
                throw TooLong(tooLong.Region, tooLong.AtMinimum, tooLong.Inner);
            }
        }
    }

    /// <summary>A region fitted: its area, the box its content is set in, the scale of its styles and (the headline's) title size.</summary>
    private sealed record FittedRegion(PosterRegion Region, Rect Area, Rect Inner, double Scale, double? TitleSize);

    /// <summary>The first region that does not fit at its minimum: the box it had and its setting there.</summary>
    private sealed record TooLongRegion(PosterRegion Region, Rect Inner, RegionSetting AtMinimum);

    /// <summary>The poster's regions fitted with the fallbacks taken so far, up to the first that does not fit (<see cref="TooLong"/>).</summary>
    private sealed record Fitting(PosterGrid Grid, RegionComposer Regions, IReadOnlyList<FittedRegion> Fitted, TooLongRegion? TooLong);

    private Fitting FitRegions(PosterSetup poster, RegionFallbacks fallbacks, PosterStructure structure)
    {
        var material = fallbacks.Material;
        var arrangement = Arrange(poster, material, fallbacks.Emptied);
        var grid = new PosterGrid(context.Layout.Page, poster, arrangement, context.RightToLeft);
        var regions = new RegionComposer(context, material, structure);
        // An empty region draws nothing, not even its panel; its cells went where its when-empty says. A region
        // showing the key quote or slogan shows the one the statement has (or the one its fallbacks chose).
        var shown = poster.Regions.Where(r => !arrangement.IsEmpty(r)).Select(fallbacks.Current).ToList();
        Rect Inner(Rect area, PosterRegion region) =>
            new(area.X + region.Padding, area.Y + region.Padding, area.Width - 2 * region.Padding, area.Height - 2 * region.Padding);

        // The headline is fitted first: the rest of the poster is held below its size.
        var fitted = new List<FittedRegion>();
        var headline = shown.FirstOrDefault(r => r.Content.Contains(PosterContent.Title));
        double? titleSize = null;
        foreach (var region in headline is null ? shown : shown.Where(r => r != headline).Prepend(headline))
        {
            var area = grid.RegionArea(region);
            var inner = Inner(area, region);
            var fit = region == headline ? FitHeadline(regions, region, inner, material) : Fit(regions, region, inner, titleSize);
            if (fit is not { } found)
            {
                var atMinimum = regions.Compose(region, inner, MinimumScale(region), region == headline ? Math.Min(region.MinSize, TitleMaximum(region)) : null, trial: true);
                return new Fitting(grid, regions, fitted, new TooLongRegion(region, inner, atMinimum));
            }
            if (region == headline) titleSize = found.TitleSize;
            fitted.Add(new FittedRegion(region, area, inner, found.Scale, found.TitleSize));
        }
        // Drawn in the grid's order (top-left first), whatever the order of fitting.
        fitted.Sort((a, b) => shown.IndexOf(a.Region).CompareTo(shown.IndexOf(b.Region)));
        return new Fitting(grid, regions, fitted, null);
    }

    /// <summary>The page: background, photo, and each fitted region's panel and content, set for good (not as a trial).</summary>
    private Page Draw(Fitting fitting, PosterMaterial material, PosterStructure structure)
    {
        var layout = context.Layout;
        var size = new Size(layout.Page.Width, layout.Page.Height);
        var items = new List<PageItem>();

        // Everything that fills the whole page runs on into the bleed, so an off-true cut shows no white edge.
        var bleed = PrintBleed.OnGrid(layout.Page.Bleed);
        var fullBleed = PrintBleed.FullBleed(size, bleed);
        if (layout.Cover.Background is { } background) items.Add(new FillItem("poster-background", fullBleed, background));
        if (layout.Poster!.Background is { } photo && material.Figure is { } figure)
        {
            var image = ImageInfo.Read(figure.ImagePath, figure.Location);
            items.AddRange(PosterPhoto.Background(image, figure.Focus, photo, fullBleed, fitting.Grid.LargestFreeArea())
                .Select(i => i is ImageItem ? i with { Structure = structure.Figure?.Figure } : i));
        }

        foreach (var (region, area, inner, scale, titleSize) in fitting.Fitted)
        {
            if (region.Panel is { } panel) items.Add(new FillItem(Tag("poster-panel", region), area, panel));
            var setting = fitting.Regions.Compose(region, inner, scale, titleSize, trial: false);
            var y = region.VerticalAlign switch
            {
                VerticalAlign.Center => inner.Y + (inner.Height - setting.Frame.Height) / 2,
                VerticalAlign.Bottom => inner.Bottom - setting.Frame.Height,
                _ => inner.Y,
            };
            items.AddRange(setting.Frame.PlacedAt(inner.X, y).Select(i => i with { Role = Tag(i.Role, region) }));
        }
        return new Page(1, size, items) { Bleed = bleed };
    }

    /// <summary>
    /// The grid as <paramref name="material"/> fills it: the regions it gives nothing to show are empty and
    /// give up their cells, as do the regions whose text did not fit and were left empty (<paramref name="emptied"/>).
    /// With a background photo a region's figure is its caption and credit (whether the photo is behind or framed),
    /// and without a photo the empty cells that would show it close up.
    /// </summary>
    internal static PosterArrangement Arrange(PosterSetup poster, PosterMaterial material, IReadOnlySet<string>? emptied = null)
    {
        var photoBehind = poster.Background is not null;
        var empty = poster.Regions.Where(r => material.IsEmpty(r, photoBehind) || emptied?.Contains(r.Name) == true).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return PosterArrangement.Arrange(poster, empty, noPhotoBehind: photoBehind && material.Figure is null);
    }

    /// <summary>Page items carry their region: "role@region" lets tests and checks find what is where.</summary>
    private static string Tag(string role, PosterRegion region) => role.Contains('@') ? role : $"{role}@{region.Name}";

    private static bool Fits(RegionSetting setting, Rect inner) => setting.Whole && setting.StackHeight <= inner.Height + 0.01;

    /// <summary>
    /// The headline region: its title at the largest size that fits (<see cref="LargestTitle"/>). When that leaves the
    /// title less than <see cref="TitleOverSubtitle"/> times the subtitle's size, the subtitle is set smaller, in steps
    /// down to <see cref="SubtitleShrinkLimit"/>, for as long as the title grows: the least shrinking that gives the
    /// ratio, or else the one that gives the largest title. Null when the title does not fit even at the region's minimum.
    /// </summary>
    private (double Scale, double? TitleSize)? FitHeadline(RegionComposer regions, PosterRegion region, Rect inner, PosterMaterial material)
    {
        var max = TitleMaximum(region);
        var min = Math.Min(region.MinSize, max);
        var subtitle = region.Content.Contains(PosterContent.Subtitle) && material.Subtitle is not null ? context.Layout.Cover.Subtitle.Font.Size : 0;
        (double Shrink, double Size)? chosen = null;
        for (var step = 0; step <= SubtitleShrinkSteps; step++)
        {
            var shrink = 1 - step * (1 - SubtitleShrinkLimit) / SubtitleShrinkSteps;
            if (LargestTitle(regions, region, inner, shrink, min, max) is not { } size) continue;
            if (chosen is null || size > chosen.Value.Size + TitleStep / 2) chosen = (shrink, size);
            if (subtitle <= 0 || size >= max || size >= TitleOverSubtitle * subtitle * shrink) break;
        }
        if (chosen is { } c) return (c.Shrink, c.Size);

        return LargestScale(s => Fits(regions.Compose(region, inner, s, min, trial: true), inner), MinimumScale(region), 1) is { } found ? (found, min) : null;
    }

    /// <summary>The largest size of the headline's title: the region's maximum, or the cover title's size when it has none.</summary>
    private double TitleMaximum(PosterRegion region) => region.MaxSize > 0 ? region.MaxSize : context.Layout.Cover.Title.Font.Size;

    /// <summary>
    /// The largest title size on the <see cref="TitleStep"/> grid between <paramref name="min"/> and <paramref name="max"/>
    /// that fits with the region's other text at <paramref name="scale"/>; null when even the smallest does not.
    /// </summary>
    private static double? LargestTitle(RegionComposer regions, PosterRegion region, Rect inner, double scale, double min, double max)
    {
        var steps = (int)Math.Floor((max - min) / TitleStep);
        RegionSetting Try(int step) => regions.Compose(region, inner, scale, min + step * TitleStep, trial: true);
        // A headline a step smaller reads better than one that ends a line on "the" or "of", or one whose last line is
        // a lone word under fuller lines ("SAVE OUR / PARK"): sizes are searched for lines free of both first, then
        // without a lone last word, then broken by sense, and for any lines only when no size gives those. A long
        // word alone on the last line ("D'AJUSTEMENT") is better than no headline at all.
        foreach (var fits in new Func<RegionSetting, bool>[]
        {
            s => Fits(s, inner) && !s.TitleLoneWord && !s.TitleBreaksBadly,
            s => Fits(s, inner) && !s.TitleLoneWord,
            s => Fits(s, inner) && !s.TitleBreaksBadly,
            s => Fits(s, inner),
        })
        {
            if (!fits(Try(0))) continue;
            // Largest step that fits (binary search: fitting is about monotone in the size; breaking by
            // sense makes it only about, so the step found fits but a larger one may too).
            int low = 0, high = steps;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (fits(Try(mid))) low = mid; else high = mid - 1;
            }
            return min + low * TitleStep;
        }
        return null;
    }

    /// <summary>
    /// Text other than the headline, as large as its region holds between its minimum and its maximum size, and
    /// no larger than the title (<paramref name="titleSize"/>) divided by <see cref="HierarchyStep"/>. Null when it does
    /// not fit even at its minimum.
    /// </summary>
    private (double Scale, double? TitleSize)? Fit(RegionComposer regions, PosterRegion region, Rect inner, double? titleSize)
    {
        bool Fits(RegionSetting s) => PosterComposer.Fits(s, inner);
        var minimum = MinimumScale(region);
        var maximum = MaximumScale(region);
        if (titleSize is { } title && MainSize(region) > 0) maximum = Math.Max(minimum, Math.Min(maximum, title / HierarchyStep / MainSize(region)));

        if (LargestScale(s => Fits(regions.Compose(region, inner, s, null, trial: true)), minimum, maximum) is not { } best) return null;
        if (regions.Compose(region, inner, best, null, trial: true).DisplayBreaksBadly && SensibleScale(regions, region, inner, best, Fits) is { } sensible)
        {
            best = sensible;
        }
        return (best, null);
    }

    /// <summary>
    /// Display lines (a slogan, a pull quote) a little smaller read better than lines that break
    /// against sense ("UNSER KIEZ. NICHT / ZU VERKAUFEN!"): the largest scale below <paramref name="largest"/>,
    /// in the steps of <see cref="SensibleSize"/> of the main text and at most a fifth smaller, whose lines
    /// fit and break by sense; null when there is none.
    /// </summary>
    private double? SensibleScale(RegionComposer regions, PosterRegion region, Rect inner, double largest, Func<RegionSetting, bool> fits)
    {
        var main = MainSize(region);
        if (main <= 0) return null;
        bool BreaksWell(double size) => regions.Compose(region, inner, size / main, null, trial: true) is var setting && fits(setting) && !setting.DisplayBreaksBadly;
        return SensibleSize.Largest(largest * main - SensibleSize.Step, largest * main, MinimumScale(region) * main, BreaksWell) is { } found ? found / main : null;
    }

    /// <summary>The largest scale in [minimum, maximum] that fits, or null when even the minimum does not.</summary>
    private static double? LargestScale(Func<double, bool> fits, double minimum, double maximum)
    {
        if (fits(maximum)) return maximum;
        if (!fits(minimum)) return null;
        double low = minimum, high = maximum;
        while (high - low > ScalePrecision)
        {
            var mid = (low + high) / 2;
            if (fits(mid)) low = mid; else high = mid;
        }
        return low;
    }

    /// <summary>The scale at which the region's main text reaches its maximum size (1 when it has none of its own, or its style is larger).</summary>
    private double MaximumScale(PosterRegion region)
    {
        var main = MainSize(region);
        return main <= 0 || region.MaxSize <= 0 ? 1 : Math.Max(1, region.MaxSize / main);
    }

    /// <summary>The scale at which the region's main text reaches its minimum size (1 when it starts there or below).</summary>
    private double MinimumScale(PosterRegion region)
    {
        var main = MainSize(region);
        return main <= 0 ? 1 : Math.Min(1, region.MinSize / main);
    }

    private double MainSize(PosterRegion region) => MainStyleSize(context.Layout, region);

    /// <summary>The style size of a region's main text, as layouts/README.md defines it: the first content's main style (0: none).</summary>
    internal static double MainStyleSize(LayoutDefinition layout, PosterRegion region)
    {
        foreach (var content in region.Content)
        {
            var size = content switch
            {
                PosterContent.Quote => layout.Styles.PullQuote.Text.Font.Size,
                PosterContent.Demands => layout.Styles.Demands.Item.Font.Size,
                PosterContent.Slogan => layout.Styles.Slogan.Font.Size,
                PosterContent.Signature => layout.Styles.Signature.Font.Size,
                PosterContent.Subtitle => layout.Cover.Subtitle.Font.Size,
                PosterContent.Author => layout.Cover.Author.Font.Size,
                PosterContent.Date => layout.Cover.Date.Font.Size,
                PosterContent.Figure => layout.Styles.Figure.Caption.Font.Size,
                PosterContent.Credit => layout.Styles.Figure.Credit.Font.Size,
                PosterContent.Url => layout.Styles.LinkUrl.Font.Size,
                _ => 0,
            };
            if (size > 0) return size;
        }
        return 0;
    }

    /// <summary>The url must fit the largest QR code, or the poster's code region cannot show it.</summary>
    private void CheckQrPayload(string url)
    {
        var bytes = QrSymbol.PayloadBytes(url);
        if (bytes <= QrSymbol.MaxPayloadBytes) return;
        throw new PamphletException(new RegionContentNames(context).UrlLocation,
            $"the url is {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes long, more than the {QrSymbol.MaxPayloadBytes.ToString("N0", CultureInfo.InvariantCulture)} " +
            $"a QR code can hold (the poster's code uses error correction level {QrSymbol.ErrorCorrection}, byte mode); " +
            "shorten it (a link shortener gives a short address that also makes a smaller, easier-to-scan code), or build a layout without a QR code.");
    }

    private PamphletException TooLong(PosterRegion region, RegionSetting atMinimum, Rect inner)
    {
        var names = new RegionContentNames(context);
        var (what, plural, at) = names.Of(region);
        var verb = plural ? "need" : "needs";
        var pronoun = plural ? "them" : "it";
        var layoutName = context.Layout.Name;
        if (atMinimum.StackHeight <= inner.Height + 0.01)
        {
            return new PamphletException(at,
                $"{what} {verb} more room than region '{region.Name}' on {layoutName} gives, even at its minimum size " +
                $"({names.Size(region.MinSize)}): a word is too long for the width, or the title needs more than " +
                $"{region.MaxLines} lines. Shorten {pronoun} or use a larger {LargerLayout}.");
        }
        var percent = Math.Ceiling((atMinimum.StackHeight / inner.Height - 1) * 100);
        return new PamphletException(at,
            $"{what} {verb} {percent.ToString("0", CultureInfo.InvariantCulture)} % more height than region '{region.Name}' on {layoutName}; " +
            $"shorten {pronoun}, {(context.Layout.Kind == LayoutKind.Card ? "use a taller card such as card-story, " : "")}or give the region more room or a smaller min-size in a layout of your own (see \"{LayoutsSection}\" in layouts/README.md).");
    }

    /// <summary>Where text that does not fit has more room: another poster layout, or a taller card (A2 is A3 scaled up, so it holds no more text).</summary>
    private string LargerLayout => context.Layout.Kind == LayoutKind.Card
        ? "card layout such as card-story (pamphlet layouts lists them)"
        : "poster layout (pamphlet layouts lists them)";

    /// <summary>The section of layouts/README.md that explains this kind's regions.</summary>
    private string LayoutsSection => context.Layout.Kind == LayoutKind.Card ? "Cards" : "Posters";
}
