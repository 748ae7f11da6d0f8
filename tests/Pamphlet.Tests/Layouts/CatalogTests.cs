using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Tests.Layouts;

[Trait(Tier.Name, Tier.Unit)]
public sealed class CatalogTests : IDisposable
{
    private readonly LayoutFolder local = new();
    private readonly LayoutFolder bundled = new();

    public void Dispose()
    {
        local.Dispose();
        bundled.Dispose();
    }

    private LayoutCatalog Catalog => new([local.Root, bundled.Root]);

    [Fact]
    public void TheFirstFolderWins()
    {
        var mine = local.Write("house.yaml", "description: mine\n");
        bundled.Write("house.yaml", "description: bundled\n");
        var layout = Catalog.Resolve("house");
        Assert.Equal("mine", layout.Description);
        Assert.Equal(mine, layout.SourcePath);
    }

    [Fact]
    public void LaterFoldersFillInNamesTheFirstLacks()
    {
        bundled.Write("poster.yml", "description: a poster\nkind: poster\nposter: {columns: [1], rows: [1], areas: [t], regions: {t: {content: [title]}}}\n");
        Assert.Equal(LayoutKind.Poster, Catalog.Resolve("poster").Kind);
    }

    [Fact]
    public void MissingFoldersAreSkipped()
    {
        bundled.Write("a.yaml", "");
        var catalog = new LayoutCatalog([Path.Combine(local.Root, "does-not-exist"), bundled.Root]);
        Assert.Equal(["a"], catalog.Names());
        Assert.Equal("a", catalog.Resolve("a").Name);
    }

    [Fact]
    public void ResolvesAPathDirectly()
    {
        var path = local.Write("sub/special.yaml", "description: special\n");
        Assert.Equal("special", Catalog.Resolve(path).Description);
    }

    [Theory]
    [InlineData("special.yaml")]
    [InlineData("./special")]
    public void PathsAreRecognisedByExtensionOrSeparator(string text) => Assert.True(LayoutCatalog.LooksLikePath(text));

    [Fact]
    public void ANameIsNotAPath() => Assert.False(LayoutCatalog.LooksLikePath("a5-pamphlet"));

    [Fact]
    public void AnUnknownNameListsTheAvailableLayouts()
    {
        local.Write("a5-pamphlet.yaml", "");
        bundled.Write("poster.yaml", "");
        var at = new SourceLocation("statement.md", 3, 9);
        var e = Assert.Throws<PamphletException>(() => Catalog.Resolve("a5-pamflet", at));
        var error = Assert.Single(e.Diagnostics);
        Assert.Equal(at, error.Location);
        Assert.Contains("unknown layout 'a5-pamflet'", error.Message);
        Assert.Contains("Did you mean 'a5-pamphlet'?", error.Message);
        Assert.Contains("Available: a5-pamphlet, poster", error.Message);
        Assert.Contains("`pamphlet layouts`", error.Message);
    }

    [Fact]
    public void ListGivesEachNameOnceSortedWithTheFirstFoldersFile()
    {
        local.Write("zine.yaml", "description: Z\n");
        var mine = local.Write("house.yaml", "description: mine\n");
        bundled.Write("house.yaml", "description: bundled\n");
        bundled.Write("a5.yaml", "description: A5\n");
        bundled.Write("notes.txt", "not a layout");
        var list = Catalog.List();
        Assert.Equal(["a5", "house", "zine"], list.Select(s => s.Name));
        Assert.Equal(new LayoutSummary("house", "mine", mine), list[1]);
    }

    [Fact]
    public void ListShowsAnInvalidLayoutWithItsError()
    {
        local.Write("broken.yaml", "page:\n  gutter: 5\n");
        local.Write("fine.yaml", "description: fine\n");
        var list = Catalog.List();
        Assert.Equal(2, list.Count);
        Assert.StartsWith("(invalid: ", list[0].Description);
        Assert.Contains("broken.yaml:2:11", list[0].Description);
        Assert.Contains("give a unit", list[0].Description);
        Assert.Equal("fine", list[1].Description);
    }
}
