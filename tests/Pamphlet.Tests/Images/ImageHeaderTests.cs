using Pamphlet.Composition.Images;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Images;

/// <summary>What <see cref="ImageInfo"/> reads from an image file's header, before any pixel is decoded.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ImageHeaderTests
{
    private static readonly SourceLocation At = new("statement.md", 7);

    private static ImageInfo Read(StatementFolder folder, string name, byte[] bytes) =>
        ImageInfo.Read(folder.WriteBytes(name, bytes), At);

    public static TheoryData<int, bool> Orientations()
    {
        var data = new TheoryData<int, bool>();
        for (var o = 1; o <= 8; o++)
        {
            data.Add(o, false);
            data.Add(o, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Exif_orientation_gives_the_displayed_size(int orientation, bool bigEndian)
    {
        using var folder = new StatementFolder();
        var image = Read(folder, "phone.jpg", TestImages.OrientedJpeg(60, 30, orientation, bigEndian));

        Assert.Equal((60, 30), (image.PixelWidth, image.PixelHeight));
        Assert.Equal(2.0, image.AspectRatio, 6);
    }

    [Fact]
    public void Frame_header_after_half_a_megabyte_of_app_segments_is_found()
    {
        using var folder = new StatementFolder();
        var image = Read(folder, "big-profile.jpg", TestImages.WithLargeAppSegments(TestImages.Jpeg(64, 48), 700_000));

        Assert.Equal((64, 48), (image.PixelWidth, image.PixelHeight));
    }

    [Theory]
    [InlineData(TestImages.PngColor.Gray, 8, false)]
    [InlineData(TestImages.PngColor.Gray, 16, false)]
    [InlineData(TestImages.PngColor.Rgb, 16, false)]
    [InlineData(TestImages.PngColor.Palette, 8, false)]
    [InlineData(TestImages.PngColor.GrayAlpha, 8, false)]
    [InlineData(TestImages.PngColor.Rgba, 16, true)]
    [InlineData(TestImages.PngColor.Rgb, 8, true)]
    public void Png_size_is_read_for_every_colour_type_depth_and_interlace(TestImages.PngColor color, int depth, bool interlaced)
    {
        using var folder = new StatementFolder();
        var image = Read(folder, "graphic.png", TestImages.Png(30, 20, color, depth, interlaced));

        Assert.Equal((30, 20), (image.PixelWidth, image.PixelHeight));
    }

    [Fact]
    public void Empty_file_says_it_is_empty()
    {
        using var folder = new StatementFolder();
        var error = Assert.Throws<PamphletException>(() => Read(folder, "empty.jpg", []));

        Assert.Equal(At, error.Diagnostics[0].Location);
        Assert.Contains("'empty.jpg' is empty (0 bytes)", error.Message);
    }
}
