using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

internal static class SkiaColor
{
    public static SKColor From(Color color) => new(color.R, color.G, color.B, color.A);
}
