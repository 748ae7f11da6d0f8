using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using Pamphlet.Tests.Cli;
using Pamphlet.Tests.Images;
using SkiaSharp;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Photos.PhotoFixtures;
using static Pamphlet.Tests.Rendering.RenderingTestKit;
using Color = Pamphlet.Pages.Color;

namespace Pamphlet.Tests.Photos;

/// <summary>PNG previews show a photo printed in one ink as the PDF prints it: the same curve, the ink's look on paper.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class MonochromePreviewTests
{
    private static readonly Pamphlet.Pages.Size PageSize = new(100, 100);

    /// <summary>The page with <paramref name="item"/>, rendered at 72 dpi (one pixel a point).</summary>
    private static SKBitmap Render(ImageItem item) => SKBitmap.Decode(new PngRenderer().Render(new Page(1, PageSize, [item]), 72));

    private static string FlatGrey(StatementFolder folder, byte level) =>
        Png(folder, "grey.png", 8, 8, [.. Enumerable.Repeat(new SKColor(level, level, level), 64)]);

    [Fact]
    public void Black_preview_pixel_is_paper_left_by_the_curve_and_equals_the_pdf_sample()
    {
        using var folder = new StatementFolder();
        var path = FlatGrey(folder, 128);
        var item = new ImageItem("image", new Rect(0, 0, 100, 100), path, ImageItem.WholeImage) { Monochrome = new MonochromeImage(Color.Black, Toner) };

        using var bitmap = Render(item);
        using var document = PdfDocument.Open(RenderPdf(new PagedDocument(Info(), [new Page(1, PageSize, [item])])));

        var expected = (byte)Math.Round(255 - Share(Toner, 128));
        var pixel = bitmap.GetPixel(50, 50);
        Assert.Equal((expected, expected, expected), (pixel.Red, pixel.Green, pixel.Blue));
        var (reference, _) = Assert.Single(ImageObjects(document));
        Assert.All(Samples(document, reference), sample => Assert.Equal(expected, sample));
    }

    [Fact]
    public void Spot_preview_pixel_is_the_inks_look_mixed_with_paper_by_the_share()
    {
        using var folder = new StatementFolder();
        var path = FlatGrey(folder, 100);
        var ink = RisoInks.Find("blue")!;
        var item = new ImageItem("image", new Rect(0, 0, 100, 100), path, ImageItem.WholeImage) { Monochrome = new MonochromeImage(ink.At(0.9), Toner) };

        using var bitmap = Render(item);

        var share = Math.Round(Share(Toner, 100, 0.9)) / 255;
        // The look's naive sRGB (0x0078BF as a CMYK look-alike), each channel mixed with white paper.
        var (r, g, b) = ink.Look.ToRgb();
        byte Mix(double channel) => (byte)Math.Round(255 * (1 - share * (1 - channel)));
        var pixel = bitmap.GetPixel(50, 50);
        Assert.Equal((Mix(r), Mix(g), Mix(b)), (pixel.Red, pixel.Green, pixel.Blue));
        Assert.NotEqual(pixel.Red, pixel.Blue);
    }

    [Fact]
    public void Turned_phone_photo_in_one_ink_is_still_shown_upright()
    {
        using var folder = new StatementFolder();
        // Upright 80 × 40, white in its top-left quarter and black elsewhere; stored turned, with EXIF 6.
        var (storedWidth, storedHeight) = (40, 80);
        using var stored = new SKBitmap(storedWidth, storedHeight);
        for (var sy = 0; sy < storedHeight; sy++)
            for (var sx = 0; sx < storedWidth; sx++)
            {
                var (x, y) = TestImages.DisplayedPixel(6, sx, sy, storedWidth, storedHeight);
                stored.SetPixel(sx, sy, x < 40 && y < 20 ? SKColors.White : SKColors.Black);
            }

        using var jpeg = stored.Encode(SKEncodedImageFormat.Jpeg, 95);
        var path = folder.WriteBytes("phone.jpg", TestImages.WithSegment(jpeg.ToArray(), 0xE1, TestImages.ExifOrientation(6, bigEndian: false)));
        var item = new ImageItem("image", new Rect(10, 10, 80, 40), path, ImageItem.WholeImage)
        {
            Orientation = ImageOrientation.Rotate90,
            Monochrome = new MonochromeImage(Color.Black, ToneCurve.Linear),
        };

        using var bitmap = Render(item);

        Assert.InRange(bitmap.GetPixel(25, 20).Red, 245, 255);
        Assert.InRange(bitmap.GetPixel(70, 40).Red, 0, 10);
        Assert.InRange(bitmap.GetPixel(25, 40).Red, 0, 10);
    }
}
