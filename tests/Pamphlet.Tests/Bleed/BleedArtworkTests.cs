using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using Pamphlet.Tests.Poster;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Bleed;

/// <summary>What runs into the bleed (cover and poster backgrounds, the full-bleed photo) and what stays outside it (crop marks).</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class BleedArtworkTests(BleedFixture fixture, PosterFixture posters) : IClassFixture<BleedFixture>, IClassFixture<PosterFixture>
{
    private const double Mm = 72 / 25.4;

    private Page Compose(string layout, int page = 0)
    {
        var definition = PamphletEngine.CatalogFor(null).Resolve(layout);
        return posters.Composer.Compose(MarkdownReader.Read(PosterFixture.SamplePath), definition).Document.Pages[page];
    }

    [Fact]
    public void Cover_background_fills_the_trim_and_the_3_mm_bleed()
    {
        var cover = Compose("a5-pamphlet");
        Assert.Equal(3 * Mm, cover.Bleed, 1e-9);
        var background = Assert.Single(cover.ItemsOf<FillItem>(), f => f.Role == "cover-background");
        Assert.Equal(cover.BleedArea, background.Area);
    }

    [Fact]
    public void Only_full_page_artwork_leaves_the_trim()
    {
        var cover = Compose("a5-pamphlet");
        var trim = new Rect(0, 0, cover.Size.Width, cover.Size.Height);
        Assert.All(cover.Items.Where(i => i.Role != "cover-background"), item => Assert.True(trim.Contains(item.Bounds), $"{item.Role} at {item.Bounds}"));
    }

    [Theory]
    [InlineData("poster-a3-photo", "poster-background")]
    [InlineData("poster-a3-photo", "poster-background-image")]
    [InlineData("poster-a3-photo", "poster-scrim")]
    public void Poster_backgrounds_photo_and_scrim_run_into_the_bleed(string layout, string role)
    {
        // A photo large enough to print sharp behind the whole sheet (1,800 × 2,600 px: 150 ppi over A3 and its bleed);
        // a smaller one is framed in the grid instead (PosterPhotoTests).
        var folder = Directory.CreateTempSubdirectory("pamphlet-bleed-photo-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "large.jpg"), Images.TestImages.PlainJpeg(1800, 2600));
            var markdown = File.ReadAllText(PosterFixture.SamplePath).Replace("(photo.jpg ", "(large.jpg ", StringComparison.Ordinal);
            var document = MarkdownReader.Parse(markdown, Path.Combine(folder.FullName, "statement.md"));
            var poster = Assert.Single(posters.Composer.Compose(document, PamphletEngine.CatalogFor(null).Resolve(layout)).Document.Pages);
            Assert.True(poster.Bleed > 0);
            var item = Assert.Single(poster.Items, i => i.Role == role);
            Assert.Equal(poster.BleedArea, item.Bounds);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void In_the_pdf_the_cover_colour_covers_the_bleed_box()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet", marks: true));
        var page = pdf.GetPage(1);
        var bleed = PdfPageBoxes.Bleed(page);
        var fills = page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>();
        Assert.Contains(fills, r => new PdfBox(r.Left, r.Bottom, r.Right, r.Top).Contains(bleed, 0.01));
    }

    [Fact]
    public void In_the_pdf_eight_crop_marks_per_page_lie_outside_the_bleed_box_and_inside_the_media()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet", marks: true));
        Assert.All(pdf.GetPages(), page =>
        {
            var bleed = PdfPageBoxes.Bleed(page);
            var media = PdfPageBoxes.Media(page);
            var marks = page.Paths.Where(p => p.IsStroked && Math.Abs(p.LineWidth - PrinterMarks.Thickness) < 0.001)
                .Select(p => p.GetBoundingRectangle()!.Value).ToList();
            Assert.Equal(8, marks.Count);
            Assert.All(marks, m =>
            {
                var box = new PdfBox(m.Left, m.Bottom, m.Right, m.Top);
                var overlapsBleed = box.Left < bleed.Right && bleed.Left < box.Right && box.Bottom < bleed.Top && bleed.Bottom < box.Top;
                Assert.False(overlapsBleed, $"mark {box} touches the bleed box {bleed}");
                Assert.True(media.Contains(box), $"mark {box} is off the media {media}");
            });
        });
    }

    [Fact]
    public void Without_marks_nothing_is_stroked_as_a_crop_mark()
    {
        using var pdf = PdfDocument.Open(fixture.Pdf("a5-pamphlet"));
        var page = pdf.GetPage(1);
        Assert.DoesNotContain(page.Paths, p => p.IsStroked && Math.Abs(p.LineWidth - PrinterMarks.Thickness) < 0.001);
    }

    [Fact]
    public void Crop_marks_start_at_least_1_mm_past_the_bleed_and_continue_the_trim_lines()
    {
        var trim = new Size(148 * Mm, 210 * Mm);
        var bleed = 3 * Mm;
        var marks = PrinterMarks.CropMarks(trim, bleed).Cast<RuleItem>().ToList();
        Assert.Equal(8, marks.Count);
        var keepClear = new Rect(-bleed - 1 * Mm, -bleed - 1 * Mm, trim.Width + 2 * (bleed + 1 * Mm), trim.Height + 2 * (bleed + 1 * Mm));
        Assert.All(marks, m =>
        {
            Assert.False(keepClear.Intersects(m.Bounds), $"{m.Bounds}");
            var onVerticalTrimLine = m.From.X == m.To.X && (m.From.X == 0 || m.From.X == trim.Width);
            var onHorizontalTrimLine = m.From.Y == m.To.Y && (m.From.Y == 0 || m.From.Y == trim.Height);
            Assert.True(onVerticalTrimLine || onHorizontalTrimLine);
            Assert.Equal(0.25, m.Thickness);
        });
    }
}
