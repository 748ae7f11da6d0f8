using Pamphlet.Composition.Images;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using Pamphlet.Tests.Cli;
using SkiaSharp;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Images;

/// <summary>
/// Phone photos store their pixels turned and say so in EXIF: the picture must come out upright, in
/// a frame of the upright proportions, in the PNG preview and in the PDF alike.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class OrientationRenderingTests
{
    private static readonly SourceLocation At = new("statement.md", 3);
    private static readonly Pamphlet.Pages.Size PageSize = new(200, 200);

    /// <summary>The photo framed 120 pt wide at (20, 20), as a figure would frame it.</summary>
    private static ImageItem Framed(ImageInfo image)
    {
        var frame = new Rect(20, 20, 120, 120 / image.AspectRatio);
        return image.Place("figure", frame, ImageItem.WholeImage);
    }

    public static TheoryData<int> AllOrientations() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(AllOrientations))]
    public void Png_preview_shows_the_photo_upright_in_a_frame_of_its_upright_shape(int orientation)
    {
        using var folder = new StatementFolder();
        var image = ImageInfo.Read(folder.WriteBytes("phone.jpg", TestImages.OrientedJpeg(80, 40, orientation)), At);
        var item = Framed(image);

        using var bitmap = SKBitmap.Decode(new PngRenderer().Render(new Page(1, PageSize, [item]), 72));

        var (left, top, right, bottom) = InkedBox(bitmap);
        Assert.Equal(120, right - left + 1, 1.0);
        Assert.Equal(60, bottom - top + 1, 1.0);
        // Quarter points of the frame: the marker is in the top-left quarter only.
        AssertNear(TestImages.Marker, bitmap.GetPixel(50, 35));
        AssertNear(TestImages.Field, bitmap.GetPixel(110, 35));
        AssertNear(TestImages.Field, bitmap.GetPixel(50, 65));
        AssertNear(TestImages.Field, bitmap.GetPixel(110, 65));
    }

    [Theory]
    [MemberData(nameof(AllOrientations))]
    public void Pdf_places_the_jpeg_unchanged_in_the_upright_frame(int orientation)
    {
        using var folder = new StatementFolder();
        var jpeg = TestImages.OrientedJpeg(80, 40, orientation);
        var image = ImageInfo.Read(folder.WriteBytes("phone.jpg", jpeg), At);

        var pdf = RenderPdf(new PagedDocument(Info(), [new Page(1, PageSize, [Framed(image)])]));

        using var document = PdfDocument.Open(pdf);
        var placed = Assert.Single(document.GetPage(1).GetImages());
        // Passed through: the JPEG's own bytes (DCTDecode), not a re-encoded bitmap.
        var raw = placed.RawMemory.ToArray();
        Assert.Equal(jpeg.Length, raw.Length);
        Assert.Equal(jpeg[..2], raw[..2]);
        var box = placed.BoundingBox;
        var corners = new[] { box.TopLeft, box.TopRight, box.BottomLeft, box.BottomRight };
        Assert.Equal(120, corners.Max(c => c.X) - corners.Min(c => c.X), 0.5);
        Assert.Equal(60, corners.Max(c => c.Y) - corners.Min(c => c.Y), 0.5);
    }

    private static (int Left, int Top, int Right, int Bottom) InkedBox(SKBitmap bitmap)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red > 240 && c.Green > 240 && c.Blue > 240) continue;
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }

        return (left, top, right, bottom);
    }

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        var distance = Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue);
        Assert.True(distance < 60, $"expected about {expected}, found {actual}");
    }
}
