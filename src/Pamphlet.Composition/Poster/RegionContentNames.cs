using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// What a poster's or card's messages call a region's content, and where in the statement it is written:
/// "the quote" at the pull quote's line, "the title" at the front matter's. Sizes in the layout's own unit
/// (px on a card, pt on paper).
/// </summary>
internal sealed class RegionContentNames(CompositionContext context)
{
    private readonly PosterMaterial material = PosterMaterial.From(context.Document);

    /// <summary>The first of the region's contents the statement gives something for ("the content" at line 0 when none).</summary>
    public (string What, bool Plural, SourceLocation At) Of(PosterRegion region)
    {
        foreach (var content in region.Content)
        {
            if (Of(content) is { } named) return named;
        }
        return ("the content", false, new SourceLocation(context.Document.SourcePath, 0));
    }

    /// <summary>What the statement gives for <paramref name="content"/>, or null when it gives nothing.</summary>
    public (string What, bool Plural, SourceLocation At)? Of(PosterContent content) => content switch
    {
        PosterContent.Demands when material.Demands is { } d => ("demands", true, d.Location),
        PosterContent.Quote when material.Quote.Count > 0 => ("the quote", false, material.Quote[0].Location),
        PosterContent.Slogan when material.Slogan is { } s => ("the slogan", false, s.Location),
        PosterContent.Signature when material.Signature is { } s => ("the signature", false, s.Location),
        PosterContent.Title => ("the title", false, new SourceLocation(context.Document.SourcePath, Math.Max(1, context.Document.FrontMatter.LineOf("title")))),
        PosterContent.QrCode when material.Url is not null => ("the QR code of the url", false, UrlLocation),
        PosterContent.Url when material.Url is not null => ("the url", false, UrlLocation),
        PosterContent.Credit when material.Figure is { } f => ("the photo credit", false, f.Location),
        _ => null,
    };

    public SourceLocation UrlLocation => new(context.Document.SourcePath, Math.Max(1, context.Document.FrontMatter.LineOf("url")));

    /// <summary>"card" or "poster".</summary>
    public string Kind => context.Layout.Kind == LayoutKind.Card ? "card" : "poster";

    /// <summary>A text size as the layout writes it: px on a card (a pixel is a point there), pt on paper.</summary>
    public string Size(double points) => context.Layout.Kind == LayoutKind.Card
        ? LegibleText.Px(points)
        : points.ToString("0.#", CultureInfo.InvariantCulture) + "pt";
}
