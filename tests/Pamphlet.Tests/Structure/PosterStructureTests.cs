using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Tests.Poster;

namespace Pamphlet.Tests.Structure;

/// <summary>The sample's poster-a3 reads in the statement's order, whatever its grid puts where.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PosterStructureTests(StructureFixture fixture) : IClassFixture<StructureFixture>
{
    private StructureTree Tree => new(fixture.Poster);
    private StructureElement Root => fixture.Poster.Structure!;

    [Fact]
    public void The_poster_reads_title_then_the_statements_blocks_in_source_order_then_the_address()
    {
        var top = Tree.ChildrenOf(Root);

        Assert.Equal(
            [StructureKind.Title, StructureKind.Subtitle, StructureKind.Figure, StructureKind.PullQuote, StructureKind.Demands,
             StructureKind.Slogan, StructureKind.Signature, StructureKind.QrCode],
            top.Select(e => e.Kind));
        Assert.Contains("The woods are not surplus", Tree.DeepText(top[3]));
    }

    [Fact]
    public void A_grid_that_draws_its_regions_in_reverse_still_reads_in_the_statements_order()
    {
        var shipped = PamphletEngine.CatalogFor(null).Resolve("poster-a3");
        var reversed = shipped with { Poster = shipped.Poster! with { Regions = [.. shipped.Poster.Regions.Reverse()] } };
        var document = fixture.Composer.Compose(PosterFixture.Sample(), reversed).Document;
        var root = document.Structure!;

        var drawn = document.Pages[0].Items.Select(i => i.Structure).OfType<StructureElement>()
            .Select(e => StructureTree.Ancestry(e).First(a => a.Parent == root)).Distinct().Select(e => e.Kind).ToList();
        var read = new StructureTree(document).ChildrenOf(root).Select(e => e.Kind).ToList();

        Assert.Equal(Tree.ChildrenOf(Root).Select(e => e.Kind), read);
        Assert.NotEqual(read, drawn);
    }

    [Fact]
    public void The_qr_code_is_a_figure_with_the_address_as_alt_text_and_caption()
    {
        var code = Assert.Single(Tree.ChildrenOf(Root), e => e.Kind == StructureKind.QrCode);

        Assert.Equal("QR code: https://alderbrook.example/", code.Alt);
        // The dark modules, and the link area that makes the code clickable.
        Assert.All(Tree.ItemsOf(code), i => Assert.True(i is FillItem or LinkItem { Url: "https://alderbrook.example/" }, i.ToString()));
        Assert.Contains(Tree.ItemsOf(code), i => i is FillItem);
        Assert.Single(Tree.ItemsOf(code).OfType<LinkItem>());
        Assert.Equal("https://alderbrook.example/", Tree.TextOf(Assert.Single(Tree.ChildrenOf(code))));
        Assert.All(fixture.Poster.Pages[0].Items.Where(i => i.Role.StartsWith("qr-code-background", StringComparison.Ordinal)), i => Assert.Null(i.Structure));
    }

    [Fact]
    public void Every_run_and_image_on_the_poster_has_an_element_under_the_one_root_and_panels_none()
    {
        var items = fixture.Poster.Pages[0].Items;

        Assert.All(items.Where(i => i is GlyphRun or ImageItem), i => Assert.Same(Root, StructureTree.RootOf(i.Structure!)));
        Assert.All(items.OfType<FillItem>().Where(f => !f.Role.StartsWith("qr-code@", StringComparison.Ordinal)), f => Assert.Null(f.Structure));
    }

    [Fact]
    public void The_figure_keeps_its_alt_text_and_its_caption_on_the_poster()
    {
        var figure = Assert.Single(Tree.ChildrenOf(Root), e => e.Kind == StructureKind.Figure);

        Assert.StartsWith("The brook below the weir", figure.Alt);
        Assert.Equal([StructureKind.Caption, StructureKind.Credit], Tree.ChildrenOf(figure).Select(e => e.Kind));
        Assert.IsType<ImageItem>(Assert.Single(Tree.ItemsOf(figure)));
    }
}
