using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Bleed;

/// <summary>The slug line: composed as glyphs, printed only with marks, outside the bleed.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class SlugTests(BleedFixture fixture) : IClassFixture<BleedFixture>, IDisposable
{
    private readonly FontLibrary fonts = new([FontLibrary.BundledFolder]);

    [Fact]
    public void With_marks_every_page_carries_its_slug_below_the_bleed_box()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet", marks: true));
        var count = pdf.NumberOfPages;
        Assert.All(pdf.GetPages(), page =>
        {
            var bleed = PdfPageBoxes.Bleed(page);
            var media = PdfPageBoxes.Media(page);
            var slugWords = page.GetWords().Where(w => w.BoundingBox.Top < bleed.Bottom).ToList();
            var slug = string.Join(" ", slugWords.Select(w => w.Text));
            Assert.Contains($"page {page.Number}/{count}", slug, StringComparison.Ordinal);
            Assert.Contains("a5-pamphlet", slug, StringComparison.Ordinal);
            Assert.Contains("2026-03-14", slug, StringComparison.Ordinal);
            Assert.All(slugWords, w => Assert.True(w.BoundingBox.Bottom >= media.Bottom && w.BoundingBox.Right <= media.Right, $"{w.Text} off the media"));
        });
    }

    [Fact]
    public void Without_marks_no_slug_is_printed()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet"));
        Assert.DoesNotContain(pdf.GetPages(), page => page.Text.Contains("a5-pamphlet", StringComparison.Ordinal));
    }

    [Fact]
    public void Slug_carries_title_file_layout_date_and_page()
    {
        var slug = new SlugComposer(fonts, new Shaper()).Compose("Homes for All", "homes", "a5-pamphlet",
            new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero), 3, 8, 400);
        Assert.Equal("Homes for All  ·  homes  ·  a5-pamphlet  ·  2026-03-14  ·  page 3/8", slug.Text);
        Assert.Equal(SlugComposer.FontSize, slug.FontSize);
        Assert.DoesNotContain((ushort)0, slug.Glyphs);
    }

    [Fact]
    public void A_title_the_slug_font_cannot_draw_left_to_right_is_left_out()
    {
        var slug = new SlugComposer(fonts, new Shaper()).Compose("أنقذوا الحديقة", "park", "a5-pamphlet", null, 1, 4, 400);
        Assert.Equal("park  ·  a5-pamphlet  ·  page 1/4", slug.Text);
    }

    [Fact]
    public void A_long_slug_shrinks_to_the_width_it_is_given()
    {
        var slug = new SlugComposer(fonts, new Shaper()).Compose(new string('W', 60), "file", "a5-pamphlet", null, 1, 4, 300);
        Assert.True(slug.Width <= 300.001, $"{slug.Width}");
    }

    public void Dispose() => fonts.Dispose();
}
