using Pamphlet.Documents;
using Pamphlet.Layouts;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// What of the statement a poster can show: the figure, the key quote, the demands, the slogan and
/// the signature. Body paragraphs stay off the poster unless a <c>::: poster</c> div says what to show
/// instead of the automatic quote.
/// </summary>
internal sealed record PosterMaterial(
    Figure? Figure,
    IReadOnlyList<Block> Quote,
    DemandBox? Demands,
    Slogan? Slogan,
    Signature? Signature,
    string? Url)
{
    public static PosterMaterial From(Document document)
    {
        var blocks = Flatten(document.Blocks).ToList();
        var posterDiv = blocks.OfType<Container>().FirstOrDefault(c => c.Name == "poster");
        var pullQuotes = blocks.OfType<PullQuote>().ToList();
        var marked = pullQuotes.FirstOrDefault(q => q.Classes.Contains("poster", StringComparer.OrdinalIgnoreCase));
        IReadOnlyList<Block> quote = posterDiv is not null ? posterDiv.Blocks
            : (marked ?? pullQuotes.FirstOrDefault()) is { } chosen ? [chosen]
            : [];
        document.FrontMatter.Extra.TryGetValue("url", out var url);
        return new PosterMaterial(
            blocks.OfType<Figure>().FirstOrDefault() is { } figure ? figure with { Focus = document.FocusOf(figure) } : null,
            quote,
            blocks.OfType<DemandBox>().FirstOrDefault(),
            blocks.OfType<Slogan>().LastOrDefault(),
            blocks.OfType<Signature>().LastOrDefault(),
            string.IsNullOrWhiteSpace(url) ? null : url.Trim());
    }

    /// <summary>
    /// <paramref name="region"/> with its key quote or slogan decided: the quote when the statement has
    /// one, else the slogan. Fitting then treats it as any region showing that content.
    /// </summary>
    public PosterRegion Chosen(PosterRegion region) =>
        region.Content.Contains(PosterContent.QuoteOrSlogan)
            ? region with { Content = [.. region.Content.Select(c => c == PosterContent.QuoteOrSlogan ? (Quote.Count > 0 ? PosterContent.Quote : PosterContent.Slogan) : c)] }
            : region;

    /// <summary>Blocks at any depth of unknown containers (their content is ordinary text), but not inside the poster div.</summary>
    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            if (block is Container { Name: not "poster" } c)
            {
                foreach (var inner in Flatten(c.Blocks)) yield return inner;
            }
        }
    }
}
