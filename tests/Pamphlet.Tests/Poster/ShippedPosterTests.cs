using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using Pamphlet.Tests.Bleed;
using Pamphlet.Tests.Qr;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Poster;

/// <summary>The shipped poster layouts on the sample, read back from the PDF and from pixels.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class ShippedPosterTests(PosterFixture fixture) : IClassFixture<PosterFixture>
{
    private const double Mm = 72 / 25.4;

    [Theory]
    [InlineData("poster-a3", 297, 420)]
    [InlineData("poster-a2", 420, 594)]
    [InlineData("poster-a4", 210, 297)]
    [InlineData("poster-tabloid", 279.4, 431.8)]
    [InlineData("poster-a3-photo", 297, 420)]
    public void Builds_a_one_page_pdf_of_the_right_size_with_headline_demands_caption_and_credit(string layout, double widthMm, double heightMm)
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-poster-");
        try
        {
            using var engine = new PamphletEngine();
            var file = Assert.Single(engine.Build(new BuildRequest(PosterFixture.SamplePath, [layout], folder.FullName)));
            Assert.EndsWith($"statement.{layout}.pdf", file.Path);

            using var pdf = PdfDocument.Open(file.Path);
            var page = Assert.Single(pdf.GetPages());
            Assert.Equal(widthMm * Mm, PdfPageBoxes.Trim(page).Width, 0);
            Assert.Equal(heightMm * Mm, PdfPageBoxes.Trim(page).Height, 0);
            var text = string.Concat(page.GetWords().Select(w => w.Text));
            Assert.Contains("KEEPALDER", text);
            Assert.Contains("Withdrawitem7", text);
            if (layout != "poster-a3-photo")
            {
                Assert.Contains("Thebrookbelowtheweir", text);
            }
            Assert.Contains("AitzolBerasategi", text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_qr_code_on_the_poster_decodes_to_the_statements_url()
    {
        var layout = PamphletEngine.CatalogFor(null).Resolve("poster-a3");
        var page = Assert.Single(fixture.Composer.Compose(PosterFixture.Sample(), layout).Document.Pages);

        var decoded = QrCodeTests.Decode(new PngRenderer().Render(page, 100));

        Assert.Equal("https://alderbrook.example/", decoded?.Text);
        Assert.Contains(page.ItemsOf<GlyphRun>(), r => r.Text == "https://alderbrook.example/");
    }

    [Fact]
    public void A_url_too_long_for_a_qr_code_is_an_error_at_its_line_that_gives_the_maximum()
    {
        var layout = PamphletEngine.CatalogFor(null).Resolve("poster-a3");
        var markdown = File.ReadAllText(PosterFixture.SamplePath)
            .Replace("url: https://alderbrook.example/\n", $"url: https://alderbrook.example/?{new string('x', 3000)}\n", StringComparison.Ordinal);
        var document = MarkdownReader.Parse(markdown, PosterFixture.SamplePath);

        var error = Assert.Throws<PamphletException>(() => fixture.Composer.Compose(document, layout));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation(PosterFixture.SamplePath, 9), diagnostic.Location);
        Assert.Contains("the url is 3,028 bytes long, more than the 2,331 a QR code can hold", diagnostic.Message);
    }
}
