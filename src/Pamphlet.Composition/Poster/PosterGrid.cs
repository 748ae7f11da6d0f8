using Pamphlet.Layouts;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// The poster grid laid over the safe area (page minus margins): column widths and row heights in
/// proportion, gaps between cells, and each region's rectangle spanning its cells and the gaps inside.
/// For a right-to-left statement the grid is read from the right: every area is mirrored across the
/// safe area, so "quote demands" puts the quote on the right and "footer qr" the QR code on the left.
/// </summary>
internal sealed class PosterGrid
{
    private readonly double[] columnStarts, columnWidths, rowStarts, rowHeights;
    private readonly bool rightToLeft;

    public PosterGrid(PageSetup page, PosterSetup poster, bool rightToLeft = false)
    {
        this.rightToLeft = rightToLeft;
        var m = page.Margins;
        // Posters have no binding side: the left margin is the outside one, as on a single sheet.
        SafeArea = new Rect(m.Outside, m.Top, page.Width - m.Inside - m.Outside, page.Height - m.Top - m.Bottom);
        (columnStarts, columnWidths) = Tracks(SafeArea.X, SafeArea.Width, poster.Columns, poster.Gap);
        (rowStarts, rowHeights) = Tracks(SafeArea.Y, SafeArea.Height, poster.Rows, poster.Gap);
    }

    public Rect SafeArea { get; }

    public Rect RegionArea(PosterRegion region)
    {
        var lastColumn = region.Column + region.ColumnSpan - 1;
        var lastRow = region.Row + region.RowSpan - 1;
        var x = columnStarts[region.Column];
        var y = rowStarts[region.Row];
        var area = new Rect(x, y, columnStarts[lastColumn] + columnWidths[lastColumn] - x, rowStarts[lastRow] + rowHeights[lastRow] - y);
        return rightToLeft ? Mirrored(area) : area;
    }

    /// <summary>The area reflected across the safe area's vertical centre line.</summary>
    private Rect Mirrored(Rect area) => area with { X = SafeArea.X + SafeArea.Right - area.Right };

    private static (double[] Starts, double[] Sizes) Tracks(double origin, double length, IReadOnlyList<double> weights, double gap)
    {
        var free = length - gap * (weights.Count - 1);
        var total = weights.Sum();
        var starts = new double[weights.Count];
        var sizes = new double[weights.Count];
        var at = origin;
        for (var i = 0; i < weights.Count; i++)
        {
            starts[i] = at;
            sizes[i] = free * weights[i] / total;
            at += sizes[i] + gap;
        }
        return (starts, sizes);
    }
}
