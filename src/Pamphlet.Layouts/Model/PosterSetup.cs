using Pamphlet.Pages;

namespace Pamphlet.Layouts.Model;

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
internal static class PosterContents
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
/// its text is fitted. Text regions are set as large as they hold, their main text between
/// <see cref="MinSize"/> and <see cref="MaxSize"/> (0: the style's size, so they only shrink); the title
/// is fitted between <see cref="MinSize"/> and <see cref="MaxSize"/> in at most <see cref="MaxLines"/> lines.
/// <see cref="Panel"/> is a fill behind the region (a scrim over a photo); <see cref="Padding"/> its inset.
/// <see cref="WhenEmpty"/> says where the region's cells go when the statement gives it nothing to show.
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
    double Padding)
{
    /// <summary>
    /// What becomes of the region's cells when it has nothing to show (<c>when-empty:</c>), tried in order:
    /// a neighbour that spreads over them, or closing up its rows or columns. Empty: they stay empty.
    /// </summary>
    public IReadOnlyList<EmptyRegionStep> WhenEmpty { get; init; } = [];

    /// <summary>
    /// How the region gives way when its text does not fit even at <see cref="MinSize"/> (<c>when-too-long:</c>), tried
    /// in order, each on top of the ones before. Empty: the build fails, saying by how much the text is too long.
    /// </summary>
    public IReadOnlyList<TooLongStep> WhenTooLong { get; init; } = [];

    /// <summary>The rectangle of grid cells the region covers as the layout writes it.</summary>
    public GridCells Cells => new(Row, Column, RowSpan, ColumnSpan);
}

/// <summary>
/// One way an empty region gives up its cells: <see cref="Neighbour"/> (a region name) spreads over them,
/// or, when it is null, the region's rows (or columns) close up and the rest of the grid shares their room.
/// </summary>
public sealed record EmptyRegionStep(string? Neighbour)
{
    public static EmptyRegionStep Collapse { get; } = new((string?)null);

    public bool Collapses => Neighbour is null;
}

/// <summary>What a region whose text does not fit at its minimum size does instead (<see cref="TooLongStep"/>).</summary>
public enum TooLongAction
{
    /// <summary>The slogan in place of the key quote (when the statement has one that no other region shows).</summary>
    Slogan,
    /// <summary>The signature's lines run on as one (its hard line breaks become commas).</summary>
    OneLine,
    /// <summary>One of the region's contents (<see cref="TooLongStep.Dropped"/>) is left out.</summary>
    Drop,
    /// <summary>The title takes as many more lines as the region's height holds at its minimum size.</summary>
    MoreLines,
    /// <summary>The region is left empty: it draws nothing, and its cells go as its <c>when-empty</c> says.</summary>
    Empty,
}

/// <summary>One step of a region's <c>when-too-long:</c>; <see cref="Dropped"/> is the content a <see cref="TooLongAction.Drop"/> leaves out.</summary>
public sealed record TooLongStep(TooLongAction Action, PosterContent? Dropped = null);

/// <summary>A rectangle of grid cells: its first row and column (0-based) and how many rows and columns it spans.</summary>
public readonly record struct GridCells(int Row, int Column, int RowSpan, int ColumnSpan)
{
    public int EndRow => Row + RowSpan;
    public int EndColumn => Column + ColumnSpan;

    /// <summary>
    /// The rectangle these cells and <paramref name="other"/> make together, or null when together they are
    /// not one: the two must lie side by side along a whole edge (the same rows, or the same columns).
    /// </summary>
    public GridCells? Join(GridCells other)
    {
        if (Row == other.Row && RowSpan == other.RowSpan && (EndColumn == other.Column || other.EndColumn == Column))
        {
            return new GridCells(Row, Math.Min(Column, other.Column), RowSpan, ColumnSpan + other.ColumnSpan);
        }
        if (Column == other.Column && ColumnSpan == other.ColumnSpan && (EndRow == other.Row || other.EndRow == Row))
        {
            return new GridCells(Math.Min(Row, other.Row), Column, RowSpan + other.RowSpan, ColumnSpan);
        }
        return null;
    }
}

/// <summary>What a background photo too small to print sharp across the page does instead (<c>too-small:</c>).</summary>
public enum BackgroundFallback
{
    /// <summary>It is set whole, framed, in the grid's largest block of empty cells, on the page colour.</summary>
    Frame,
    /// <summary>It stays behind the poster however soft it prints (the build warns).</summary>
    Behind,
}

/// <summary>
/// A photo behind the whole poster, bleeding off every edge (the figure, cropped around its focus),
/// with an optional scrim colour over it so text stays legible on any photo. A photo too small to print
/// sharp that large falls back as <see cref="TooSmall"/> says, with <see cref="Frame"/> around it (null: no border).
/// </summary>
public sealed record PosterBackground(ImageFit Fit, Color? Scrim)
{
    public BackgroundFallback TooSmall { get; init; } = BackgroundFallback.Frame;

    public RuleStyle? Frame { get; init; }
}

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
