using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>A colour's on-screen look for Skia's raster canvases (CMYK and spot inks converted naively).</summary>
internal static class SkiaColor
{
    public static SKColor From(Color color)
    {
        var (r, g, b) = color.ToRgb();
        return new SKColor(Byte(r), Byte(g), Byte(b), Byte(color.Alpha));
    }

    private static byte Byte(double unit) => (byte)Math.Round(Math.Clamp(unit, 0, 1) * 255);
}
