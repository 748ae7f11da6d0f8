using System.Text;
using Pamphlet.Pages;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Bleed;

/// <summary>MediaBox, BleedBox and TrimBox read back from built PDFs.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class PageBoxTests(BleedFixture fixture) : IClassFixture<BleedFixture>
{
    private const double Mm = 72 / 25.4;

    /// <summary>Box values are written with 4 decimals.</summary>
    private const double Tolerance = 0.001;

    private static readonly PdfBox A5Trim = new(0, 0, 148 * Mm, 210 * Mm);

    [Fact]
    public void Default_a5_pamphlet_has_a_3_mm_bleed_on_every_page_and_media_equal_to_the_bleed_box()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet"));
        Assert.True(pdf.NumberOfPages > 1);
        Assert.All(pdf.GetPages(), page =>
        {
            AssertBox(Grow(A5Trim, 3 * Mm), PdfPageBoxes.Media(page));
            AssertBox(Grow(A5Trim, 3 * Mm), PdfPageBoxes.Bleed(page));
            AssertBox(Shift(A5Trim, 3 * Mm), PdfPageBoxes.Trim(page));
        });
    }

    [Fact]
    public void No_bleed_gives_plain_trimmed_pages_with_all_boxes_equal()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet", noBleed: true));
        Assert.All(pdf.GetPages(), page =>
        {
            AssertBox(A5Trim, PdfPageBoxes.Media(page));
            AssertBox(A5Trim, PdfPageBoxes.Bleed(page));
            AssertBox(A5Trim, PdfPageBoxes.Trim(page));
        });
    }

    [Fact]
    public void Marks_grow_the_media_by_10_mm_beyond_the_bleed_and_keep_the_boxes_centred()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet", marks: true));
        Assert.All(pdf.GetPages(), page =>
        {
            AssertBox(Grow(A5Trim, 13 * Mm), PdfPageBoxes.Media(page));
            AssertBox(Shift(Grow(A5Trim, 3 * Mm), 10 * Mm), PdfPageBoxes.Bleed(page));
            AssertBox(Shift(A5Trim, 13 * Mm), PdfPageBoxes.Trim(page));
        });
    }

    [Fact]
    public void Marks_without_bleed_put_the_trim_10_mm_inside_the_media()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet", noBleed: true, marks: true));
        var page = pdf.GetPage(1);
        AssertBox(Grow(A5Trim, 10 * Mm), PdfPageBoxes.Media(page));
        AssertBox(Shift(A5Trim, 10 * Mm), PdfPageBoxes.Bleed(page));
        AssertBox(Shift(A5Trim, 10 * Mm), PdfPageBoxes.Trim(page));
    }

    [Fact]
    public void Page_size_reported_by_readers_is_the_media_box()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet"));
        var page = pdf.GetPage(1);
        Assert.Equal(154 * Mm, page.Width, 0.001);
        Assert.Equal(216 * Mm, page.Height, 0.001);
    }

    [Fact]
    public void Tabloid_bleed_of_an_eighth_inch_is_rounded_up_to_3_2_mm_so_the_page_stays_on_the_grid()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("poster-tabloid"));
        var page = pdf.GetPage(1);
        var trim = new PdfBox(0, 0, 11 * 72, 17 * 72);
        AssertBox(Shift(trim, 3.2 * Mm), PdfPageBoxes.Trim(page));
        AssertBox(Grow(trim, 3.2 * Mm), PdfPageBoxes.Bleed(page));
        // Skia's page size agrees with the box to the written precision.
        Assert.Equal(PdfPageBoxes.Media(page).Width, page.Width, 0.001);
    }

    [Fact]
    public void Language_is_still_written_after_the_boxes()
    {
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(fixture.Pdf("a5-pamphlet", marks: true)));
        Assert.Contains("/Lang (en)", bytes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Rebuilds_are_byte_identical(bool noBleed, bool marks)
    {
        var first = File.ReadAllBytes(fixture.Build("a5-pamphlet", noBleed, marks, "-first"));
        var second = File.ReadAllBytes(fixture.Build("a5-pamphlet", noBleed, marks, "-second"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Bleed_widths_snap_up_to_the_tenth_millimetre_grid()
    {
        Assert.Equal(3 * Mm, PrintBleed.OnGrid(3 * Mm), 1e-9);
        Assert.Equal(3.2 * Mm, PrintBleed.OnGrid(72.0 / 8), 1e-9);
        Assert.Equal(0, PrintBleed.OnGrid(0));
        Assert.Equal(0, PrintBleed.OnGrid(-1));
    }

    private static PdfBox Grow(PdfBox box, double by) => new(box.Left, box.Bottom, box.Right + 2 * by, box.Top + 2 * by);

    private static PdfBox Shift(PdfBox box, double by) => new(box.Left + by, box.Bottom + by, box.Right + by, box.Top + by);

    private static void AssertBox(PdfBox expected, PdfBox actual)
    {
        Assert.Equal(expected.Left, actual.Left, Tolerance);
        Assert.Equal(expected.Bottom, actual.Bottom, Tolerance);
        Assert.Equal(expected.Right, actual.Right, Tolerance);
        Assert.Equal(expected.Top, actual.Top, Tolerance);
    }
}
