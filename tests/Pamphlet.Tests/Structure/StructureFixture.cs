using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Tests.Poster;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Structure;

/// <summary>The sample statement composed once with the shipped a5-pamphlet and poster-a3 layouts.</summary>
public sealed class StructureFixture : IDisposable
{
    private readonly Lazy<PagedDocument> pamphlet;
    private readonly Lazy<PagedDocument> poster;

    public StructureFixture()
    {
        Composer = new Composer(Fonts);
        var catalog = PamphletEngine.CatalogFor(null);
        pamphlet = new(() => Composer.Compose(PosterFixture.Sample(), catalog.Resolve("a5-pamphlet")).Document);
        poster = new(() => Composer.Compose(PosterFixture.Sample(), catalog.Resolve("poster-a3")).Document);
    }

    public FontLibrary Fonts { get; } = new([FontLibrary.BundledFolder]);
    public Composer Composer { get; }
    public PagedDocument Pamphlet => pamphlet.Value;
    public PagedDocument Poster => poster.Value;

    public void Dispose() => Fonts.Dispose();
}
