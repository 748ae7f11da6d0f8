using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// Screen colours (sRGB) as process inks through the bundled FOGRA39 coated profile, relative
/// colorimetric (paper white stays paper), with the total ink held to what print shops accept.
/// </summary>
internal static class ProcessColors
{
    private static readonly Lazy<CmykLookup> Lookup = new(() => CmykLookup.Read(ColorProfiles.Cmyk));

    // sRGB (IEC 61966-2-1) primaries adapted to the D50 white of the ICC connection space (Bradford).
    private static readonly double[] SrgbToXyzD50 =
    [
        0.4360747, 0.3850649, 0.1430804,
        0.2225045, 0.7168786, 0.0606169,
        0.0139322, 0.0971045, 0.7141733,
    ];

    // The D50 white point of the connection space.
    private const double WhiteX = 0.9642, WhiteY = 1.0, WhiteZ = 0.8249;

    /// <summary>The CMYK a press running FOGRA39 prints for an sRGB colour (grey in, grey-balanced four-colour out).</summary>
    public static Color FromRgb(double r, double g, double b)
    {
        var (lr, lg, lb) = (Lightness.Linear(r), Lightness.Linear(g), Lightness.Linear(b));
        var m = SrgbToXyzD50;
        var x = m[0] * lr + m[1] * lg + m[2] * lb;
        var y = m[3] * lr + m[4] * lg + m[5] * lb;
        var z = m[6] * lr + m[7] * lg + m[8] * lb;
        var (fx, fy, fz) = (Lab(x / WhiteX), Lab(y / WhiteY), Lab(z / WhiteZ));
        var (c, mg, ye, k) = Lookup.Value.FromLab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
        return Limited(Snap(c), Snap(mg), Snap(ye), Snap(k));
    }

    /// <summary>
    /// Holds total ink to <see cref="InkLimits.MaxTotalInk"/> by taking the excess from cyan, magenta
    /// and yellow in proportion: black carries the shadows, and the hue stays as it was.
    /// </summary>
    public static Color Limited(double c, double m, double y, double k)
    {
        var excess = c + m + y + k - InkLimits.MaxTotalInk;
        var chromatic = c + m + y;
        if (excess > 0 && chromatic > 0)
        {
            var keep = Math.Max(0, 1 - excess / chromatic);
            (c, m, y) = (c * keep, m * keep, y * keep);
        }

        return Color.Cmyk(c, m, y, k);
    }

    // Ink percentages to a tenth: finer steps than any press holds, and the PDF stays readable.
    private static double Snap(double ink) => Math.Round(Math.Clamp(ink, 0, 1) * 1000) / 1000;

    private static double Lab(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}
