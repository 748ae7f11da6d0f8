using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Md = Markdig.Syntax;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Turns Markdig's block tree into the document's semantic blocks. Counts how deeply containers
/// (quotes, lists, ::: blocks, notes) nest, and refuses content beyond <see cref="NestingLimit.MaxDepth"/>.
/// </summary>
internal sealed class BlockConverter
{
    public const string TableWarning = "tables are not supported; each row was set as a paragraph";

    public const string UnclosedCodeWarning =
        "this code block has no closing fence, so everything after it down to the end of its container is set as code; " +
        "add a line with the same ``` (or ~~~) where the code ends";

    /// <summary>Containers around the blocks being converted: 0 at the statement's top level.</summary>
    private int depth;

    /// <summary>Containers around the blocks being converted that are not plain unknown ::: blocks (those are transparent).</summary>
    private int structureDepth;

    /// <summary>Over-deep nesting is reported once: one error says what to change.</summary>
    private bool depthReported;

    /// <summary>Printed between the cells of a table row set as a paragraph.</summary>
    private const string CellSeparator = " \u00B7 ";

    private readonly ReaderContext context;
    private readonly InlineConverter inlines;
    private readonly FigureReader figures;
    private readonly FencedDivConverter divs;

    public BlockConverter(ReaderContext context)
    {
        this.context = context;
        inlines = new InlineConverter(context);
        figures = new FigureReader(context, inlines);
        divs = new FencedDivConverter(context, this);
    }

    public InlineConverter Inlines => inlines;

    /// <summary>
    /// Whether the blocks being converted stand at the statement's top level, or inside unknown
    /// ::: blocks only (which are ordinary text): where a poster can find its material.
    /// </summary>
    public bool AtTopLevel => structureDepth == 0;

    /// <summary>Whether the children of a container opened here would be nested deeper than the limit.</summary>
    public bool ChildrenTooDeep => depth + 1 > NestingLimit.MaxDepth;

    /// <summary>
    /// The blocks of a container, one level deeper than the container. Beyond <see cref="NestingLimit.MaxDepth"/>
    /// levels the content is an error at its first line and is not read further. A <paramref name="transparent"/>
    /// container (an unknown ::: block) counts towards the limit but leaves its content at the level it is at.
    /// </summary>
    public List<Block> ConvertNested(IEnumerable<Md.Block> children, bool transparent = false)
    {
        var list = children.ToList();
        if (ChildrenTooDeep)
        {
            if (!depthReported && list.Count > 0)
            {
                depthReported = true;
                context.Diagnostics.Error(context.LineOf(list[0]), NestingLimit.TooDeepMessage);
            }

            return [];
        }

        depth++;
        structureDepth += transparent ? 0 : 1;
        try
        {
            return ConvertAll(list);
        }
        finally
        {
            depth--;
            structureDepth -= transparent ? 0 : 1;
        }
    }

    /// <summary>Images found inside text since the last call, set as figures after what was just read.</summary>
    public void AppendDisplacedFigures(List<Block> output)
    {
        foreach (var image in inlines.TakeDisplacedImages())
        {
            output.Add(figures.ReadDisplaced(image));
        }
    }

    public List<Block> ConvertAll(IEnumerable<Md.Block> blocks)
    {
        var output = new List<Block>();
        foreach (var block in blocks)
        {
            Convert(block, output);
        }

        return output;
    }

    /// <summary>Appends what <paramref name="block"/> becomes: usually one block, none for ignored input, several for spliced divs.</summary>
    public void Convert(Md.Block block, List<Block> output)
    {
        var at = context.LineOf(block);
        switch (block)
        {
            // Front matter is read on its own; it is a code block to Markdig, so it must come first.
            // Footnotes are read on their own, as endnotes (see EndnoteReader).
            case YamlFrontMatterBlock or Md.LinkReferenceDefinition or Md.BlankLineBlock or FootnoteGroup:
                break;
            case Md.LinkReferenceDefinitionGroup definitions:
                // A note's text inside a quote or list is read by Markdig as a link definition labelled "^…".
                foreach (var definition in definitions.OfType<Md.LinkReferenceDefinition>())
                {
                    if (definition is not FootnoteLinkReferenceDefinition && definition.Label?.StartsWith('^') == true)
                    {
                        context.Diagnostics.Warn(context.LineOf(definition), MissingNotes.MisplacedNote(definition.Label));
                    }
                }

                break;
            case Md.ParagraphBlock paragraph:
                if (figures.TryRead(paragraph) is { } figure)
                {
                    output.Add(figure);
                }
                else if (inlines.ConvertFinished(paragraph.Inline) is { } content && !IsBlank(content))
                {
                    // A paragraph that held only images is left empty by moving them out: nothing to set.
                    output.Add(new Paragraph(at, content));
                }

                break;
            case Md.HeadingBlock heading:
                output.Add(new Heading(at, HeadingLevel(heading.Level), inlines.ConvertFinished(heading.Inline)));
                break;
            case Md.ListBlock list:
                output.Add(ConvertList(list));
                break;
            case Md.ThematicBreakBlock:
                output.Add(new SectionBreak(at));
                break;
            case Md.QuoteBlock quote:
                var (quoteBlocks, attribution) = ConvertQuoted(quote);
                output.Add(new BlockQuote(at, quoteBlocks, attribution));
                break;
            case CustomContainer div:
                divs.Convert(div, output);
                break;
            case Table table:
                context.Diagnostics.Warn(at, TableWarning);
                output.AddRange(TableRows(table));
                break;
            case Md.HtmlBlock:
                context.Diagnostics.Warn(at, InlineConverter.RawHtmlWarning);
                break;
            case Md.CodeBlock code:
                if (code is Md.FencedCodeBlock { ClosingFencedCharCount: 0 })
                {
                    context.Diagnostics.Warn(at, UnclosedCodeWarning);
                }

                output.Add(CodeAsParagraph(code, at));
                break;
            default:
                context.Diagnostics.Warn(at, $"this kind of Markdown block ({block.GetType().Name}) is not supported; it was left out");
                break;
        }

        AppendDisplacedFigures(output);
    }

    /// <summary>Content with nothing to print: no text but spaces, no note reference.</summary>
    private static bool IsBlank(IReadOnlyList<Inline> content) =>
        content.All(inline => inline is TextRun run && string.IsNullOrWhiteSpace(run.Text));

    /// <summary>
    /// The blocks of a quote and its attribution: the last line(s) of the last paragraph when they
    /// start with a dash. Shared by "&gt;" quotes and "::: pullquote".
    /// </summary>
    public (List<Block> Blocks, IReadOnlyList<Inline>? Attribution) ConvertQuoted(Md.ContainerBlock container)
    {
        var children = container.ToList();
        if (children.Count == 0 || children[^1] is not Md.ParagraphBlock last || FigureReader.IsFigure(last) || ChildrenTooDeep)
        {
            return (ConvertNested(children), null);
        }

        var blocks = ConvertNested(children.Take(children.Count - 1));
        var drafts = inlines.Convert(last.Inline);
        InlineDrafts.Punctuate(drafts, context.Quotes);
        var attribution = AttributionSplitter.TakeTrailing(drafts, mayTakeWholeParagraph: blocks.Count > 0);
        if (drafts.Count > 0)
        {
            blocks.Add(new Paragraph(context.LineOf(last), InlineDrafts.Freeze(drafts)));
        }

        AppendDisplacedFigures(blocks);
        return (blocks, attribution is null ? null : InlineDrafts.Freeze(attribution));
    }

    /// <summary>"#" after the title and "##" are sections (2); "###" and deeper are subheadings (3).</summary>
    private static int HeadingLevel(int markdownLevel) => Math.Clamp(markdownLevel, 2, 3);

    private ListBlock ConvertList(Md.ListBlock list)
    {
        var items = new List<ListItem>();
        foreach (var child in list)
        {
            if (child is Md.ListItemBlock item)
            {
                items.Add(new ListItem(context.LineOf(item), ConvertNested(item)));
            }
        }

        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var number) ? number : 1;
        return new ListBlock(context.LineOf(list), list.IsOrdered, start, items);
    }

    private IEnumerable<Block> TableRows(Table table)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var drafts = new List<InlineDraft>();
            foreach (var cell in row.OfType<TableCell>())
            {
                if (drafts.Count > 0)
                {
                    drafts.Add(new TextDraft(context.PositionOf(cell), CellSeparator, InlineStyle.None, verbatim: true));
                }

                foreach (var paragraph in cell.OfType<Md.ParagraphBlock>())
                {
                    drafts.AddRange(inlines.Convert(paragraph.Inline));
                }
            }

            InlineDrafts.Punctuate(drafts, context.Quotes);
            yield return new Paragraph(context.LineOf(row), InlineDrafts.Freeze(drafts));
        }
    }

    /// <summary>The layouts have no monospace face: a code block is set as its lines, in code style, with hard breaks.</summary>
    private Paragraph CodeAsParagraph(Md.CodeBlock code, SourceLocation at)
    {
        var content = new List<Inline>();
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            var lineAt = new SourceLocation(context.SourcePath, line.Line + 1);
            if (i > 0)
            {
                content.Add(new LineBreak(lineAt));
            }

            var text = line.Slice.ToString();
            if (text.Length > 0)
            {
                content.Add(new TextRun(lineAt, text, InlineStyle.Code));
            }
        }

        return new Paragraph(at, content);
    }
}
