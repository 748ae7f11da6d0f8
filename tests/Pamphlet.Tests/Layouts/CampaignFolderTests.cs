using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;

namespace Pamphlet.Tests.Layouts;

/// <summary>
/// The lookup the Engine does: a statement's own <c>layouts/</c> folder first, then the bundled one.
/// The campaign folder overrides the bundled default under the same name and builds on it.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class CampaignFolderTests
{
    private static readonly string CampaignFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Layouts", "statement", "layouts");

    private static string BundledFolder => ShippedLayoutsFolder.Path;

    private static LayoutCatalog Catalog => new([CampaignFolder, BundledFolder]);

    [Fact]
    public void TheCampaignsA5PamphletAdjustsTheBundledOne()
    {
        var layout = Catalog.Resolve("a5-pamphlet");
        Assert.Equal(Path.Combine(CampaignFolder, "a5-pamphlet.yaml"), layout.SourcePath);
        Assert.Equal("#1b5e20", layout.Colors.Accent.ToString());
        Assert.Equal(layout.Colors.Accent, layout.Cover.Background);        // the bundled cover uses "accent"
        Assert.Equal(layout.Colors.Accent, layout.Styles.Heading.Color);
        Assert.Equal("#e8f5e9", layout.Styles.Demands.Fill.ToString());
        Assert.Equal("Noto Serif", layout.Fonts["body"].Family);            // everything else is bundled
        Assert.Equal("{author} · {title}", layout.Footer.Template);
    }

    [Fact]
    public void ALayoutBuiltOnTheCampaignsVersionGetsItsColours()
    {
        var leaflet = Catalog.Resolve("a4-leaflet");
        Assert.Equal(210 * LengthLiteral.PointsPerMillimetre, leaflet.Page.Width, precision: 6);
        Assert.Equal(2, leaflet.Page.Columns);
        Assert.False(leaflet.Cover.Enabled);
        Assert.Equal("#1b5e20", leaflet.Colors.Accent.ToString());
    }

    [Fact]
    public void ListingShowsTheCampaignsLayoutsOverTheBundledOnes()
    {
        var list = Catalog.List();
        var a5 = Assert.Single(list, s => s.Name == "a5-pamphlet");
        Assert.Equal("A5 pamphlet in the campaign's green", a5.Description);
        Assert.Contains(list, s => s.Name == "a5-pamphlet-large-print");
        Assert.Contains(list, s => s.Name == "a4-leaflet");
        Assert.DoesNotContain(list, s => s.Description.StartsWith("(invalid", StringComparison.Ordinal));
    }
}
