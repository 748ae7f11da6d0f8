using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>Turns imposition plans into sheet geometry: where each page goes on each printed side.</summary>
internal static class SheetLayouts
{
    /// <summary>
    /// Saddle-stitch sides in printing order (sheet 1 front, sheet 1 back, sheet 2 front…). Inner
    /// sheets stick out further at the fore-edge once folded, so each sheet's pages move towards the
    /// fold by <paramref name="creep"/> (points) times how far in the sheet nests; after trimming,
    /// the margins then line up through the whole booklet.
    /// </summary>
    public static IReadOnlyList<ImposedSide> Saddle(SaddleStitchPlan plan, SheetFrame frame, double creep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(creep);
        if (!frame.Folded) throw new ArgumentException("A saddle-stitched booklet needs a folded frame.", nameof(frame));
        var sides = new List<ImposedSide>(plan.Sheets.Count * 2);
        foreach (var s in plan.Sheets)
        {
            var shift = creep * s.FromOutside;
            sides.Add(Side(s.Front, frame, shift));
            sides.Add(Side(s.Back, frame, shift));
        }

        return sides;
    }

    /// <summary>Every page twice on its own side, left and right, for cutting apart.</summary>
    public static IReadOnlyList<ImposedSide> TwoUp(int pageCount, SheetFrame frame) =>
        Enumerable.Range(0, pageCount).Select(i => Side(new SheetSide(i, i), frame, 0)).ToList();

    private static ImposedSide Side(SheetSide side, SheetFrame frame, double shift)
    {
        var placements = new List<PagePlacement>(2);
        if (side.Left is { } left) placements.Add(Place(left, frame.Left, shift, frame));
        if (side.Right is { } right) placements.Add(Place(right, frame.Right, -shift, frame));
        return new ImposedSide(frame.Sheet.Size, placements, []);
    }

    /// <summary>
    /// The page moved by <paramref name="dx"/> (creep), showing its trim and the frame's bleed but
    /// nothing past where they were before it moved (the marks start there), and nothing across the fold.
    /// </summary>
    private static PagePlacement Place(int pageIndex, Rect slot, double dx, SheetFrame frame)
    {
        var moved = slot with { X = slot.X + dx };
        var clip = SheetGeometry.Intersect(SheetGeometry.Grow(moved, frame.Bleed), SheetGeometry.Grow(slot, frame.Bleed));
        if (frame.Folded)
        {
            var left = slot.X < frame.FoldX ? clip.X : Math.Max(clip.X, frame.FoldX);
            var right = slot.X < frame.FoldX ? Math.Min(clip.Right, frame.FoldX) : clip.Right;
            clip = clip with { X = left, Width = right - left };
        }

        return new PagePlacement(pageIndex, new Point(moved.X, moved.Y), clip);
    }
}
