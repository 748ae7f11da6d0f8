using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Rendering;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Goldens;

/// <summary>The Arabic statement's poster, mirrored, against its golden image (hay-ar.poster-a3.png).</summary>
[Trait(Tier.Name, Tier.Visual)]
public sealed class RightToLeftPosterGoldenTests
{
    /// <summary>Low enough for a small file, high enough to see every region, panel and line of display type.</summary>
    private const double Dpi = 20;

    [Fact]
    public void The_arabic_poster_a3_looks_as_it_did()
    {
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        // A copy of the corpus statement (its photo is the sample's), so that editing the corpus does not move the golden.
        var document = MarkdownReader.Read(Path.Combine(GoldenImages.Folder, "hay-ar.md"));
        var page = Assert.Single(new Composer(fonts).Compose(document, PamphletEngine.CatalogFor(null).Resolve("poster-a3")).Document.Pages);

        GoldenImages.AssertMatches(new PngRenderer().Render(page, Dpi), "hay-ar.poster-a3");
    }
}
