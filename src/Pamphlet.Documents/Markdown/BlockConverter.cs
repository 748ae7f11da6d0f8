using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Pamphlet.Diagnostics;
using Md = Markdig.Syntax;

namespace Pamphlet.Documents.Markdown;

/// <summary>Turns Markdig's block tree into the document's semantic blocks.</summary>
internal sealed class BlockConverter
{
    public const string TableWarning = "tables are not supported; each row was set as a paragraph";

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
            case YamlFrontMatterBlock or Md.LinkReferenceDefinitionGroup or Md.LinkReferenceDefinition or Md.BlankLineBlock:
                break;
            case Md.ParagraphBlock paragraph:
                output.Add((Block?)figures.TryRead(paragraph) ?? new Paragraph(at, inlines.ConvertFinished(paragraph.Inline)));
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
                output.Add(CodeAsParagraph(code, at));
                break;
            default:
                context.Diagnostics.Warn(at, $"this kind of Markdown block ({block.GetType().Name}) is not supported; it was left out");
                break;
        }
    }

    /// <summary>
    /// The blocks of a quote and its attribution: the last line(s) of the last paragraph when they
    /// start with a dash. Shared by "&gt;" quotes and "::: pullquote".
    /// </summary>
    public (List<Block> Blocks, IReadOnlyList<Inline>? Attribution) ConvertQuoted(Md.ContainerBlock container)
    {
        var children = container.ToList();
        if (children.Count == 0 || children[^1] is not Md.ParagraphBlock last || FigureReader.IsFigure(last))
        {
            return (ConvertAll(children), null);
        }

        var blocks = ConvertAll(children.Take(children.Count - 1));
        var drafts = inlines.Convert(last.Inline);
        InlineDrafts.Punctuate(drafts, context.Quotes);
        var attribution = AttributionSplitter.TakeTrailing(drafts, mayTakeWholeParagraph: blocks.Count > 0);
        if (drafts.Count > 0)
        {
            blocks.Add(new Paragraph(context.LineOf(last), InlineDrafts.Freeze(drafts)));
        }

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
                items.Add(new ListItem(context.LineOf(item), ConvertAll(item)));
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
