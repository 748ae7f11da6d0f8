using Pamphlet.Layouts.Model;
namespace Pamphlet.Layouts.Binding;

/// <summary>Binds <c>styles:</c>, one entry per block kind.</summary>
internal static class BlockStylesBinder
{
    public static readonly string[] Keys =
    [
        "body", "heading", "subheading", "blockquote", "pullquote", "demands", "figure", "slogan", "signature",
        "list", "section-break", "link-url", "endnotes",
    ];

    private static readonly string[] BlockQuoteKeys = ["text", "attribution", "rule"];
    private static readonly string[] PullQuoteKeys = ["text", "attribution", "rule", "rule-placement"];
    private static readonly string[] DemandKeys =
        ["title", "item", "fill", "border", "padding", "marker-color", "item-space", "space-before", "space-after", "continued-suffix"];
    private static readonly string[] FigureKeys = ["max-height", "caption", "credit", "space-before", "space-after", "caption-gap"];
    private static readonly string[] ListKeys = ["indent", "bullet", "item-space", "marker-color"];
    private static readonly string[] SectionBreakKeys = ["ornament", "text"];
    private static readonly string[] EndnotesKeys = ["heading", "text", "note-space", "reference-size", "reference-rise"];

    /// <summary>A note reference smaller than this share of its text is unreadable; larger than the text, not a reference.</summary>
    private const double SmallestReferenceSize = 0.3;

    /// <summary>A reference raised more than one em of its text would touch the line above.</summary>
    private const double HighestReferenceRise = 1.0;

    private static readonly IReadOnlyDictionary<string, PullQuoteRulePlacement> RulePlacements = new Dictionary<string, PullQuoteRulePlacement>
    {
        ["above-and-below"] = PullQuoteRulePlacement.AboveAndBelow,
        ["above"] = PullQuoteRulePlacement.Above,
        ["start"] = PullQuoteRulePlacement.Start,
    };

    public static BlockStyles Bind(MapReader styles, StyleBinder bind)
    {
        var blockQuote = styles.Map("blockquote", BlockQuoteKeys);
        var pullQuote = styles.Map("pullquote", PullQuoteKeys);
        var demands = styles.Map("demands", DemandKeys);
        var figure = styles.Map("figure", FigureKeys);
        var list = styles.Map("list", ListKeys);
        var sectionBreak = styles.Map("section-break", SectionBreakKeys);
        var endnotes = styles.Map("endnotes", EndnotesKeys);
        return new BlockStyles
        {
            Body = bind.Text(styles, "body"),
            Heading = bind.Text(styles, "heading"),
            Subheading = bind.Text(styles, "subheading"),
            BlockQuote = new BlockQuoteStyle(bind.Text(blockQuote, "text"), bind.Text(blockQuote, "attribution"), bind.Rule(blockQuote, "rule")),
            PullQuote = new PullQuoteStyle(
                bind.Text(pullQuote, "text"),
                bind.Text(pullQuote, "attribution"),
                bind.Rule(pullQuote, "rule"),
                Values.Choice(pullQuote.Required("rule-placement"), pullQuote.PathOf("rule-placement"), RulePlacements)),
            Demands = new DemandBoxStyle(
                bind.Text(demands, "title"),
                bind.Text(demands, "item"),
                bind.OptionalColor(demands, "fill"),
                bind.Rule(demands, "border"),
                bind.Length(demands, "padding"),
                bind.Color(demands, "marker-color"),
                bind.Length(demands, "item-space"),
                bind.Length(demands, "space-before"),
                bind.Length(demands, "space-after"),
                Values.Text(demands.Required("continued-suffix"), demands.PathOf("continued-suffix"))),
            Figure = new FigureStyle(
                Values.Share(figure.Required("max-height"), figure.PathOf("max-height")),
                bind.Text(figure, "caption"),
                bind.Text(figure, "credit"),
                bind.Length(figure, "space-before"),
                bind.Length(figure, "space-after"),
                bind.Length(figure, "caption-gap")),
            Slogan = bind.Text(styles, "slogan"),
            Signature = bind.Text(styles, "signature"),
            List = new ListStyle(
                bind.Length(list, "indent"),
                Values.Text(list.Required("bullet"), list.PathOf("bullet")),
                bind.Length(list, "item-space"),
                bind.Color(list, "marker-color")),
            SectionBreak = new SectionBreakStyle(
                Values.Text(sectionBreak.Required("ornament"), sectionBreak.PathOf("ornament")),
                bind.Text(sectionBreak, "text")),
            LinkUrl = bind.Text(styles, "link-url"),
            Endnotes = new EndnotesStyle(
                bind.Text(endnotes, "heading"),
                bind.Text(endnotes, "text"),
                bind.Length(endnotes, "note-space"),
                Values.Ems(endnotes.Required("reference-size"), endnotes.PathOf("reference-size"), SmallestReferenceSize, 1),
                Values.Ems(endnotes.Required("reference-rise"), endnotes.PathOf("reference-rise"), 0, HighestReferenceRise)),
        };
    }
}
