using Pamphlet.Cli;
using Pamphlet.Composition.Images;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using Pamphlet.Rendering;
using Pamphlet.Tests.Cli;
using SkiaSharp;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Images;

/// <summary>
/// Every PNG kind decoders accept prints right; a CMYK JPEG is a clear error; a JPEG whose frame
/// header sits behind large metadata builds; a file that changes under a build is caught.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class ImageVariantTests
{
    private static readonly SourceLocation At = new("statement.md", 3);

    public static TheoryData<TestImages.PngColor, int, bool> PngKinds() => new()
    {
        { TestImages.PngColor.Gray, 16, false },
        { TestImages.PngColor.Rgb, 16, false },
        { TestImages.PngColor.Palette, 8, false },
        { TestImages.PngColor.GrayAlpha, 8, true },
        { TestImages.PngColor.Rgba, 16, true },
        { TestImages.PngColor.Rgb, 8, true },
    };

    [Theory]
    [MemberData(nameof(PngKinds))]
    public void Png_of_every_kind_shows_its_marker_top_left(TestImages.PngColor color, int depth, bool interlaced)
    {
        using var folder = new StatementFolder();
        var image = ImageInfo.Read(folder.WriteBytes("graphic.png", TestImages.Png(80, 40, color, depth, interlaced)), At);
        var item = image.Place("figure", new Rect(20, 20, 120, 60), ImageItem.WholeImage);

        using var bitmap = SKBitmap.Decode(new PngRenderer().Render(new Page(1, new Pamphlet.Pages.Size(200, 200), [item]), 72));

        // Grey kinds store the red channel only: compare with the marker's and field's red.
        var (marker, field) = (bitmap.GetPixel(50, 35), bitmap.GetPixel(110, 65));
        Assert.True(Math.Abs(marker.Red - TestImages.Marker.Red) < 12, $"marker {marker}");
        Assert.True(Math.Abs(field.Red - TestImages.Field.Red) < 12, $"field {field}");
    }

    [Theory]
    [MemberData(nameof(PngKinds))]
    public void Png_of_every_kind_builds(TestImages.PngColor color, int depth, bool interlaced)
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("graphic.png", TestImages.Png(300, 200, color, depth, interlaced, alpha: 200));
        var statement = folder.Write("s.md", "Hello.\n\n![Graphic](graphic.png)\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
    }

    [Fact]
    public void Jpeg_with_its_frame_header_behind_700_kb_of_metadata_builds()
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("woods.jpg", TestImages.WithLargeAppSegments(File.ReadAllBytes(SampleFiles.Photo), 700_000));
        var statement = folder.Write("s.md", "Hello.\n\n![The woods](woods.jpg)\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
    }

    [Fact]
    public void Cmyk_jpeg_is_refused_with_what_to_do()
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("woods.jpg", TestImages.CmykJpeg(64, 48));
        var statement = folder.Write("s.md", "Hello.\n\n![The woods](woods.jpg)\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{statement}:3: error: image 'woods.jpg' cannot be placed: it is a CMYK JPEG", result.Error);
        Assert.Contains("save it again as an RGB JPEG", result.Error);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void Cmyk_fixture_is_a_jpeg_the_decoder_reads()
    {
        // The refusal above is a choice, not a decoder failure: the test file itself is valid.
        using var codec = SKCodec.Create(new MemoryStream(TestImages.CmykJpeg(64, 48)));
        Assert.NotNull(codec);
        using var bitmap = new SKBitmap(codec.Info.Width, codec.Info.Height);
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(bitmap.Info, bitmap.GetPixels()));
    }

    [Fact]
    public void Renderer_refuses_a_file_whose_orientation_changed_since_composing()
    {
        using var folder = new StatementFolder();
        var path = folder.WriteBytes("phone.jpg", TestImages.OrientedJpeg(80, 40, 6));
        var composedBefore = new ImageItem("figure", new Rect(10, 10, 80, 40), path, ImageItem.WholeImage);

        var error = Assert.Throws<UnreadableImageException>(() => new PngRenderer().Render(new Page(1, new Pamphlet.Pages.Size(100, 100), [composedBefore]), 72));

        Assert.Equal(ImageProblem.Inconsistent, error.Problem);
        Assert.Contains("orientation is 6", error.Detail);
    }

    [Fact]
    public void Header_and_decoder_must_agree_on_size_and_orientation()
    {
        var header = new ImageHeader(ImageFormat.Jpeg, 400, 300, 3, ImageOrientation.Rotate90);

        Assert.Null(ImageFileCheck.Disagreement(header, 400, 300, SKEncodedOrigin.RightTop));
        Assert.Equal("its header says 400 × 300 pixels but the decoder finds 400 × 200",
            ImageFileCheck.Disagreement(header, 400, 200, SKEncodedOrigin.RightTop));
        Assert.Equal("its EXIF orientation reads as 6 to Pamphlet but as 1 to the decoder",
            ImageFileCheck.Disagreement(header, 400, 300, SKEncodedOrigin.TopLeft));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, ImageProblem.CutShort)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9 }, ImageProblem.Damaged)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48 }, ImageProblem.CutShort)]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' }, ImageProblem.NotJpegOrPng)]
    public void Broken_headers_say_what_is_wrong(byte[] file, ImageProblem problem)
    {
        var error = Assert.Throws<ImageHeaderException>(() => ImageHeader.Read(new MemoryStream(file)));

        Assert.Equal(problem, error.Problem);
    }

    [Fact]
    public void Png_header_with_a_colour_type_the_format_lacks_is_damaged()
    {
        var png = TestImages.Png(4, 4, TestImages.PngColor.Rgb);
        png[8 + 8 + 9] = 5;

        var error = Assert.Throws<ImageHeaderException>(() => ImageHeader.Read(new MemoryStream(png)));

        Assert.Equal(ImageProblem.Damaged, error.Problem);
        Assert.Contains("colour type 5", error.Detail);
    }
}
