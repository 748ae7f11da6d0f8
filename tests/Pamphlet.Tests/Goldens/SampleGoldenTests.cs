using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Rendering;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Goldens;

/// <summary>
/// The sample statement's pamphlet pages and poster against their golden images (statement.a5-pamphlet-N.png,
/// statement.poster-a3.png): a change in where anything lands on the pages the README shows fails here.
/// </summary>
[Trait(Tier.Name, Tier.Visual)]
public sealed class SampleGoldenTests : IDisposable
{
    /// <summary>Low enough for small files, high enough to see every block, rule, panel and line of text.</summary>
    private const double Dpi = 20;

    private readonly FontLibrary fonts = new([FontLibrary.BundledFolder]);

    public void Dispose() => fonts.Dispose();

    /// <summary>A copy of samples/statement.md (its photo is the sample's), so that editing the sample does not move the goldens.</summary>
    private static Pamphlet.Documents.Model.Document Statement => MarkdownReader.Read(Path.Combine(GoldenImages.Folder, "statement.md"));

    [Fact]
    public void Every_page_of_the_sample_pamphlet_looks_as_it_did()
    {
        var pages = new Composer(fonts).Compose(Statement, PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet")).Document.Pages;

        Assert.True(pages.Count >= 8, $"the sample sets {pages.Count} pages");
        var renderer = new PngRenderer();
        for (var p = 0; p < pages.Count; p++) GoldenImages.AssertMatches(renderer.Render(pages[p], Dpi), $"statement.a5-pamphlet-{p + 1}");
    }

    [Fact]
    public void The_sample_poster_a3_looks_as_it_did()
    {
        var page = Assert.Single(new Composer(fonts).Compose(Statement, PamphletEngine.CatalogFor(null).Resolve("poster-a3")).Document.Pages);

        GoldenImages.AssertMatches(new PngRenderer().Render(page, Dpi), "statement.poster-a3");
    }
}
