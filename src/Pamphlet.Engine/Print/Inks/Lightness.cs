using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>How light colours look, for mapping them to one ink and checking text against its background.</summary>
internal static class Lightness
{
    /// <summary>0 black to 1 white, as a greyscale conversion shows the colour (the same rule photos follow).</summary>
    public static double Of(Color color)
    {
        var (r, g, b) = color.ToRgb();
        return MonochromeImage.Lightness(r, g, b);
    }

    /// <summary>WCAG 2 contrast ratio of two greys (0 black .. 1 white): 1 to 21.</summary>
    public static double Contrast(double grayA, double grayB)
    {
        var (a, b) = (Linear(grayA), Linear(grayB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>An sRGB-encoded channel (0..1) as linear light (IEC 61966-2-1): a grey's relative luminance, and the first step of colour conversion.</summary>
    public static double Linear(double encoded) =>
        encoded <= 0.04045 ? encoded / 12.92 : Math.Pow((encoded + 0.055) / 1.055, 2.4);
}
