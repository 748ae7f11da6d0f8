using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// Block quotes (running text set in from the start edge with a rule beside it, the attribution
/// flush with the end edge) and pull quotes (display type between accent rules, never split), in
/// any scope. A quote in a quote is set in further, with a rule of its own beside the outer one.
/// </summary>
internal sealed class QuoteComposer
{
    /// <summary>Distance from a block quote's side rule to its text, in ems of the quote size.</summary>
    private const double RuleGapEm = 0.8;

    /// <summary>Gap between a pull quote's rules and its text, in ems of the quote size.</summary>
    private const double PullQuoteRuleGapEm = 0.55;

    /// <summary>Gap between quote text and its attribution, in ems of the attribution size.</summary>
    private const double AttributionGapEm = 0.35;

    private readonly CompositionContext context;
    private readonly BlockComposer blocks;

    internal QuoteComposer(CompositionContext context, BlockComposer blocks)
    {
        this.context = context;
        this.blocks = blocks;
    }

    /// <summary>
    /// A "&gt;" quote: its blocks in the quote style (or, inside a display block, in that block's
    /// type), indented, a side rule beside every line, the attribution kept with the last line.
    /// </summary>
    internal List<FlowBlock> BlockQuote(BlockQuote quote, BlockScope scope)
    {
        var style = context.Layout.Styles.BlockQuote;
        var text = context.Layout.Text;
        var element = BlockComposer.Element(StructureKind.BlockQuote, scope, quote);
        var inner = scope.Nested(scope.KeepsType ? scope.Text : style.Text, style.Text.IndentStart, style.Text.IndentEnd) with
        {
            Parent = element,
            Role = scope.KeepsType ? scope.Role : "quote",
            Flush = true,
            IndentsParagraphs = !scope.KeepsType,
            // Quote paragraphs follow each other without a gap (the second indented in indent mode) so the side rule runs unbroken.
            ParagraphSpace = !scope.KeepsType && text.Separation == ParagraphSeparation.Space ? text.ParagraphSpace : 0,
        };
        var output = blocks.Compose(quote.Blocks, inner);
        // A level that could not indent further would draw its rule on the outer quote's.
        if (scope.IndentedIn(inner) && style.Rule.Thickness > 0)
        {
            var ruleX = context.StartX(inner.Text.IndentStart - RuleGapEm * style.Text.Font.Size, scope.Width);
            output = output.Select(block => block.MapFrames(line => WithSideRule(line, ruleX, style.Rule))).ToList();
        }

        if (quote.Attribution is not null)
        {
            var attributionStyle = scope.Within(style.Attribution);
            var spans = context.Inlines.Flatten(Dash(quote.Attribution, quote.Location), attributionStyle, "attribution");
            var lines = context.Text.Lines(spans, attributionStyle, scope.Width, hyphenate: false, structure: Attribution(element, quote.Attribution, quote.Location));
            output.Add(new FrameBlock(TextComposer.Stack(lines, scope.Width))
            {
                Role = "attribution",
                SpaceBefore = AttributionGapEm * style.Attribution.Font.Size,
            });
            // The attribution never sits alone at the top of a page.
            if (output.Count > 1) output[^2].KeepWithNext = true;
        }

        if (output.Count > 0)
        {
            output[0].SpaceBefore = style.Text.SpaceBefore;
            output[^1].SpaceAfter = style.Text.SpaceAfter;
        }

        return output;
    }

    /// <summary>
    /// "::: pullquote": its blocks in display type, balanced, between accent rules, never split. At
    /// the top level it floats like a figure; nested in another block it stays in place.
    /// </summary>
    internal FrameBlock PullQuote(PullQuote quote, BlockScope scope)
    {
        var style = context.Layout.Styles.PullQuote;
        var width = scope.Width;
        var element = BlockComposer.Element(StructureKind.PullQuote, scope, quote);
        var inner = BlockComposer.Display(scope, style.Text, "pullquote", balance: true) with { Parent = element };
        var gap = PullQuoteRuleGapEm * style.Text.Font.Size;
        var frames = new List<Frame> { FlowStack.ToFrame(blocks.Compose(quote.Blocks, inner), width) };
        if (quote.Attribution is not null)
        {
            var attributionStyle = scope.Within(style.Attribution);
            var spans = context.Inlines.Flatten(Dash(quote.Attribution, quote.Location), attributionStyle, "pullquote-attribution");
            var attribution = context.Text.Lines(spans, attributionStyle, width, hyphenate: false, structure: Attribution(element, quote.Attribution, quote.Location));
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
        var (ruleFrom, ruleTo) = (inner.Text.IndentStart, width - inner.Text.IndentEnd);
        if (thickness > 0 && placement is PullQuoteRulePlacement.AboveAndBelow or PullQuoteRulePlacement.Above)
        {
            items.Add(HorizontalRule(style.Rule, y + thickness / 2, ruleFrom, ruleTo));
            y += thickness + gap;
        }
        items.AddRange(body.PlacedAt(0, y));
        if (thickness > 0 && placement == PullQuoteRulePlacement.Start)
        {
            var x = context.StartX(inner.Text.IndentStart - gap - thickness / 2, width);
            items.Add(new RuleItem("pullquote-rule", new Point(x, y), new Point(x, y + body.Height), thickness, style.Rule.Color));
        }
        y += body.Height;
        if (thickness > 0 && placement == PullQuoteRulePlacement.AboveAndBelow)
        {
            y += gap;
            items.Add(HorizontalRule(style.Rule, y + thickness / 2, ruleFrom, ruleTo));
            y += thickness;
        }
        return new FrameBlock(new Frame(width, y, items))
        {
            Role = "pullquote",
            SpaceBefore = style.Text.SpaceBefore,
            SpaceAfter = style.Text.SpaceAfter,
            Floats = scope.TopLevel,
            Illustrates = true,
        };
    }

    private static RuleItem HorizontalRule(RuleStyle rule, double y, double from, double to) =>
        new("pullquote-rule", new Point(from, y), new Point(to, y), rule.Thickness, rule.Color);

    private static Frame WithSideRule(Frame line, double x, RuleStyle rule) =>
        line with { Items = [new RuleItem("quote-rule", new Point(x, 0), new Point(x, line.Height), rule.Thickness, rule.Color), .. line.Items] };

    /// <summary>
    /// The attribution's element in its quote: read after the quote's text, which it follows in the
    /// source (its own line, or just after the quote's start when it has no text of its own).
    /// </summary>
    private static StructureElement Attribution(StructureElement quote, IReadOnlyList<Inline> attribution, SourceLocation at) =>
        new(StructureKind.Attribution, quote, attribution.Count > 0 ? Math.Max(attribution[0].Location.Line, at.Line) + AttributionOrderOffset : at.Line + AttributionOrderOffset);

    /// <summary>
    /// An attribution is the quote's last paragraph: on its own source line it would sort after the
    /// paragraphs anyway; the half line keeps it after a paragraph that shares its line.
    /// </summary>
    private const double AttributionOrderOffset = 0.5;

    /// <summary>Attributions print with an em dash before the name, however the author typed it.</summary>
    private static IReadOnlyList<Inline> Dash(IReadOnlyList<Inline> attribution, SourceLocation quote) =>
        [new TextRun(attribution.Count > 0 ? attribution[0].Location : quote, "\u2014\u00A0", InlineStyle.None), .. attribution];
}
