using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Pamphlet.Documents.Model;
using Md = Markdig.Syntax;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Fenced divs (<c>::: name</c> or <c>::: {.name .other}</c>) become the styled blocks they name;
/// unknown names are set as ordinary text with a warning.
/// </summary>
internal sealed class FencedDivConverter(ReaderContext context, BlockConverter blocks)
{
    public const string PullQuoteName = "pullquote";
    public const string DemandsName = "demands";
    public const string SloganName = "slogan";
    public const string SignatureName = "signature";

    /// <summary>Known to later issues (posters) and carried through untouched, without a warning.</summary>
    public const string PosterName = "poster";

    public void Convert(CustomContainer div, List<Block> output)
    {
        var at = context.LineOf(div);
        var (name, classes) = NameAndClasses(div);
        if (div.ClosingFencedCharCount == 0)
        {
            context.Diagnostics.Error(at, UnclosedMessage(div, name));
        }

        if (name.Equals(PosterName, StringComparison.OrdinalIgnoreCase) && !blocks.AtTopLevel)
        {
            context.Diagnostics.Warn(at,
                $"a '::: {PosterName}' block is only found by posters at the top level of the statement, not inside a quote, list or " +
                "other block; its content is set here as ordinary text. Move it out to show it on posters");
            output.AddRange(blocks.ConvertNested(div, transparent: true));
            return;
        }

        switch (name.ToLowerInvariant())
        {
            case PullQuoteName:
                var (quoted, attribution) = blocks.ConvertQuoted(div);
                output.Add(new PullQuote(at, quoted, attribution, classes));
                break;
            case DemandsName:
                if (Demands(div) is { } demands)
                {
                    output.Add(demands);
                }

                break;
            case SloganName:
                output.Add(new Slogan(at, blocks.ConvertNested(div)));
                break;
            case SignatureName:
                output.Add(new Signature(at, blocks.ConvertNested(div)));
                break;
            case PosterName:
                output.Add(new Container(at, name, classes, blocks.ConvertNested(div)));
                break;
            default:
                context.Diagnostics.Warn(at,
                    $"unknown block '{(name.Length == 0 ? ":::" : "::: " + name)}'; its content is set as ordinary text. " +
                    $"Known blocks: {PullQuoteName}, {DemandsName}, {SloganName}, {SignatureName}");
                output.AddRange(blocks.ConvertNested(div, transparent: true));
                break;
        }
    }

    /// <summary>
    /// Markdig closes a ::: block at the first ":::" line it can, so an unclosed block either runs to
    /// the end of the statement or ends with the block or quote around it; the message says which,
    /// and what to write.
    /// </summary>
    private string UnclosedMessage(CustomContainer div, string name)
    {
        var shown = name.Length == 0 ? ":::" : "::: " + name;
        for (var parent = div.Parent; parent is not null and not Md.MarkdownDocument; parent = parent.Parent)
        {
            if (parent is CustomContainer { ClosingFencedCharCount: > 0 } outer)
            {
                var (outerName, _) = NameAndClasses(outer);
                return $"the '{shown}' block has no closing line of its own: the first ':::' after it closed the enclosing " +
                    $"'::: {outerName}' block (line {context.LineOf(outer).Line}) instead. Open and close the enclosing block with " +
                    "a longer fence (':::: " + outerName + "' … '::::') so the inner ':::' closes the inner block";
            }

            if (parent is Footnote)
            {
                return $"the '{shown}' block inside a note has no closing line of its own: in a note, Markdown ends a ::: block at " +
                    "its first blank line. Write the block without blank lines inside it, or move it out of the note";
            }

            if (parent is Md.QuoteBlock or Md.ListItemBlock)
            {
                return $"the '{shown}' block has no closing ':::' line, so it ends wherever the quote or list item around it ends; " +
                    "add a ':::' line (with the same '>' or indentation) where the block ends";
            }
        }

        return name.Length == 0
            ? "this ':::' line has no block to close, so it opens an unnamed block that runs to the end of the statement. " +
                "If it was meant to close a block inside another block, open and close the outer block with a longer fence " +
                "(':::: name' … '::::'); otherwise delete the line"
            : $"the '{shown}' block has no closing ':::' line, so it runs to the end of the statement; add a line ':::' where it ends";
    }

    /// <summary>
    /// The name is the word after the colons, else the first class of <c>{.name .other}</c>. The other
    /// classes, and any further words after the name, are the block's classes (e.g. "poster").
    /// </summary>
    private static (string Name, IReadOnlyList<string> Classes) NameAndClasses(CustomContainer div)
    {
        var attributeClasses = div.TryGetAttributes()?.Classes ?? [];
        var words = (div.Arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var name = div.Info?.Trim() is { Length: > 0 } info ? info : attributeClasses.FirstOrDefault() ?? string.Empty;
        var classes = attributeClasses.Concat(words)
            .Where(c => !string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (name, classes);
    }

    /// <summary>
    /// "::: demands": a heading that opens the box is its title; everything else is kept, in order,
    /// as the box's content (introduction, lists of demands, closing line, later headings).
    /// </summary>
    private DemandBox? Demands(CustomContainer div)
    {
        var at = context.LineOf(div);
        var tooDeep = blocks.ChildrenTooDeep;
        var content = blocks.ConvertNested(div);
        var title = content.FirstOrDefault() as Heading;
        if (!content.OfType<ListBlock>().Any())
        {
            // Content refused for nesting too deep is already an error of its own.
            if (!tooDeep)
            {
                context.Diagnostics.Error(at,
                    "the '::: demands' block has no list; write the demands as a `-` or `1.` list inside it");
            }

            return null;
        }

        return new DemandBox(at, title?.Content, content.Where(block => !ReferenceEquals(block, title)).ToList());
    }
}
