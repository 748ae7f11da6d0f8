using Pamphlet.Composition.Poster;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Poster;

/// <summary>
/// A right-to-left statement's poster is the layout's grid mirrored: areas change sides ("quote demands"
/// becomes "demands quote", the QR code and the signature swap), and inside a region the QR code keeps to
/// the end side, which is the left.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class RightToLeftPosterTests(PosterFixture fixture) : IClassFixture<PosterFixture>
{
    private static string ArabicStatement => Path.Combine(SampleFiles.Folder, "corpus", "hay-ar.md");

    private static string RegionOf(PageItem item) => item.Role.Contains('@') ? item.Role[(item.Role.IndexOf('@') + 1)..] : "";

    private Page Poster(LayoutDefinition layout, string statement) =>
        Assert.Single(fixture.Composer.Compose(MarkdownReader.Read(statement), layout).Document.Pages);

    private static LayoutDefinition PosterA3 => PamphletEngine.CatalogFor(null).Resolve("poster-a3");

    [Fact]
    public void The_grid_is_mirrored_across_the_safe_area()
    {
        var layout = PosterA3;
        var ltr = new PosterGrid(layout.Page, layout.Poster!);
        var rtl = new PosterGrid(layout.Page, layout.Poster!, rightToLeft: true);

        foreach (var region in layout.Poster!.Regions)
        {
            var (l, r) = (ltr.RegionArea(region), rtl.RegionArea(region));
            Assert.Equal(ltr.SafeArea.X + ltr.SafeArea.Right - l.Right, r.X, precision: 6);
            Assert.Equal((l.Y, l.Width, l.Height), (r.Y, r.Width, r.Height));
        }
    }

    [Fact]
    public void An_arabic_poster_puts_the_photo_demands_and_signature_on_the_right_and_the_quote_slogan_and_qr_code_on_the_left()
    {
        // poster-a3's grid, as written: "image quote", "demands slogan", "footer qr"; its first column is the wider.
        var layout = PosterA3;
        var grid = new PosterGrid(layout.Page, layout.Poster!);
        var columnsMeet = grid.RegionArea(layout.Poster!.Regions.Single(r => r.Name == "image")).Right;
        var mirroredMeet = grid.SafeArea.X + grid.SafeArea.Right - columnsMeet;
        var arabic = Poster(layout, ArabicStatement);
        var english = Poster(layout, SampleFiles.Statement);

        static IEnumerable<PageItem> In(Page page, string region)
        {
            var items = page.Items.Where(i => RegionOf(i) == region).ToList();
            Assert.NotEmpty(items);
            return items;
        }
        foreach (var region in new[] { "image", "demands", "footer" })
        {
            Assert.All(In(arabic, region), i => Assert.True(i.Bounds.X >= mirroredMeet, $"{i.Role} at {i.Bounds}"));
            Assert.All(In(english, region), i => Assert.True(i.Bounds.Right <= columnsMeet, $"{i.Role} at {i.Bounds}"));
        }
        foreach (var region in new[] { "quote", "slogan", "qr" })
        {
            Assert.All(In(arabic, region), i => Assert.True(i.Bounds.Right <= mirroredMeet, $"{i.Role} at {i.Bounds}"));
            Assert.All(In(english, region), i => Assert.True(i.Bounds.X >= columnsMeet, $"{i.Role} at {i.Bounds}"));
        }
    }

    [Fact]
    public void Every_item_of_an_arabic_poster_stays_inside_its_mirrored_region()
    {
        var layout = PosterA3;
        var page = Poster(layout, ArabicStatement);
        var grid = new PosterGrid(layout.Page, layout.Poster!, rightToLeft: true);
        var areas = layout.Poster!.Regions.ToDictionary(r => r.Name, grid.RegionArea);

        foreach (var item in page.Items.Where(i => RegionOf(i) != ""))
        {
            Assert.True(areas[RegionOf(item)].Contains(item.Bounds, tolerance: 0.5), $"{item.Role} at {item.Bounds} leaves {areas[RegionOf(item)]}");
        }
    }

    [Fact]
    public void A_qr_code_beside_text_in_one_region_stands_at_the_left_and_the_text_keeps_clear_of_it()
    {
        // The fixture's footer holds the signature, the date and the QR code together.
        var page = Poster(PosterFixture.A3(), ArabicStatement);
        var code = page.Items.Where(i => i.Role.StartsWith("qr-code", StringComparison.Ordinal)).ToList();
        var text = page.ItemsOf<GlyphRun>().Where(r => RegionOf(r) == "footer" && !r.Role.StartsWith("qr-url", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(code);
        Assert.NotEmpty(text);
        var codeRight = code.Max(i => i.Bounds.Right);
        Assert.All(text, r => Assert.True(r.Bounds.X > codeRight, $"'{r.Text}' at {r.Bounds.X:0.#} is not right of the code ending at {codeRight:0.#}"));
    }

    [Fact]
    public void The_url_under_an_arabic_posters_qr_code_reads_whole()
    {
        var page = Poster(PosterA3, ArabicStatement);
        var url = page.ItemsOf<GlyphRun>().Where(r => r.Role == "qr-url@qr").OrderBy(r => r.Origin.X).ToList();

        Assert.Equal("https://hay-zaytoun.example/", string.Concat(url.Select(r => r.Text)));
    }
}
