using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>Turns imposition plans into sheet geometry: where each page goes on each printed side.</summary>
public static class SheetLayouts
{
    /// <summary>
    /// Saddle-stitch sides in printing order (sheet 1 front, sheet 1 back, sheet 2 front…). Inner
    /// sheets stick out further at the fore-edge once folded, so each sheet's pages move towards the
    /// fold by <paramref name="creep"/> (points) times how far in the sheet nests; after trimming,
    /// the margins then line up through the whole booklet.
    /// </summary>
    public static IReadOnlyList<ImposedSide> Saddle(SaddleStitchPlan plan, Size page, PrinterSheet sheet, double creep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(creep);
        var sides = new List<ImposedSide>(plan.Sheets.Count * 2);
        foreach (var s in plan.Sheets)
        {
            var shift = creep * s.FromOutside;
            sides.Add(Side(s.Front, page, sheet.Size, shift));
            sides.Add(Side(s.Back, page, sheet.Size, shift));
        }

        return sides;
    }

    /// <summary>Every page twice on its own side, left and right, for cutting in half.</summary>
    public static IReadOnlyList<ImposedSide> TwoUp(int pageCount, Size page, PrinterSheet sheet) =>
        Enumerable.Range(0, pageCount).Select(i => Side(new SheetSide(i, i), page, sheet.Size, 0)).ToList();

    private static ImposedSide Side(SheetSide side, Size page, Size sheet, double shift)
    {
        // Pages are centred on the sheet: an exact half-sheet page leaves no gap, one within the
        // match tolerance leaves a sliver equally on both outer edges.
        var foldX = sheet.Width / 2;
        var top = (sheet.Height - page.Height) / 2;
        var leftSlot = new Rect(foldX - page.Width, top, page.Width, page.Height);
        var rightSlot = new Rect(foldX, top, page.Width, page.Height);
        var placements = new List<PagePlacement>(2);
        if (side.Left is { } left) placements.Add(Place(left, leftSlot, shift));
        if (side.Right is { } right) placements.Add(Place(right, rightSlot, -shift));
        return new ImposedSide(sheet, placements, FoldMarks.At(foldX, sheet));
    }

    /// <summary>The page moved by <paramref name="dx"/>, clipped to the part of its trim still inside its slot.</summary>
    private static PagePlacement Place(int pageIndex, Rect slot, double dx)
    {
        var moved = slot with { X = slot.X + dx };
        var left = Math.Max(slot.X, moved.X);
        var right = Math.Min(slot.Right, moved.Right);
        return new PagePlacement(pageIndex, new Point(moved.X, moved.Y), new Rect(left, slot.Y, right - left, slot.Height));
    }
}
