using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// What of the statement a poster can show: the figure, the key quote, the demands, the slogan and
/// the signature, and from the front matter the title, subtitle, author, date and url. Body paragraphs
/// stay off the poster unless a <c>::: poster</c> div says what to show instead of the automatic quote.
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
        var signature = blocks.OfType<Signature>().LastOrDefault();
        var fm = document.FrontMatter;
        return new PosterMaterial(
            blocks.OfType<Figure>().FirstOrDefault() is { } figure ? figure with { Focus = document.FocusOf(figure) } : null,
            quote,
            blocks.OfType<DemandBox>().FirstOrDefault(),
            blocks.OfType<Slogan>().LastOrDefault(),
            signature,
            string.IsNullOrWhiteSpace(url) ? null : url.Trim())
        {
            HasTitle = document.Title.Count > 0,
            Subtitle = string.IsNullOrWhiteSpace(fm.Subtitle) ? null : fm.Subtitle,
            Author = string.IsNullOrWhiteSpace(fm.Author) ? null : fm.Author,
            Date = fm.Date is { } date && !IsDated(signature, date) ? date : null,
        };
    }

    /// <summary>
    /// <paramref name="region"/> with its key quote or slogan decided: the quote when the statement has
    /// one, else the slogan. Fitting then treats it as any region showing that content.
    /// </summary>
    public PosterRegion Chosen(PosterRegion region) =>
        region.Content.Contains(PosterContent.QuoteOrSlogan)
            ? region with { Content = [.. region.Content.Select(c => c == PosterContent.QuoteOrSlogan ? (Quote.Count > 0 ? PosterContent.Quote : PosterContent.Slogan) : c)] }
            : region;

    /// <summary>
    /// This material with the signature's lines run on as one paragraph (<see cref="SignatureLines.OnOneLine"/>), for a
    /// region whose <c>when-too-long</c> says <c>one-line</c>; null when the signature is one line already.
    /// </summary>
    public PosterMaterial? WithSignatureOnOneLine(string language) =>
        Signature is { } signature && SignatureLines.OnOneLine(signature, language) is { } joined ? this with { Signature = joined } : null;

    public bool HasTitle { get; init; }

    public string? Subtitle { get; init; }

    public string? Author { get; init; }

    /// <summary>The front matter's date, unless the signature already says it (a separate date line would repeat it).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Whether <paramref name="content"/> shows anything of this statement. With the photo behind the whole
    /// poster (<paramref name="photoBehind"/>), a region's figure is only its caption and credit.
    /// </summary>
    public bool Shows(PosterContent content, bool photoBehind) => content switch
    {
        PosterContent.Title => HasTitle,
        PosterContent.Subtitle => Subtitle is not null,
        PosterContent.Author => Author is not null,
        PosterContent.Date => Date is not null,
        PosterContent.Figure => Figure is { } figure && (!photoBehind || figure.Caption.Count > 0 || !string.IsNullOrWhiteSpace(figure.Credit)),
        PosterContent.Quote => Quote.Count > 0,
        PosterContent.Demands => Demands is not null,
        PosterContent.Slogan => Slogan is not null,
        PosterContent.Signature => Signature is not null,
        PosterContent.QrCode => Url is not null,
        PosterContent.Url => Url is not null,
        PosterContent.QuoteOrSlogan => Quote.Count > 0 || Slogan is not null,
        PosterContent.Credit => Figure is { } credited && !string.IsNullOrWhiteSpace(credited.Credit),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, null),
    };

    /// <summary>A region is empty when none of its content shows anything: it draws nothing, and its cells go as its <c>when-empty</c> says.</summary>
    public bool IsEmpty(PosterRegion region, bool photoBehind) => !region.Content.Any(c => Shows(c, photoBehind));

    /// <summary>A signature that already says when ("Kettlewick, 14 March 2026") makes a separate date line a repeat.</summary>
    private static bool IsDated(Signature? signature, DateOnly date) =>
        signature is not null &&
        signature.Blocks.OfType<Paragraph>().Any(p => Inline.PlainText(p.Content).Contains(date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

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
