using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// Turns the document's blocks into flow blocks, in order, one composer per block kind. Every
/// container (quote, list item, pull quote, slogan, signature, demand box, note) composes its
/// content here too, in its own <see cref="BlockScope"/>, so any block Markdown can nest is set
/// wherever it is nested. Keeps the small amount of state typography needs across blocks: a
/// paragraph that opens a section is not indented, and the block before the signature stays with it.
/// </summary>
internal sealed class BlockComposer
{
    private readonly CompositionContext context;
    private readonly FigureComposer figures;
    private readonly QuoteComposer quotes;
    private readonly ListComposer lists;
    private readonly DemandsComposer demands;
    private readonly EndnotesComposer endnotes;

    public BlockComposer(CompositionContext context)
    {
        this.context = context;
        figures = new FigureComposer(context);
        quotes = new QuoteComposer(context, this);
        lists = new ListComposer(context, this);
        demands = new DemandsComposer(context, this, lists);
        endnotes = new EndnotesComposer(context, lists);
    }

    /// <summary>The statement's own blocks, in its column.</summary>
    /// <param name="measure">The width of the column the statement is set in: a pamphlet's column, a poster region's text.</param>
    public List<FlowBlock> Compose(IReadOnlyList<Block> blocks, double measure) => Compose(blocks, TopLevel(measure));

    /// <summary>The scope of the statement's column: body text at the top level.</summary>
    internal BlockScope TopLevel(double measure)
    {
        var text = context.Layout.Text;
        var body = context.Layout.Styles.Body;
        return new BlockScope
        {
            Text = body,
            Role = "body",
            Parent = context.Structure,
            Width = measure,
            IndentsParagraphs = true,
            ParagraphSpace = text.Separation == ParagraphSeparation.Indent ? body.SpaceBefore : Math.Max(body.SpaceBefore, text.ParagraphSpace),
        };
    }

    /// <summary>Blocks in a scope: the statement's column or the inside of a container.</summary>
    internal List<FlowBlock> Compose(IReadOnlyList<Block> blocks, BlockScope scope)
    {
        var flow = new List<FlowBlock>();
        var openingParagraph = true;
        foreach (var block in blocks)
        {
            if (block is Signature && flow.Count > 0 && scope.TopLevel) flow[^1].KeepWithNext = true;
            foreach (var composed in ComposeOne(block, scope, openingParagraph))
            {
                composed.Location ??= block.Location;
                // Inside a quote only paragraphs keep their spacing: everything else follows flush, so the side rule is unbroken.
                if (scope.Flush && block is not Paragraph) composed.SpaceBefore = composed.SpaceAfter = 0;
                // A box held by the block before it (a heading) stays with it rather than float away.
                if (composed is PanelBlock && flow.Count > 0 && flow[^1].KeepWithNext) composed.Floats = false;
                flow.Add(composed);
            }
            // Figures and pull quotes float, so they do not interrupt the text: the paragraph after one
            // is indented as if they were not there.
            if (block is not (Figure or PullQuote)) openingParagraph = block is Heading or SectionBreak or DemandBox or BlockQuote or ListBlock or Endnotes;
        }
        return flow;
    }

    private IEnumerable<FlowBlock> ComposeOne(Block block, BlockScope scope, bool openingParagraph)
    {
        switch (block)
        {
            case Paragraph p:
                var paragraph = scope.ParagraphsAreParent ? scope.Parent : Element(StructureKind.Paragraph, scope, block);
                yield return ParagraphBlock(p.Content, scope, openingParagraph, paragraph);
                break;
            case Heading h:
                yield return HeadingBlock(h, scope);
                break;
            case ListBlock l:
                foreach (var b in lists.Compose(l, scope)) yield return b;
                break;
            case BlockQuote q:
                foreach (var b in quotes.BlockQuote(q, scope)) yield return b;
                break;
            case PullQuote pq:
                yield return quotes.PullQuote(pq, scope);
                break;
            case DemandBox d:
                yield return demands.Compose(d, scope);
                break;
            case Figure f:
                yield return figures.Compose(f, scope);
                break;
            case Slogan s:
                yield return Closing(s.Blocks, context.Layout.Styles.Slogan, "slogan", scope, Element(StructureKind.Slogan, scope, block));
                break;
            case Signature s:
                yield return Closing(s.Blocks, context.Layout.Styles.Signature, "signature", scope, Element(StructureKind.Signature, scope, block));
                break;
            case SectionBreak br:
                yield return Ornament(br, scope);
                break;
            case Endnotes notes:
                foreach (var b in endnotes.Compose(notes, scope)) yield return b;
                break;
            case Container { Name: "poster" }:
                // Poster-only content: a poster layout shows it; the pamphlet has the full text already.
                break;
            case Container c:
                // An unknown ::: block is ordinary text: its content is set as if the block were not there.
                foreach (var b in Compose(c.Blocks, scope)) yield return b;
                break;
        }
    }

    /// <summary>The structure element of <paramref name="block"/> in <paramref name="scope"/>: read in its source line's place.</summary>
    internal static StructureElement Element(StructureKind kind, BlockScope scope, Block block) => new(kind, scope.Parent, block.Location.Line);

    /// <summary>
    /// A paragraph in the scope's style. In running text (the column, a quote) a paragraph after
    /// another is indented in indent mode; every paragraph but the container's first takes the
    /// scope's paragraph space.
    /// </summary>
    private LinesBlock ParagraphBlock(IReadOnlyList<Inline> content, BlockScope scope, bool opening, StructureElement element)
    {
        var text = context.Layout.Text;
        var style = scope.Text;
        var indent = scope.IndentsParagraphs && text.Separation == ParagraphSeparation.Indent && !opening ? text.Indent : 0;
        var spans = context.Inlines.Flatten(content, style, scope.Role);
        var lines = context.Text.Lines(spans, style, scope.Width, indent, hyphenate: scope.Hyphenate, balance: scope.Balance, structure: element);
        return new LinesBlock(lines, text.Orphans, text.Widows)
        {
            // Pagination sets it again when a line that would end a column ends with a hyphen.
            Rebreak = k => lines.Count > k && LinesBlock.EndsWithHyphen(lines[k])
                ? context.Text.Lines(spans, style, scope.Width, indent, hyphenate: scope.Hyphenate, balance: scope.Balance, structure: element, unhyphenatedLine: k)
                : null,
            Role = scope.Role,
            SpaceBefore = scope.ParagraphSpace,
            SpaceAfter = scope.TopLevel ? style.SpaceAfter : 0,
        };
    }

    /// <summary>
    /// "##" and "###" at the top level take the heading styles; a heading inside a container is set
    /// in the container's type, bold, and stays with what follows.
    /// </summary>
    private FrameBlock HeadingBlock(Heading heading, BlockScope scope)
    {
        var element = new StructureElement(heading.Level <= 2 ? StructureKind.Heading : StructureKind.Subheading, scope.Parent, heading.Location.Line)
        {
            Title = Inline.PlainText(heading.Content),
        };
        if (scope.TopLevel)
        {
            var styles = context.Layout.Styles;
            var style = heading.Level <= 2 ? styles.Heading : styles.Subheading;
            var spans = context.Inlines.Flatten(heading.Content, style, heading.Level <= 2 ? "heading" : "subheading");
            return new FrameBlock(context.Text.Block(spans, style, scope.Width, balance: true, structure: element))
            {
                Role = "heading",
                SpaceBefore = style.SpaceBefore,
                SpaceAfter = style.SpaceAfter,
                KeepWithNext = true,
                OpensSection = true,
                IsHeading = true,
            };
        }

        var bold = scope.Text with { Font = scope.Text.Font with { Weight = FontWeight.Bold } };
        var role = scope.Role + "-heading";
        var lines = context.Text.Lines(context.Inlines.Flatten(heading.Content, bold, role), bold, scope.Width, hyphenate: false, balance: scope.Balance, structure: element);
        return new FrameBlock(TextComposer.Stack(lines, scope.Width))
        {
            Role = role,
            SpaceBefore = scope.ParagraphSpace,
            KeepWithNext = true,
        };
    }

    /// <summary>"---": the ornament centred between the scope's indents. It is decoration (an artifact): the text around it says what it separates.</summary>
    private FrameBlock Ornament(SectionBreak sectionBreak, BlockScope scope)
    {
        var ornament = context.Layout.Styles.SectionBreak;
        var style = scope.Within(ornament.Text);
        var spans = Text.InlineFlattener.FlattenText(ornament.Ornament, style, "ornament", sectionBreak.Location);
        return new FrameBlock(context.Text.Block(spans, style, scope.Width, TextAlign.Center))
        {
            Role = "ornament",
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            OpensSection = scope.TopLevel,
        };
    }

    /// <summary>
    /// Slogan and signature: their content set whole in their own style (never hyphenated, balanced by
    /// sense where a line wraps: "Wrenfield Housing / Commons Study Group", not a name's last word alone on a
    /// card), never split. Lists, quotes and headings inside keep the closing's type.
    /// Their paragraphs are the text of <paramref name="element"/> itself.
    /// </summary>
    private FrameBlock Closing(IReadOnlyList<Block> blocks, TextStyle style, string role, BlockScope scope, StructureElement element)
    {
        var closing = Display(scope, style, role, balance: true) with { Parent = element, ParagraphsAreParent = true };
        var frame = FlowStack.ToFrame(Compose(blocks, closing), scope.Width);
        return new FrameBlock(frame)
        {
            Role = role,
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            StaysLast = role == "signature" && scope.TopLevel,
        };
    }

    /// <summary>
    /// The inside of a display block (pull quote, slogan, signature): its style within the
    /// surrounding scope's indents; unhyphenated paragraphs stacked without indent or space; nested
    /// lists, quotes and headings in the same type.
    /// </summary>
    internal static BlockScope Display(BlockScope scope, TextStyle style, string role, bool balance) =>
        scope.Nested(style, style.IndentStart, style.IndentEnd) with
        {
            Role = role,
            KeepsType = true,
            Flush = false,
            IndentsParagraphs = false,
            ParagraphSpace = 0,
            Balance = balance,
            Hyphenate = false,
        };
}
