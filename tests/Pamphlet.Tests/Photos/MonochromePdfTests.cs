using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering.Pdf;
using Pamphlet.Tests.Cli;
using Pamphlet.Tests.Images;
using Pamphlet.Tests.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Photos.PhotoFixtures;
using static Pamphlet.Tests.Rendering.RenderingTestKit;
using Color = Pamphlet.Pages.Color;

namespace Pamphlet.Tests.Photos;

/// <summary>
/// A photo printed in one ink is one 8-bit component through the tone curve: DeviceGray for black
/// (paper left), the ink's Separation for a risograph drum (ink laid down), no soft mask, one object
/// however often it is placed.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class MonochromePdfTests
{
    private static readonly MonochromeImage InBlack = new(Color.Black, Toner);

    private static PdfDocument Open(params Page[] pages) => PdfDocument.Open(RenderPdf(new PagedDocument(Info(), pages)));

    [Fact]
    public void Black_photo_is_one_8_bit_DeviceGray_component_whose_samples_follow_the_curve()
    {
        using var folder = new StatementFolder();
        var path = Png(folder, "greys.png", SKColors.Black, new SKColor(128, 128, 128), SKColors.White, new SKColor(64, 64, 64));

        using var document = Open(new Page(1, A5, [Placed(path, 200, 50, InBlack)]));

        var (reference, image) = Assert.Single(ImageObjects(document));
        Assert.Equal("DeviceGray", document.NameOf(image, "ColorSpace"));
        Assert.Equal(8, document.Require<NumericToken>(image, "BitsPerComponent").Int);
        Assert.Equal("FlateDecode", document.NameOf(image, "Filter"));
        Assert.False(image.Data.ContainsKey("SMask"));
        // Black: the curve's full ink (85 %) leaves 15 % paper; white: no ink; greys by the curve.
        byte[] expected = [.. new byte[] { 0, 128, 255, 64 }.Select(g => (byte)Math.Round(255 - Share(Toner, g)))];
        Assert.Equal((38, 255), (expected[0], expected[2]));
        Assert.Equal(expected, Samples(document, reference));
    }

    [Fact]
    public void Colour_pixels_go_by_their_Rec_709_lightness()
    {
        using var folder = new StatementFolder();
        var path = Png(folder, "primaries.png", new SKColor(255, 0, 0), new SKColor(0, 255, 0), new SKColor(0, 0, 255));

        using var document = Open(new Page(1, A5, [Placed(path, 150, 50, new MonochromeImage(Color.Black, ToneCurve.Linear))]));

        var (reference, _) = Assert.Single(ImageObjects(document));
        // Linear curve: paper left = lightness, 0.2126, 0.7152 and 0.0722 of white.
        Assert.Equal([54, 182, 18], Samples(document, reference));
    }

    [Fact]
    public void Spot_photo_is_in_the_inks_Separation_with_the_ink_share_times_the_tint()
    {
        using var folder = new StatementFolder();
        var path = Png(folder, "greys.png", SKColors.Black, new SKColor(128, 128, 128), SKColors.White);
        var ink = RisoInks.Find("bright red")!.At(0.8);

        using var document = Open(new Page(1, A5, [
            new FillItem("panel", new Rect(40, 200, 100, 50), ink),
            Placed(path, 150, 50, new MonochromeImage(ink, Toner))]));

        var (reference, image) = Assert.Single(ImageObjects(document));
        var space = document.Require<ArrayToken>(image, "ColorSpace");
        Assert.Equal("Separation", ((NameToken)space.Data[0]).Data);
        Assert.Equal("Bright Red", ((NameToken)space.Data[1]).Data);
        Assert.Equal(new byte[] { 0, 128, 255 }.Select(g => (byte)Math.Round(Share(Toner, g, 0.8))), Samples(document, reference));
        // The panel in the same ink uses the same Separation: one colour space per ink in the file.
        var separations = SeparationObjects(document);
        Assert.Equal([((IndirectReferenceToken)image.Data["ColorSpace"]).Data.ObjectNumber], separations);
    }

    [Fact]
    public void Transparent_pixels_are_laid_on_paper_and_no_soft_mask_is_written()
    {
        using var folder = new StatementFolder();
        // Black at full, half and no opacity.
        var path = Png(folder, "alpha.png", new SKColor(0, 0, 0, 255), new SKColor(0, 0, 0, 128), new SKColor(0, 0, 0, 0));

        using var document = Open(new Page(1, A5, [Placed(path, 150, 50, new MonochromeImage(Color.Black, ToneCurve.Linear))]));

        var (reference, image) = Assert.Single(ImageObjects(document));
        Assert.False(image.Data.ContainsKey("SMask"));
        // Half-transparent black over white is a grey of 127/255 lightness.
        Assert.Equal([0, 127, 255], Samples(document, reference));
    }

    [Fact]
    public void A_photo_placed_twice_in_one_ink_is_one_image_object_and_in_colour_another()
    {
        using var folder = new StatementFolder();
        var path = folder.WriteBytes("photo.jpg", TestImages.Jpeg());

        using var document = Open(
            new Page(1, A5, [Placed(path, 128, 96, InBlack), Placed(path, 128, 96, InBlack, y: 300)]),
            new Page(2, A5, [Placed(path, 128, 96, InBlack), Placed(path, 128, 96, null, y: 300)]));

        var images = ImageObjects(document);
        Assert.Equal(2, images.Count);
        Assert.Single(images, i => i.Dictionary.Is("Filter", "DCTDecode"));
        var gray = Assert.Single(images, i => i.Dictionary.Is("ColorSpace", "DeviceGray"));
        Assert.Equal(64 * 48, Samples(document, gray.Reference).Length);
    }

    [Fact]
    public void Progressive_jpeg_gives_the_samples_of_the_same_picture_stored_baseline()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Photos");
        byte[] SamplesOf(string name)
        {
            using var document = Open(new Page(1, A5, [Placed(Path.Combine(folder, name), 128, 96, InBlack)]));
            return Samples(document, Assert.Single(ImageObjects(document)).Reference);
        }

        var baseline = SamplesOf("baseline.jpg");

        Assert.Equal(64 * 48, baseline.Length);
        Assert.Equal(baseline, SamplesOf("progressive.jpg"));
    }

    [Fact]
    public void Monochrome_pdf_is_byte_identical_when_written_again()
    {
        using var folder = new StatementFolder();
        var path = folder.WriteBytes("photo.jpg", TestImages.Jpeg(120, 80));
        var spot = new MonochromeImage(BrightRed, Toner);
        var document = new PagedDocument(Info(), [new Page(1, A5, [Placed(path, 100, 66, InBlack), Placed(path, 100, 66, spot, y: 300)])]);

        Assert.Equal(RenderPdf(document), RenderPdf(document));
    }

    [Fact]
    public void Photo_with_more_pixels_than_print_uses_is_averaged_down_to_at_least_300_ppi()
    {
        using var folder = new StatementFolder();
        // 3 × 2 pixels placed at 600 ppi: blocks of 2 × 2, the last column a block of one column.
        var path = Png(folder, "fine.png", 3, 2, [
            new SKColor(0, 0, 0), new SKColor(100, 100, 100), new SKColor(255, 255, 255),
            new SKColor(0, 0, 0), new SKColor(101, 101, 101), new SKColor(201, 201, 201)]);
        var linear = new MonochromeImage(Color.Black, ToneCurve.Linear);

        using var document = Open(new Page(1, A5, [Placed(path, 3 * 72 / 600.0, 2 * 72 / 600.0, linear)]));

        var (reference, image) = Assert.Single(ImageObjects(document));
        Assert.Equal(2, document.Require<NumericToken>(image, "Width").Int);
        Assert.Equal(1, document.Require<NumericToken>(image, "Height").Int);
        Assert.Equal([50, 228], Samples(document, reference));
    }

    [Theory]
    [InlineData(299.9, 1)]
    [InlineData(599.9, 1)]
    [InlineData(600, 2)]
    [InlineData(1250, 4)]
    public void Reduction_keeps_the_photo_at_300_ppi_or_more(double placedPpi, int reduction) =>
        Assert.Equal(reduction, MonochromeImageStream.Reduction(placedPpi));

    [Fact]
    public void The_largest_placement_decides_the_resolution_of_the_one_object()
    {
        using var folder = new StatementFolder();
        var path = Png(folder, "photo.png", 120, 60, [.. Enumerable.Repeat(new SKColor(90, 120, 150), 120 * 60)]);
        // 120 px over a tenth of an inch is 1200 ppi (4 × 4 blocks); over a fifth 600 ppi (2 × 2).
        using var document = Open(new Page(1, A5, [Placed(path, 7.2, 3.6, InBlack), Placed(path, 14.4, 7.2, InBlack, y: 300)]));

        var (_, image) = Assert.Single(ImageObjects(document));
        Assert.Equal(60, document.Require<NumericToken>(image, "Width").Int);
        Assert.Equal(30, document.Require<NumericToken>(image, "Height").Int);
    }

    /// <summary>Object numbers of every /Separation colour space array in the file.</summary>
    private static List<long> SeparationObjects(PdfDocument document) =>
        [.. document.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Where(r => document.Structure.GetObject(r).Data is ArrayToken { Data: [NameToken { Data: "Separation" }, ..] })
            .Select(r => r.ObjectNumber)];
}
