using Pamphlet.Composition.Flow;
using Pamphlet.Documents;
using Pamphlet.Layouts;
using Pamphlet.Pages;

namespace Pamphlet.Composition;

/// <summary>
/// Turns the document's blocks into flow blocks, in order, one composer per block kind. Keeps the
/// small amount of state typography needs across blocks: a paragraph that opens a section is not
/// indented, and the block before the signature stays with it.
/// </summary>
public sealed class BlockComposer(CompositionContext context)
{
    private readonly FigureComposer figures = new(context);
    private readonly QuoteComposer quotes = new(context);
    private readonly ListComposer lists = new(context);
    private readonly DemandsComposer demands = new(context);

    public List<FlowBlock> Compose(IReadOnlyList<Block> blocks)
    {
        var flow = new List<FlowBlock>();
        var openingParagraph = true;
        foreach (var block in blocks)
        {
            if (block is Signature && flow.Count > 0) flow[^1].KeepWithNext = true;
            foreach (var composed in ComposeOne(block, openingParagraph))
            {
                composed.Location ??= block.Location;
                flow.Add(composed);
            }
            // Figures and pull quotes float, so they do not interrupt the text: the paragraph after one
            // is indented as if they were not there.
            if (block is not (Figure or PullQuote)) openingParagraph = block is Heading or SectionBreak or DemandBox or BlockQuote or ListBlock;
        }
        return flow;
    }

    private IEnumerable<FlowBlock> ComposeOne(Block block, bool openingParagraph)
    {
        var styles = context.Layout.Styles;
        var width = context.ColumnWidth;
        switch (block)
        {
            case Paragraph p:
                yield return Paragraph(p.Content, openingParagraph);
                break;
            case Heading h:
                var style = h.Level <= 2 ? styles.Heading : styles.Subheading;
                var spans = context.Inlines.Flatten(h.Content, style, h.Level <= 2 ? "heading" : "subheading");
                yield return new FrameBlock(context.Text.Block(spans, style, width, balance: true))
                {
                    Role = "heading", SpaceBefore = style.SpaceBefore, SpaceAfter = style.SpaceAfter, KeepWithNext = true,
                };
                break;
            case ListBlock l:
                foreach (var b in lists.Compose(l, styles.Body, "body")) yield return b;
                break;
            case BlockQuote q:
                foreach (var b in quotes.BlockQuote(q)) yield return b;
                break;
            case PullQuote pq:
                yield return quotes.PullQuote(pq);
                break;
            case DemandBox d:
                yield return demands.Compose(d);
                break;
            case Figure f:
                yield return figures.Compose(f);
                break;
            case Slogan s:
                yield return Closing(s.Blocks, styles.Slogan, "slogan");
                break;
            case Signature s:
                yield return Closing(s.Blocks, styles.Signature, "signature");
                break;
            case SectionBreak br:
                var ornament = styles.SectionBreak;
                var ornamentSpans = context.Inlines.FlattenText(ornament.Ornament, ornament.Text, "ornament", br.Location);
                yield return new FrameBlock(context.Text.Block(ornamentSpans, ornament.Text, width, TextAlign.Center))
                {
                    Role = "ornament", SpaceBefore = ornament.Text.SpaceBefore, SpaceAfter = ornament.Text.SpaceAfter,
                };
                break;
            case Container { Name: "poster" }:
                // Poster-only content: a poster layout shows it; the pamphlet has the full text already.
                break;
            case Container c:
                foreach (var b in Compose(c.Blocks)) yield return b;
                break;
        }
    }

    /// <summary>A body paragraph: indented unless it opens a section (indent mode), or spaced (space mode).</summary>
    public FlowBlock Paragraph(IReadOnlyList<Inline> content, bool opening)
    {
        var text = context.Layout.Text;
        var style = context.Layout.Styles.Body;
        var indentMode = text.Separation == ParagraphSeparation.Indent;
        var indent = indentMode && !opening ? text.Indent : 0;
        var lines = context.Text.Lines(context.Inlines.Flatten(content, style, "body"), style, context.ColumnWidth, indent);
        return new LinesBlock(lines, text.Orphans, text.Widows)
        {
            Role = "body",
            SpaceBefore = indentMode ? style.SpaceBefore : Math.Max(style.SpaceBefore, text.ParagraphSpace),
            SpaceAfter = style.SpaceAfter,
        };
    }

    /// <summary>Slogan and signature: set whole, in their own style, never split.</summary>
    private FrameBlock Closing(IReadOnlyList<Block> blocks, TextStyle style, string role)
    {
        var frames = new List<Frame>();
        foreach (var block in blocks)
        {
            var inlines = block switch
            {
                Paragraph p => p.Content,
                Heading h => h.Content,
                _ => null,
            };
            if (inlines is null) continue;
            frames.AddRange(context.Text.Lines(context.Inlines.Flatten(inlines, style, role), style, context.ColumnWidth, hyphenate: false, balance: role == "slogan"));
        }
        return new FrameBlock(TextComposer.Stack(frames, context.ColumnWidth))
        {
            Role = role, SpaceBefore = style.SpaceBefore, SpaceAfter = style.SpaceAfter, StaysLast = role == "signature",
        };
    }
}
