using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>Rasterises one page on white paper, with the same drawing code as the PDF, for previews and tests.</summary>
public sealed class PngRenderer
{
    private const double PointsPerInch = 72;

    // PNG compression is lossless; level 6 is zlib's usual speed/size balance.
    private const int PngQuality = 6;

    public byte[] Render(Page page, double dpi)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!(dpi > 0)) throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Resolution must be a positive number of dots per inch.");
        var scale = dpi / PointsPerInch;
        var (width, height) = PixelSize(page.Size, dpi);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Cannot allocate a {width} × {height} pixel image; lower the resolution.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        using (var typefaces = new TypefaceCache())
        using (var images = new ImageCache())
        {
            new PageDrawer(typefaces, images).Draw(canvas, page);
        }

        canvas.Flush();
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, PngQuality);
        return png.ToArray();
    }

    /// <summary>Pixel dimensions of a page at <paramref name="dpi"/>, rounded to the nearest pixel.</summary>
    public static (int Width, int Height) PixelSize(Size size, double dpi) =>
        ((int)Math.Max(1, Math.Round(size.Width * dpi / PointsPerInch, MidpointRounding.AwayFromZero)),
         (int)Math.Max(1, Math.Round(size.Height * dpi / PointsPerInch, MidpointRounding.AwayFromZero)));
}
