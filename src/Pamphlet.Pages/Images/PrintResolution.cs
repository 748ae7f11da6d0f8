namespace Pamphlet.Pages.Images;

/// <summary>
/// Pixels against printed size, shared by the composers that size photos, the build's photo warning and
/// the checks that read PDFs: one threshold of sharpness and one way of counting pixels per inch.
/// </summary>
public static class PrintResolution
{
    public const double PointsPerInch = 72;

    /// <summary>
    /// Below 150 pixels per inch a photo looks soft at reading distance on any printer (150 is the
    /// usual floor for laser and risograph work; offset shops ask for 300 and accept 150 for photos).
    /// </summary>
    public const double SharpPpi = 150;

    /// <summary>Whether a photo at <paramref name="ppi"/> prints sharp (<see cref="SharpPpi"/> or more).</summary>
    public static bool IsSharp(double ppi) => ppi >= SharpPpi;

    /// <summary>The lower of the two directions' pixels per inch; infinite for an image placed with no size.</summary>
    public static double PixelsPerInch(int pixelWidth, int pixelHeight, double placedWidth, double placedHeight)
    {
        var x = placedWidth > 0 ? pixelWidth / (placedWidth / PointsPerInch) : double.PositiveInfinity;
        var y = placedHeight > 0 ? pixelHeight / (placedHeight / PointsPerInch) : double.PositiveInfinity;
        return Math.Min(x, y);
    }

    /// <summary>
    /// The pixels per inch of a picture of <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/>
    /// (upright) whose part <paramref name="source"/> (fractions of it, as <see cref="ImageItem.Source"/>)
    /// fills <paramref name="frame"/>.
    /// </summary>
    public static double PixelsPerInch(int pixelWidth, int pixelHeight, Rect source, Rect frame) =>
        PixelsPerInch((int)Math.Round(pixelWidth * source.Width), (int)Math.Round(pixelHeight * source.Height), frame.Width, frame.Height);

    /// <summary>The largest size, in points, that <paramref name="pixels"/> print at <paramref name="ppi"/>.</summary>
    public static double LargestPrint(int pixels, double ppi) => pixels / ppi * PointsPerInch;
}
