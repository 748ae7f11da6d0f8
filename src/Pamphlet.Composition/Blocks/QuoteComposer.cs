using Pamphlet.Composition.Flow;
using Pamphlet.Documents;
using Pamphlet.Layouts;
using Pamphlet.Pages;

namespace Pamphlet.Composition;

/// <summary>
/// Block quotes (running text set in from the start edge with a rule beside it, the attribution
/// flush with the end edge) and pull quotes (display type between accent rules, never split).
/// </summary>
public sealed class QuoteComposer(CompositionContext context)
{
    /// <summary>Distance from a block quote's side rule to its text, in ems of the quote size.</summary>
    private const double RuleGapEm = 0.8;

    /// <summary>Gap between a pull quote's rules and its text, in ems of the quote size.</summary>
    private const double PullQuoteRuleGapEm = 0.55;

    /// <summary>Gap between quote text and its attribution, in ems of the attribution size.</summary>
    private const double AttributionGapEm = 0.35;

    public IEnumerable<FlowBlock> BlockQuote(BlockQuote quote)
    {
        var style = context.Layout.Styles.BlockQuote;
        var width = context.ColumnWidth;
        var text = context.Layout.Text;
        var paragraphs = quote.Blocks.OfType<Paragraph>().ToList();
        var ruleX = context.StartX(style.Text.IndentStart - RuleGapEm * style.Text.Font.Size, width);
        var blocks = new List<FlowBlock>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var indent = i > 0 && text.Separation == ParagraphSeparation.Indent ? text.Indent : 0;
            var lines = context.Text.Lines(context.Inlines.Flatten(paragraphs[i].Content, style.Text, "quote"), style.Text, width, indent);
            var last = i == paragraphs.Count - 1 && quote.Attribution is null;
            blocks.Add(new LinesBlock(lines.Select(l => WithSideRule(l, ruleX, style.Rule)).ToList(), text.Orphans, text.Widows)
            {
                Role = "quote",
                // Quote paragraphs follow each other without a gap (the second indented in indent mode) so the side rule runs unbroken.
                SpaceBefore = i == 0 ? style.Text.SpaceBefore : text.Separation == ParagraphSeparation.Space ? text.ParagraphSpace : 0,
                SpaceAfter = last ? style.Text.SpaceAfter : 0,
            });
        }
        if (quote.Attribution is not null)
        {
            var spans = context.Inlines.Flatten(Dash(quote.Attribution), style.Attribution, "attribution");
            var lines = context.Text.Lines(spans, style.Attribution, width, hyphenate: false);
            blocks.Add(new FrameBlock(TextComposer.Stack(lines, width))
            {
                Role = "attribution",
                SpaceBefore = AttributionGapEm * style.Attribution.Font.Size,
                SpaceAfter = style.Text.SpaceAfter,
            });
            // The attribution never sits alone at the top of a page.
            if (blocks.Count > 1) blocks[^2].KeepWithNext = true;
        }
        return blocks;
    }

    public FrameBlock PullQuote(PullQuote quote)
    {
        var style = context.Layout.Styles.PullQuote;
        var width = context.ColumnWidth;
        var gap = PullQuoteRuleGapEm * style.Text.Font.Size;
        var frames = new List<Frame>();
        foreach (var p in quote.Blocks.OfType<Paragraph>())
        {
            frames.AddRange(context.Text.Lines(context.Inlines.Flatten(p.Content, style.Text, "pullquote"), style.Text, width, hyphenate: false, balance: true));
        }
        if (quote.Attribution is not null)
        {
            var spans = context.Inlines.Flatten(Dash(quote.Attribution), style.Attribution, "pullquote-attribution");
            var attribution = context.Text.Lines(spans, style.Attribution, width, hyphenate: false);
            if (attribution.Count > 0)
            {
                frames.Add(new Frame(width, AttributionGapEm * style.Attribution.Font.Size, []));
                frames.AddRange(attribution);
            }
        }
        var body = TextComposer.Stack(frames, width);
        var items = new List<PageItem>();
        var y = 0.0;
        var thickness = style.Rule.Thickness;
        var placement = style.RulePlacement;
        if (thickness > 0 && placement is PullQuoteRulePlacement.AboveAndBelow or PullQuoteRulePlacement.Above)
        {
            items.Add(HorizontalRule(style, y + thickness / 2, width));
            y += thickness + gap;
        }
        items.AddRange(body.PlacedAt(0, y));
        if (thickness > 0 && placement == PullQuoteRulePlacement.Start)
        {
            var x = context.StartX(style.Text.IndentStart - gap - thickness / 2, width);
            items.Add(new RuleItem("pullquote-rule", new Point(x, y), new Point(x, y + body.Height), thickness, style.Rule.Color));
        }
        y += body.Height;
        if (thickness > 0 && placement == PullQuoteRulePlacement.AboveAndBelow)
        {
            y += gap;
            items.Add(HorizontalRule(style, y + thickness / 2, width));
            y += thickness;
        }
        return new FrameBlock(new Frame(width, y, items))
        {
            Role = "pullquote", SpaceBefore = style.Text.SpaceBefore, SpaceAfter = style.Text.SpaceAfter, Floats = true,
        };
    }

    private static RuleItem HorizontalRule(PullQuoteStyle style, double y, double width) =>
        new("pullquote-rule", new Point(style.Text.IndentStart, y), new Point(width - style.Text.IndentEnd, y), style.Rule.Thickness, style.Rule.Color);

    private static Frame WithSideRule(Frame line, double x, RuleStyle rule) =>
        rule.Thickness <= 0
            ? line
            : line with { Items = [new RuleItem("quote-rule", new Point(x, 0), new Point(x, line.Height), rule.Thickness, rule.Color), .. line.Items] };

    /// <summary>Attributions print with an em dash before the name, however the author typed it.</summary>
    private static IReadOnlyList<Inline> Dash(IReadOnlyList<Inline> attribution) =>
        [new TextRun(attribution.Count > 0 ? attribution[0].Location : default, "\u2014\u00A0", InlineStyle.None), .. attribution];
}
