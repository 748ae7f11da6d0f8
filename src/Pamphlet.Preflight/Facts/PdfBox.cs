namespace Pamphlet.Preflight.Facts;

/// <summary>A page box as the PDF gives it, normalised: lower-left and upper-right corners in points, y up.</summary>
public readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
{
    /// <summary>
    /// How far one box may stick out of another and still count as inside: writers round coordinates to a
    /// few decimals (ours to 4), so a bleed box computed as trim + 3 mm can exceed the media by 0.0001 pt.
    /// </summary>
    public const double Tolerance = 0.01;

    public const double PointsPerMillimetre = 72 / 25.4;

    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public bool Contains(PdfBox other) =>
        other.Left >= Left - Tolerance && other.Bottom >= Bottom - Tolerance &&
        other.Right <= Right + Tolerance && other.Top <= Top + Tolerance;

    /// <summary>The part of this box inside <paramref name="other"/>, or null when they do not overlap.</summary>
    public PdfBox? Intersect(PdfBox other)
    {
        var box = new PdfBox(Math.Max(Left, other.Left), Math.Max(Bottom, other.Bottom), Math.Min(Right, other.Right), Math.Min(Top, other.Top));
        return box.Width > 0 && box.Height > 0 ? box : null;
    }

    /// <summary>The smallest distance from this box's edges out to <paramref name="outer"/>'s (negative when an edge sticks out).</summary>
    public double MarginTo(PdfBox outer) =>
        Math.Min(Math.Min(Left - outer.Left, Bottom - outer.Bottom), Math.Min(outer.Right - Right, outer.Top - Top));

    /// <summary>A box from a PDF rectangle's two corners, in either order.</summary>
    public static PdfBox FromCorners(double x1, double y1, double x2, double y2) =>
        new(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
}
