using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// The poster grid laid over the safe area (page minus margins): column widths and row heights in
/// proportion, gaps between cells, and each region's rectangle spanning its cells and the gaps inside.
/// Laid out for one statement (<see cref="PosterArrangement"/>), closed-up rows and columns take no
/// room and no gap, and a region that took over an empty neighbour's cells spans them too.
/// For a right-to-left statement the grid is read from the right: every area is mirrored across the
/// safe area, so "quote demands" puts the quote on the right and "footer qr" the QR code on the left.
/// </summary>
internal sealed class PosterGrid
{
    private readonly double[] columnStarts, columnWidths, rowStarts, rowHeights;
    private readonly PosterArrangement arrangement;
    private readonly bool rightToLeft;

    /// <summary>The grid as the layout writes it.</summary>
    public PosterGrid(PageSetup page, PosterSetup poster, bool rightToLeft = false) : this(page, poster, PosterArrangement.AsWritten(poster), rightToLeft) { }

    public PosterGrid(PageSetup page, PosterSetup poster, PosterArrangement arrangement, bool rightToLeft = false)
    {
        this.arrangement = arrangement;
        this.rightToLeft = rightToLeft;
        var m = page.Margins;
        // Posters have no binding side: the left margin is the outside one, as on a single sheet.
        SafeArea = new Rect(m.Outside, m.Top, page.Width - m.Inside - m.Outside, page.Height - m.Top - m.Bottom);
        (columnStarts, columnWidths) = Tracks(SafeArea.X, SafeArea.Width, poster.Columns, poster.Gap, arrangement.CollapsedColumns);
        (rowStarts, rowHeights) = Tracks(SafeArea.Y, SafeArea.Height, poster.Rows, poster.Gap, arrangement.CollapsedRows);
    }

    public Rect SafeArea { get; }

    /// <summary>The region's rectangle: the cells it covers in this arrangement (as written when it gave none up or took none over).</summary>
    public Rect RegionArea(PosterRegion region) => Area(arrangement.CellsOf(region) ?? region.Cells);

    /// <summary>The rectangle of a block of cells, the gaps between them included.</summary>
    public Rect Area(GridCells cells)
    {
        var lastColumn = cells.EndColumn - 1;
        var lastRow = cells.EndRow - 1;
        var x = columnStarts[cells.Column];
        var y = rowStarts[cells.Row];
        var area = new Rect(x, y, columnStarts[lastColumn] + columnWidths[lastColumn] - x, rowStarts[lastRow] + rowHeights[lastRow] - y);
        return rightToLeft ? Mirrored(area) : area;
    }

    /// <summary>The area reflected across the safe area's vertical centre line.</summary>
    private Rect Mirrored(Rect area) => area with { X = SafeArea.X + SafeArea.Right - area.Right };

    /// <summary>
    /// The largest block of cells (by area on the page) that shows only the page: no region that shows
    /// something covers it. Null when there is none. The first such block, top-left first, wins a tie.
    /// </summary>
    public Rect? LargestFreeArea()
    {
        Rect? best = null;
        var rows = rowHeights.Length;
        var columns = columnWidths.Length;
        for (var top = 0; top < rows; top++)
            for (var left = 0; left < columns; left++)
                for (var bottom = top; bottom < rows; bottom++)
                    for (var right = left; right < columns; right++)
                    {
                        var cells = new GridCells(top, left, bottom - top + 1, right - left + 1);
                        if (!AllFree(cells)) continue;
                        var area = Area(cells);
                        if (area.Width <= 0 || area.Height <= 0) continue;
                        if (best is not { } b || area.Width * area.Height > b.Width * b.Height + 0.01) best = area;
                    }
        return best;
    }

    private bool AllFree(GridCells cells)
    {
        for (var row = cells.Row; row < cells.EndRow; row++)
            for (var column = cells.Column; column < cells.EndColumn; column++)
            {
                if (!arrangement.IsFree(row, column)) return false;
            }
        return true;
    }

    /// <summary>Tracks in proportion to their weights; closed-up ones get no size and no gap after them.</summary>
    private static (double[] Starts, double[] Sizes) Tracks(double origin, double length, IReadOnlyList<double> weights, double gap, IReadOnlySet<int> closed)
    {
        var open = Enumerable.Range(0, weights.Count).Where(i => !closed.Contains(i)).ToList();
        var free = length - gap * Math.Max(0, open.Count - 1);
        var total = open.Sum(i => weights[i]);
        var starts = new double[weights.Count];
        var sizes = new double[weights.Count];
        var at = origin;
        for (var i = 0; i < weights.Count; i++)
        {
            starts[i] = at;
            if (closed.Contains(i)) continue;
            sizes[i] = free * weights[i] / total;
            at += sizes[i] + gap;
        }
        return (starts, sizes);
    }
}
