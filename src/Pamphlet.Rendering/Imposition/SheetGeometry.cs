using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>Rectangle arithmetic imposition needs and the Pages model does not.</summary>
internal static class SheetGeometry
{
    /// <summary><paramref name="area"/> grown by <paramref name="by"/> on every side.</summary>
    public static Rect Grow(Rect area, double by) => new(area.X - by, area.Y - by, area.Width + 2 * by, area.Height + 2 * by);

    /// <summary>The overlap of two rectangles (empty, with zero width or height, when they do not meet).</summary>
    public static Rect Intersect(Rect a, Rect b)
    {
        var left = Math.Max(a.X, b.X);
        var top = Math.Max(a.Y, b.Y);
        var right = Math.Min(a.Right, b.Right);
        var bottom = Math.Min(a.Bottom, b.Bottom);
        return new Rect(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));
    }
}
