using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;

namespace Pamphlet.Tests.Layouts;

[Trait(Tier.Name, Tier.Unit)]
public sealed class InheritanceTests : IDisposable
{
    private const double Mm = LengthLiteral.PointsPerMillimetre;
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ChildOverridesAndInheritsTheRest()
    {
        folder.Write("parent.yaml", "page: {size: A4, margins: 20mm}\ncolors: {accent: \"#111111\"}\n");
        folder.Write("child.yaml", "extends: parent\npage: {size: A3}\n");
        var layout = folder.Load("child.yaml");
        Assert.Equal(297 * Mm, layout.Page.Width, precision: 6);
        Assert.Equal(20 * Mm, layout.Page.Margins.Top, precision: 6);
        Assert.Equal("#111111", layout.Colors.Accent.ToString());
    }

    [Fact]
    public void MapsMergeDeeply()
    {
        folder.Write("parent.yaml", "fonts:\n  body: {family: Noto Sans, size: 9pt, leading: 12pt}\n");
        folder.Write("child.yaml", "extends: parent\nfonts:\n  body: {size: 11pt}\n");
        var body = folder.Load("child.yaml").Fonts["body"];
        Assert.Equal("Noto Sans", body.Family);
        Assert.Equal(11, body.Size);
        Assert.Equal(12, body.Leading);
    }

    [Fact]
    public void ListsAreReplacedNotAppended()
    {
        folder.Write("parent.yaml", "fonts: {fallback: [A, B]}\n");
        folder.Write("child.yaml", "extends: parent\nfonts: {fallback: [C]}\n");
        Assert.Equal(["C"], folder.Load("child.yaml").Fonts.Fallback);
    }

    [Fact]
    public void ScalarReplacesAMapAndAMapReplacesAScalar()
    {
        folder.Write("parent.yaml", "page: {margins: 10mm}\n");
        folder.Write("child.yaml", "extends: parent\npage: {margins: {top: 1mm, bottom: 2mm, inside: 3mm, outside: 4mm}}\n");
        Assert.Equal(new Margins(1 * Mm, 2 * Mm, 3 * Mm, 4 * Mm), folder.Load("child.yaml").Page.Margins);
    }

    [Fact]
    public void ThreeLevelsApplyInOrder()
    {
        folder.Write("grand.yaml", "description: grand\npage: {size: A3, bleed: 1mm}\ntext: {orphans: 3}\n");
        folder.Write("parent.yaml", "extends: grand\npage: {size: A4}\ntext: {widows: 4}\n");
        folder.Write("child.yaml", "extends: parent\ntext: {orphans: 5}\n");
        var layout = folder.Load("child.yaml");
        Assert.Equal(210 * Mm, layout.Page.Width, precision: 6);
        Assert.Equal(1 * Mm, layout.Page.Bleed, precision: 6);
        Assert.Equal(5, layout.Text.Orphans);
        Assert.Equal(4, layout.Text.Widows);
    }

    [Fact]
    public void NameAndDescriptionAreNotInherited()
    {
        folder.Write("parent.yaml", "name: parent\ndescription: The parent\n");
        folder.Write("child.yaml", "extends: parent\n");
        var layout = folder.Load("child.yaml");
        Assert.Equal("child", layout.Name);
        Assert.Equal("Based on parent.", layout.Description);
    }

    [Fact]
    public void ExtendsByRelativePath()
    {
        folder.Write("base/parent.yaml", "page: {size: Letter}\n");
        folder.Write("child.yaml", "extends: base/parent.yaml\n");
        Assert.Equal(8.5 * 72, folder.Load("child.yaml").Page.Width, precision: 6);
    }

    [Fact]
    public void ExtendsByNameSearchesTheCatalogFolders()
    {
        using var other = new LayoutFolder();
        other.Write("shared.yaml", "page: {size: A3}\n");
        var child = folder.Write("child.yaml", "extends: shared\n");
        var layout = LayoutLoader.LoadFile(child, new LayoutCatalog([folder.Root, other.Root]));
        Assert.Equal(297 * Mm, layout.Page.Width, precision: 6);
    }

    [Fact]
    public void ALayoutCanExtendTheLayoutOfItsOwnNameFromALaterFolder()
    {
        using var bundled = new LayoutFolder();
        bundled.Write("house.yaml", "page: {size: A4}\ncolors: {accent: \"#222222\"}\n");
        var local = folder.Write("house.yaml", "extends: house\ncolors: {accent: \"#333333\"}\n");
        var layout = new LayoutCatalog([folder.Root, bundled.Root]).Resolve("house");
        Assert.Equal(local, layout.SourcePath);
        Assert.Equal(210 * Mm, layout.Page.Width, precision: 6);
        Assert.Equal("#333333", layout.Colors.Accent.ToString());
    }

    [Fact]
    public void ACycleIsReportedWithItsChainAtTheExtendsThatClosesIt()
    {
        folder.Write("a.yaml", "extends: b\n");
        var b = folder.Write("b.yaml", "page: {size: A4}\nextends: a\n");
        var error = folder.Fail("a.yaml");
        Assert.Equal(new SourceLocation(b, 2, 10), error.Location);
        Assert.Contains("a → b → a", error.Message);
    }

    [Fact]
    public void ExtendingItselfByPathIsACycle()
    {
        folder.Write("a.yaml", "extends: ./a.yaml\n");
        Assert.Contains("a → a", folder.Fail("a.yaml").Message);
    }

    [Fact]
    public void AMissingParentNameListsTheAvailableLayouts()
    {
        folder.Write("pamphlet.yaml", "page: {size: A4}\n");
        var child = folder.Write("child.yaml", "# comment\nextends: pamflet\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(child, 2, 10), error.Location);
        Assert.Contains("'pamflet'", error.Message);
        Assert.Contains("Did you mean 'pamphlet'?", error.Message);
        Assert.Contains("pamphlet layouts", error.Message);
    }

    [Fact]
    public void AMissingParentPathSaysWhichFile()
    {
        var child = folder.Write("child.yaml", "extends: ../nowhere/x.yaml\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(child, 1, 10), error.Location);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void AnErrorInAParentPointsIntoTheParentFile()
    {
        var parent = folder.Write("parent.yaml", "page:\n  gutter: 5\n");
        folder.Write("child.yaml", "extends: parent\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(parent, 2, 11), error.Location);
    }

    [Fact]
    public void AFontFolderIsRelativeToTheFileThatNamesIt()
    {
        folder.Write("base/parent.yaml", "fonts: {folder: fonts}\n");
        Directory.CreateDirectory(Path.Combine(folder.Root, "base", "fonts"));
        folder.Write("child.yaml", "extends: base/parent.yaml\n");
        Assert.Equal(Path.Combine(folder.Root, "base", "fonts"), folder.Load("child.yaml").Fonts.Folder);
    }

    [Fact]
    public void AChildsValueIsValidatedInTheMergedTree()
    {
        // Each file alone is fine; together the margins leave no room, reported where the child wrote them.
        folder.Write("parent.yaml", "page: {size: {width: 100mm, height: 100mm}}\n");
        var child = folder.Write("child.yaml", "extends: parent\npage: {margins: 50mm}\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(child, 2, 17), error.Location);
    }
}
