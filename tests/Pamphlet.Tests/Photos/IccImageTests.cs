using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using Pamphlet.Tests.Cli;
using Pamphlet.Tests.Images;
using Pamphlet.Tests.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Photos.PhotoFixtures;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Photos;

/// <summary>
/// PDF/X wants every colour photo's colours defined: with <see cref="PdfRenderer.RequireIccImages"/>
/// a photo without a profile is said to be sRGB, through one copy of the bundled profile.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class IccImageTests
{
    private static PdfDocument Open(bool requireIcc, params PageItem[] items)
    {
        using var output = new MemoryStream();
        new PdfRenderer { RequireIccImages = requireIcc }.Render(new PagedDocument(Info(), [new Page(1, A5, items)]), output);
        return PdfDocument.Open(output.ToArray());
    }

    private static ImageItem Photo(string path, double y = 40) => Placed(path, 128, 96, null, y);

    /// <summary>The /ICCBased profile stream of an image, checked to be one.</summary>
    private static (long Object, StreamToken Stream) Profile(PdfDocument document, DictionaryToken image)
    {
        var space = document.Require<ArrayToken>(image, "ColorSpace");
        Assert.Equal("ICCBased", ((NameToken)space.Data[0]).Data);
        var reference = (IndirectReferenceToken)space.Data[1];
        return (reference.Data.ObjectNumber, (StreamToken)document.Resolve(reference));
    }

    [Fact]
    public void Profile_less_jpeg_and_png_share_one_sRGB_profile_stream_with_three_components()
    {
        using var folder = new StatementFolder();
        var jpeg = folder.WriteBytes("photo.jpg", TestImages.Jpeg());
        var png = Png(folder, "chart.png", new SKColor(200, 30, 30), new SKColor(20, 60, 220));

        using var document = Open(true, Photo(jpeg), Photo(png, 300));

        var images = ImageObjects(document);
        Assert.Equal(2, images.Count);
        var profiles = images.Select(i => Profile(document, i.Dictionary)).ToList();
        Assert.Single(profiles.Select(p => p.Object).Distinct());
        var profile = profiles[0].Stream;
        Assert.Equal(3, ((NumericToken)profile.StreamDictionary.Data["N"]).Int);
        Assert.Equal(ColorProfiles.Srgb.ToArray(), profile.Decode());
    }

    [Fact]
    public void Imposed_sheets_tag_the_photo_too_and_print_its_one_ink_copy_in_grey()
    {
        using var folder = new StatementFolder();
        var jpeg = folder.WriteBytes("photo.jpg", TestImages.Jpeg());
        var document = new PagedDocument(Info(), [
            new Page(1, A5, [Photo(jpeg)]),
            new Page(2, A5, [Placed(jpeg, 128, 96, new MonochromeImage(Pamphlet.Pages.Color.Black, Toner))])]);
        using var output = new MemoryStream();

        new Pamphlet.Rendering.Imposition.ImpositionRenderer { RequireIccImages = true }
            .Render(document, Pamphlet.Rendering.Imposition.Imposer.Plan(document, new Pamphlet.Rendering.Imposition.ImpositionSettings(Pamphlet.Rendering.Imposition.ImpositionKind.TwoUp)).Sides, output);

        using var pdf = PdfDocument.Open(output.ToArray());
        var images = ImageObjects(pdf);
        Assert.Equal(2, images.Count);
        Profile(pdf, Assert.Single(images, i => i.Dictionary.Is("Filter", "DCTDecode")).Dictionary);
        Assert.Single(images, i => i.Dictionary.Is("ColorSpace", "DeviceGray"));
    }

    [Fact]
    public void Without_the_option_a_profile_less_jpeg_stays_DeviceRGB()
    {
        using var folder = new StatementFolder();
        using var document = Open(false, Photo(folder.WriteBytes("photo.jpg", TestImages.Jpeg())));

        Assert.Equal("DeviceRGB", document.NameOf(Assert.Single(ImageObjects(document)).Dictionary, "ColorSpace"));
    }

    [Fact]
    public void Jpeg_with_its_own_profile_keeps_it()
    {
        using var folder = new StatementFolder();
        // Not a real profile: the writer copies the bytes, it does not read them.
        var own = Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray();
        byte[] segment = [.. "ICC_PROFILE\0"u8, 1, 1, .. own];
        var path = folder.WriteBytes("tagged.jpg", TestImages.WithSegment(TestImages.Jpeg(), 0xE2, segment));

        using var document = Open(true, Photo(path));

        var (_, profile) = Profile(document, Assert.Single(ImageObjects(document)).Dictionary);
        Assert.Equal(own, profile.Decode());
        Assert.Equal(3, ((NumericToken)profile.StreamDictionary.Data["N"]).Int);
    }

    [Fact]
    public void Grey_jpeg_stays_DeviceGray_without_a_profile()
    {
        using var folder = new StatementFolder();
        using var bitmap = new SKBitmap(new SKImageInfo(32, 24, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(90, 90, 90));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var path = folder.WriteBytes("grey.jpg", data.ToArray());

        using var document = Open(true, Photo(path));

        Assert.Equal("DeviceGray", document.NameOf(Assert.Single(ImageObjects(document)).Dictionary, "ColorSpace"));
        Assert.Empty(document.ObjectsWhere(d => d.Data.ContainsKey("N")));
    }

    [Fact]
    public void Adobe_cmyk_jpeg_stays_DeviceCMYK_inverted_back_by_its_Decode_array()
    {
        using var folder = new StatementFolder();
        var path = folder.WriteBytes("cmyk.jpg", TestImages.CmykJpeg(64, 48));

        using var document = Open(true, Photo(path));

        var image = Assert.Single(ImageObjects(document)).Dictionary;
        Assert.Equal("DeviceCMYK", document.NameOf(image, "ColorSpace"));
        var decode = document.Require<ArrayToken>(image, "Decode").Data.Cast<NumericToken>().Select(n => n.Int);
        Assert.Equal([1, 0, 1, 0, 1, 0, 1, 0], decode);
    }
}
