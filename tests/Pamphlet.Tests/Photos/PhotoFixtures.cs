using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Tests.Cli;
using Pamphlet.Tests.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Color = Pamphlet.Pages.Color;

namespace Pamphlet.Tests.Photos;

/// <summary>Photos with known pixels, placed by hand on pages, and their image objects read back.</summary>
internal static class PhotoFixtures
{
    /// <summary>A curve that is neither linear nor full: shadows lifted to 85 %, mid-tones lightened.</summary>
    public static readonly ToneCurve Toner = new(0.85, 1.4);

    public static readonly Color BrightRed = RisoInks.Find("bright red")!.At(1);

    /// <summary>
    /// A one-row PNG of exactly these unpremultiplied RGBA pixels (PNG stores them losslessly), in
    /// <paramref name="folder"/>.
    /// </summary>
    public static string Png(StatementFolder folder, string name, params SKColor[] pixels) => Png(folder, name, pixels.Length, 1, pixels);

    public static string Png(StatementFolder folder, string name, int width, int height, SKColor[] pixels)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var span = bitmap.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            (span[i * 4], span[i * 4 + 1], span[i * 4 + 2], span[i * 4 + 3]) = (pixels[i].Red, pixels[i].Green, pixels[i].Blue, pixels[i].Alpha);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 6);
        return folder.WriteBytes(name, data.ToArray());
    }

    /// <summary>The photo placed whole in a frame <paramref name="width"/> × <paramref name="height"/> points at (40, y).</summary>
    public static ImageItem Placed(string path, double width, double height, MonochromeImage? monochrome, double y = 40) =>
        new("image", new Rect(40, y, width, height), path, ImageItem.WholeImage) { Monochrome = monochrome };

    public static List<(UglyToad.PdfPig.Core.IndirectReference Reference, DictionaryToken Dictionary)> ImageObjects(PdfDocument document) =>
        document.ObjectsWhere(d => d.Is("Subtype", "Image"));

    /// <summary>The decoded samples of an image object.</summary>
    public static byte[] Samples(PdfDocument document, UglyToad.PdfPig.Core.IndirectReference image) =>
        ((StreamToken)document.Structure.GetObject(image).Data).Decode();

    /// <summary>What a pixel of lightness <paramref name="gray"/> (its three channels equal) gets as ink share, 0..255, by the curve alone.</summary>
    public static double Share(ToneCurve curve, byte gray, double strength = 1) => 255 * strength * curve.InkFor(gray / 255.0);
}
