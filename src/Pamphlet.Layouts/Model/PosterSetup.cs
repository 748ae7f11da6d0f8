using Pamphlet.Pages;

namespace Pamphlet.Layouts;

/// <summary>What a poster region shows, in the order given (stacked top to bottom).</summary>
public enum PosterContent
{
    /// <summary>The statement's title, fitted: the largest size that fits in at most MaxLines balanced lines.</summary>
    Title,
    Subtitle,
    /// <summary>The figure: the image filling the region (cover or contain), caption and credit beneath it.</summary>
    Figure,
    /// <summary>The pull quote marked <c>.poster</c>, else the first; replaced by a <c>::: poster</c> div's content when there is one.</summary>
    Quote,
    Demands,
    Slogan,
    Signature,
    /// <summary>The front matter's organisation (author) and date on one line.</summary>
    Author,
    Date,
    /// <summary>A QR code of the front matter's <c>url</c>, with the URL printed under it (nothing when there is no url).</summary>
    QrCode,
    /// <summary>The key quote (as <see cref="Quote"/>) when the statement has one, else the slogan: one line to share on a card.</summary>
    QuoteOrSlogan,
    /// <summary>The front matter's <c>url</c> as a line of text (a link in the PDF), without a QR code: screens are tapped, not scanned.</summary>
    Url,
    /// <summary>The figure's credit line alone (the photographer's name and licence), for a layout whose photo is its background.</summary>
    Credit,
}

/// <summary>What each poster content may show of the statement, for "shown once" checks.</summary>
public static class PosterContents
{
    /// <summary>
    /// Whether two contents can show the same thing: the same content, or the key quote or slogan
    /// beside the quote or the slogan (the statement's slogan would then be shown twice).
    /// </summary>
    public static bool Overlap(PosterContent a, PosterContent b) =>
        a == b || (a, b) is (PosterContent.QuoteOrSlogan, PosterContent.Quote or PosterContent.Slogan) or (PosterContent.Quote or PosterContent.Slogan, PosterContent.QuoteOrSlogan);
}

public enum ImageFit { Cover, Contain }

public enum VerticalAlign { Top, Center, Bottom }

/// <summary>
/// A named area of the poster grid: where it is (row/column, spans, 0-based), what it shows, and how
/// its text is fitted. Text regions shrink from the styles' sizes down to <see cref="MinSize"/> (the
/// size of the region's main text at the smallest allowed scale); the title is fitted between
/// <see cref="MinSize"/> and <see cref="MaxSize"/> in at most <see cref="MaxLines"/> lines.
/// <see cref="Panel"/> is a fill behind the region (a scrim over a photo); <see cref="Padding"/> its inset.
/// </summary>
public sealed record PosterRegion(
    string Name,
    int Row,
    int Column,
    int RowSpan,
    int ColumnSpan,
    IReadOnlyList<PosterContent> Content,
    TextAlign Align,
    VerticalAlign VerticalAlign,
    double MinSize,
    double MaxSize,
    int MaxLines,
    ImageFit Fit,
    Color? Panel,
    double Padding);

/// <summary>
/// A photo behind the whole poster, bleeding off every edge (the figure, cropped around its focus),
/// with an optional scrim colour over it so text stays legible on any photo.
/// </summary>
public sealed record PosterBackground(ImageFit Fit, Color? Scrim);

/// <summary>
/// The poster grid: relative column widths and row heights over the page's margin box (the safe
/// area), the gap between cells, the named regions, and an optional full-bleed background photo.
/// </summary>
public sealed record PosterSetup(
    IReadOnlyList<double> Columns,
    IReadOnlyList<double> Rows,
    double Gap,
    IReadOnlyList<PosterRegion> Regions,
    PosterBackground? Background);
