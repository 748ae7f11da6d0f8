using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;

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
                output.Add(new Slogan(at, blocks.ConvertAll(div)));
                break;
            case SignatureName:
                output.Add(new Signature(at, blocks.ConvertAll(div)));
                break;
            case PosterName:
                output.Add(new Container(at, name, classes, blocks.ConvertAll(div)));
                break;
            default:
                context.Diagnostics.Warn(at,
                    $"unknown block '{(name.Length == 0 ? ":::" : "::: " + name)}'; its content is set as ordinary text. " +
                    $"Known blocks: {PullQuoteName}, {DemandsName}, {SloganName}, {SignatureName}");
                output.AddRange(blocks.ConvertAll(div));
                break;
        }
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
    /// "::: demands": the first heading inside is the box title, the first list the demands, and
    /// everything else is kept, in order, as other content.
    /// </summary>
    private DemandBox? Demands(CustomContainer div)
    {
        var at = context.LineOf(div);
        var content = blocks.ConvertAll(div);
        var title = content.OfType<Heading>().FirstOrDefault();
        var list = content.OfType<ListBlock>().FirstOrDefault();
        if (list is null)
        {
            context.Diagnostics.Error(at,
                "the '::: demands' block has no list; write the demands as a `-` or `1.` list inside it");
            return null;
        }

        var other = content.Where(block => !ReferenceEquals(block, title) && !ReferenceEquals(block, list)).ToList();
        return new DemandBox(at, title?.Content, list, other);
    }
}
