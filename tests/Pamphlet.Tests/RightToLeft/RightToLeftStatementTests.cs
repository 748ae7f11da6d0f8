using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Poster;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Tests.Cli;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>
/// Whole right-to-left statements: the Arabic corpus statement and a short Hebrew one of our own
/// (TestData/RightToLeft/shomrim-he.md), on the pamphlet's cover and on a poster.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class RightToLeftStatementTests : IDisposable
{
    private readonly FontLibrary fonts = new([FontLibrary.BundledFolder]);

    public void Dispose() => fonts.Dispose();

    public static string Arabic => Path.Combine(SampleFiles.Folder, "corpus", "hay-ar.md");

    public static string Hebrew => Path.Combine(AppContext.BaseDirectory, "TestData", "RightToLeft", "shomrim-he.md");

    private IReadOnlyList<Page> Build(string statement, string layout) =>
        new Composer(fonts).Compose(MarkdownReader.Read(statement), PamphletEngine.CatalogFor(null).Resolve(layout)).Document.Pages;

    [Theory]
    [InlineData("ar", "1 تشرين الثاني/نوفمبر 2026")]
    [InlineData("he", "15 במאי 2026")]
    public void The_cover_prints_the_date_with_the_languages_month_names(string language, string expected)
    {
        var cover = Build(language == "ar" ? Arabic : Hebrew, "a5-pamphlet")[0];
        var date = cover.ItemsOf<GlyphRun>().Where(r => r.Role == "cover-date").ToList();

        Assert.NotEmpty(date);
        // Logical order: the runs as the line reads, right to left.
        var read = string.Join(" ", date.OrderByDescending(r => r.Origin.X).Select(r => r.Text)).Replace(" /", "/", StringComparison.Ordinal).Replace("/ ", "/", StringComparison.Ordinal);
        Assert.Equal(expected, read);
        Assert.DoesNotContain(date, r => r.Text.Contains("2026-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hebrew_poster_is_mirrored_too()
    {
        var layout = PamphletEngine.CatalogFor(null).Resolve("poster-a3");
        var poster = Build(Hebrew, "poster-a3")[0];
        // poster-a3 writes "demands slogan" and "footer qr", its first column the wider; mirrored, the columns meet
        // that far from the right edge of the safe area (the statement has no photo: its quote spans the row).
        var grid = new PosterGrid(layout.Page, layout.Poster!);
        var middle = grid.SafeArea.X + grid.SafeArea.Right - grid.RegionArea(layout.Poster!.Regions.Single(r => r.Name == "demands")).Right;

        IReadOnlyList<PageItem> In(string region)
        {
            var items = poster.Items.Where(i => i.Role.EndsWith("@" + region, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(items);
            return items;
        }
        Assert.All(In("demands"), i => Assert.True(i.Bounds.X >= middle, $"{i.Role} at {i.Bounds}"));
        Assert.All(In("footer"), i => Assert.True(i.Bounds.X >= middle, $"{i.Role} at {i.Bounds}"));
        Assert.All(In("slogan"), i => Assert.True(i.Bounds.Right <= middle, $"{i.Role} at {i.Bounds}"));
        Assert.All(In("qr"), i => Assert.True(i.Bounds.Right <= middle, $"{i.Role} at {i.Bounds}"));
    }

    [Fact]
    public void The_hebrew_statements_handle_and_addresses_read_as_typed()
    {
        var runs = Build(Hebrew, "a5-pamphlet").SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "body").ToList();
        var url = runs.Single(r => r.Text.Contains("shomrim.example/petition", StringComparison.Ordinal));
        var handle = runs.Single(r => r.Text.Contains("ShomrimAlHaYaar", StringComparison.Ordinal));
        var at = runs.Where(r => r.Text == "@" && Math.Abs(r.Origin.Y - handle.Origin.Y) < 0.1).ToList();

        Assert.Equal("https://shomrim.example/petition", url.Text);
        Assert.False(url.RightToLeft);
        // The "@" may be a run of its own (the itemiser cuts where the script changes): either way it stands left of the name.
        Assert.True(handle.Text.StartsWith('@') || at.Any(a => a.Origin.X + a.Width <= handle.Origin.X + 0.1), "the @ stands before the handle");
    }
}
