using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Binds one entry of <c>poster.regions</c>: what the region shows and how its text is fitted.
/// Regions are named by the layout's author, so their defaults live here rather than in defaults.yaml.
/// </summary>
internal static class PosterRegionBinder
{
    public static readonly string[] Keys = ["content", "align", "vertical-align", "min-size", "max-size", "max-lines", "fit", "panel", "padding", "when-empty", "when-too-long"];

    /// <summary>The <c>when-empty</c> word that closes up an empty region's rows or columns.</summary>
    public const string Collapse = "collapse";

    /// <summary>The <c>when-empty</c> word that leaves an empty region's cells empty (the default; overrides an inherited list).</summary>
    public const string Keep = "keep";

    /// <summary>
    /// The smallest text a region shrinks to unless the layout says otherwise: 9pt is the size of a
    /// caption in print, read comfortably at arm's length — the distance a noticeboard is read from.
    /// Smaller text on a wall is not read at all, so fitting stops here and the build fails instead.
    /// </summary>
    public const double DefaultMinSize = 9;

    /// <summary>0 means "no cap of its own": the largest size is the style's size.</summary>
    public const double DefaultMaxSize = 0;

    /// <summary>A headline of more than three lines no longer reads at a glance from across a street.</summary>
    public const int DefaultMaxLines = 3;

    /// <summary>More title lines than this is body text, not a headline; a larger number is a typo.</summary>
    private const int MostTitleLines = 9;

    public static readonly IReadOnlyDictionary<string, PosterContent> Contents = new Dictionary<string, PosterContent>
    {
        ["title"] = PosterContent.Title,
        ["subtitle"] = PosterContent.Subtitle,
        ["figure"] = PosterContent.Figure,
        ["quote"] = PosterContent.Quote,
        ["demands"] = PosterContent.Demands,
        ["slogan"] = PosterContent.Slogan,
        ["signature"] = PosterContent.Signature,
        ["author"] = PosterContent.Author,
        ["date"] = PosterContent.Date,
        ["qr-code"] = PosterContent.QrCode,
        ["quote-or-slogan"] = PosterContent.QuoteOrSlogan,
        ["url"] = PosterContent.Url,
        ["credit"] = PosterContent.Credit,
    };

    /// <summary>Justify is left out on purpose: a poster's short, large lines justified open rivers of space.</summary>
    private static readonly IReadOnlyDictionary<string, TextAlign> Alignments = new Dictionary<string, TextAlign>
    {
        ["start"] = TextAlign.Start,
        ["center"] = TextAlign.Center,
        ["end"] = TextAlign.End,
    };

    private static readonly IReadOnlyDictionary<string, VerticalAlign> VerticalAlignments = new Dictionary<string, VerticalAlign>
    {
        ["top"] = VerticalAlign.Top,
        ["center"] = VerticalAlign.Center,
        ["bottom"] = VerticalAlign.Bottom,
    };

    public static readonly IReadOnlyDictionary<string, ImageFit> Fits = new Dictionary<string, ImageFit>
    {
        ["cover"] = ImageFit.Cover,
        ["contain"] = ImageFit.Contain,
    };

    public static PosterRegion Bind(MapReader region, PosterAreas.Area area, Palette palette)
    {
        var minSize = Size(region, "min-size", DefaultMinSize);
        var maxSize = Size(region, "max-size", DefaultMaxSize);
        if (maxSize > 0 && minSize > maxSize)
        {
            var written = region.Optional("min-size") is not null;
            throw Errors.At(region.Optional("min-size") ?? region.Required("max-size"),
                $"'{region.PathOf("min-size")}' ({minSize:0.##}pt{(written ? "" : ", the default")}) is larger than '{region.PathOf("max-size")}' ({maxSize:0.##}pt); make min-size the smaller one{(written ? "" : " by giving it")}.");
        }

        var bound = new PosterRegion(
            area.Name,
            area.Row,
            area.Column,
            area.RowSpan,
            area.ColumnSpan,
            Content(region),
            Choice(region, "align", Alignments, TextAlign.Start, TextSetupBinder.AlignHint),
            Choice(region, "vertical-align", VerticalAlignments, VerticalAlign.Top),
            minSize,
            maxSize,
            region.Optional("max-lines") is { } lines ? Values.Integer(lines, region.PathOf("max-lines"), 1, MostTitleLines) : DefaultMaxLines,
            Choice(region, "fit", Fits, ImageFit.Cover),
            region.Optional("panel") is { } panel ? PaletteBinder.ResolveOptional(panel, region.PathOf("panel"), palette) : null,
            region.Optional("padding") is { } padding ? Values.Length(padding, region.PathOf("padding"), emSize: null) : 0)
        {
            WhenEmpty = region.Optional("when-empty") is { } whenEmpty ? WhenEmpty(whenEmpty, region.PathOf("when-empty")) : [],
        };
        return region.Optional("when-too-long") is { } whenTooLong ? bound with { WhenTooLong = WhenTooLongBinder.Bind(whenTooLong, region, bound) } : bound;
    }

    /// <summary>
    /// <c>when-empty:</c> — <c>keep</c>, <c>collapse</c>, a neighbour's name, or a list of names and
    /// <c>collapse</c> tried in order. Which names exist and whether they fit is checked with the grid
    /// (<see cref="PosterBinder"/>).
    /// </summary>
    private static IReadOnlyList<EmptyRegionStep> WhenEmpty(RawNode node, string path)
    {
        IReadOnlyList<RawNode> items = node switch
        {
            RawScalar { IsNull: false } single => [single],
            RawList { Items.Count: > 0 } list => list.Items,
            _ => throw Errors.Expected(node, path, $"'{Keep}', '{Collapse}', a neighbouring region's name, or a list of names and '{Collapse}' tried in order, such as [slogan, {Collapse}]"),
        };
        var steps = new List<EmptyRegionStep>();
        for (var i = 0; i < items.Count; i++)
        {
            var word = Values.Text(items[i], items.Count == 1 ? path : $"{path}[{i + 1}]");
            if (word == Keep)
            {
                if (items.Count > 1) throw Errors.At(items[i], $"'{path}' lists '{Keep}' with other steps; '{Keep}' means the cells stay empty, so write it alone.");
                continue;
            }
            var step = word == Collapse ? EmptyRegionStep.Collapse : new EmptyRegionStep(word);
            if (steps.Contains(step)) throw Errors.At(items[i], $"'{path}' lists '{word}' twice; remove one.");
            steps.Add(step);
        }
        return steps;
    }

    /// <summary>A non-empty list of content names (a single name is taken as a list of one), each at most once.</summary>
    private static IReadOnlyList<PosterContent> Content(MapReader region)
    {
        var node = region.Optional("content")
            ?? throw new PamphletException(region.At, $"'{region.Place}' needs 'content:', the list of what it shows, e.g. content: [quote]. Choose from: {Suggestions.List(Contents.Keys)}.");
        var path = region.PathOf("content");
        IReadOnlyList<RawNode> items = node switch
        {
            RawScalar { IsNull: false } single => [single],
            RawList list => list.Items,
            _ => throw Errors.Expected(node, path, $"a list of what the region shows, such as [title, subtitle] (from: {Suggestions.List(Contents.Keys)})"),
        };
        if (items.Count == 0)
        {
            throw Errors.At(node, $"'{path}' is empty; list what the region shows, from: {Suggestions.List(Contents.Keys)} (or remove the region and its area).");
        }

        var content = new List<PosterContent>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = Values.Choice(items[i], $"{path}[{i + 1}]", Contents);
            if (content.Where(c => PosterContents.Overlap(c, item)).Select(c => (PosterContent?)c).FirstOrDefault() is { } earlier)
            {
                var twice = earlier == item ? $"lists '{NameOf(item)}' twice" : $"lists '{NameOf(earlier)}' and '{NameOf(item)}', which can show the same text";
                throw Errors.At(items[i], $"'{path}' {twice}; each content is shown once, so remove one.");
            }

            content.Add(item);
        }

        return content;
    }

    public static string NameOf(PosterContent content) => Contents.First(c => c.Value == content).Key;

    private static double Size(MapReader region, string key, double fallback)
    {
        if (region.Optional(key) is not { } node) return fallback;
        var size = Values.Length(node, region.PathOf(key), emSize: null);
        if (key == "min-size" && size <= 0)
        {
            throw Errors.At(node, $"'{region.PathOf(key)}' must be more than 0: it is the smallest text the region may have (the default is {DefaultMinSize}pt).");
        }

        return size;
    }

    private static T Choice<T>(MapReader region, string key, IReadOnlyDictionary<string, T> choices, T fallback, string hint = "") =>
        region.Optional(key) is { } node ? Values.Choice(node, region.PathOf(key), choices, hint) : fallback;
}
