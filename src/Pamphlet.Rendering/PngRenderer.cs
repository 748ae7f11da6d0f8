using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Rasterises one page on white paper, with the same drawing code as the PDF: previews, tests, and a
/// card's image. The PNG is opaque RGB tagged sRGB (the space the layout's hex colours are given
/// in), may carry text entries such as its title, and holds nothing that changes between runs, so
/// the same page gives the same bytes.
/// </summary>
public sealed class PngRenderer
{
    private const double PointsPerInch = 72;

    // PNG compression is lossless; level 6 is zlib's usual speed/size balance.
    private const int PngQuality = 6;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A renderer is an object callers hold (the PDF renderer beside it has state); its API stays an instance one.")]
    public byte[] Render(Page page, double dpi) => Render(page, dpi, []);

    /// <param name="text">Text entries written into the file (<see cref="PngText.TitleKeyword"/> and others), in this order.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "See Render(Page, double).")]
    public byte[] Render(Page page, double dpi, IReadOnlyList<PngText> text)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!(dpi > 0)) throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Resolution must be a positive number of dots per inch.");
        var scale = dpi / PointsPerInch;
        var (width, height) = PixelSize(page.Size, dpi);
        // Opaque: the page is paper, so the file needs no alpha channel (libpng then writes RGB, a quarter smaller).
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()))
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
        return PngText.Insert(png.ToArray(), text);
    }

    /// <summary>Pixel dimensions of a page at <paramref name="dpi"/>, rounded to the nearest pixel.</summary>
    public static (int Width, int Height) PixelSize(Size size, double dpi) =>
        ((int)Math.Max(1, Math.Round(size.Width * dpi / PointsPerInch, MidpointRounding.AwayFromZero)),
         (int)Math.Max(1, Math.Round(size.Height * dpi / PointsPerInch, MidpointRounding.AwayFromZero)));
}
