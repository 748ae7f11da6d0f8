using Pamphlet.Pages.Images;

namespace Pamphlet.Preflight.Facts;

/// <summary>
/// Pixels against printed size: one set of sums for the checks and for the messages that explain them
/// (the counting itself is <see cref="PrintResolution"/>'s, shared with the composers and the build).
/// </summary>
internal static class Resolution
{
    public const double PointsPerInch = PrintResolution.PointsPerInch;

    /// <summary>The lower of the two directions' pixels per inch; infinite for an image placed with no size.</summary>
    public static double PixelsPerInch(int pixelWidth, int pixelHeight, double placedWidth, double placedHeight) =>
        PrintResolution.PixelsPerInch(pixelWidth, pixelHeight, placedWidth, placedHeight);

    /// <summary>The largest size, in points, that <paramref name="pixels"/> print at <paramref name="ppi"/>.</summary>
    public static double LargestPrint(int pixels, double ppi) => PrintResolution.LargestPrint(pixels, ppi);

    /// <summary>The pixels a placed length of <paramref name="points"/> needs at <paramref name="ppi"/>, rounded up.</summary>
    public static int PixelsNeeded(double points, double ppi) => (int)Math.Ceiling(points / PointsPerInch * ppi - 1e-9);
}
