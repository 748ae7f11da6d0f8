namespace Pamphlet.Pages.Inks;

/// <summary>
/// A photo printed with one ink: its lightness becomes shares of <see cref="Ink"/> through
/// <see cref="Curve"/>. <see cref="Ink"/> is black (<see cref="ColorSpace.Gray"/> 0: a DeviceGray
/// image) or a solid spot ink (an image in that ink's Separation, 1 = full ink).
/// </summary>
public sealed record MonochromeImage(Color Ink, ToneCurve Curve)
{
    /// <summary>Lightness of a pixel from its sRGB channels (0..1): Rec. 709 luma on the encoded values, as photo editors' "greyscale" gives.</summary>
    public static double Lightness(double r, double g, double b) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
