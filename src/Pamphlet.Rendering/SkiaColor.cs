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

    /// <summary>
    /// How the colour combines with what is beneath: overprinting inks (risograph drums, black text on
    /// a press) mix with it, which multiplying their looks previews; everything else covers it.
    /// </summary>
    public static SKBlendMode Blend(Color color) => color.Overprint ? SKBlendMode.Multiply : SKBlendMode.SrcOver;

    private static byte Byte(double unit) => (byte)Math.Round(Math.Clamp(unit, 0, 1) * 255);
}
