using System.Text.Json;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Binding;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Tests.Layouts;

/// <summary>The layouts in the repository's <c>layouts/</c> folder load, meet their design brief, and match the schema.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ShippedLayoutTests
{
    /// <summary>
    /// Average advance of Noto Serif Regular over English prose, in ems, measured from the font's
    /// hmtx table over a 560-character sample paragraph. Used to check the measure, not to set type.
    /// </summary>
    private const double NotoSerifAverageCharacterEm = 0.471;

    private static string LayoutsFolder => ShippedLayoutsFolder.Path;

    public static TheoryData<string> ShippedNames() => [.. new LayoutCatalog([LayoutsFolder]).Names()];

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void LoadsWithoutError(string name)
    {
        var layout = new LayoutCatalog([LayoutsFolder]).Resolve(name);
        Assert.Equal(name, layout.Name);
        Assert.False(string.IsNullOrWhiteSpace(layout.Description));
    }

    [Fact]
    public void EveryShippedLayoutPointsEditorsAtTheSchema()
    {
        foreach (var file in Directory.EnumerateFiles(LayoutsFolder, "*.yaml"))
        {
            Assert.StartsWith("# yaml-language-server: $schema=layout.schema.json", File.ReadAllText(file));
        }
    }

    [Fact]
    public void A5PamphletMeetsItsBrief()
    {
        var layout = new LayoutCatalog([LayoutsFolder]).Resolve("a5-pamphlet");
        Assert.Equal(148, layout.Page.Width / Pamphlet.Layouts.Units.LengthLiteral.PointsPerMillimetre, precision: 6);
        var body = layout.Fonts["body"];
        Assert.Equal("Noto Serif", body.Family);
        Assert.InRange(body.Size, 9.5, 10);
        Assert.InRange(body.Leading, 12.5, 13.5);
        var charactersPerLine = layout.Page.ColumnWidth / (NotoSerifAverageCharacterEm * body.Size);
        Assert.InRange(charactersPerLine, 60, 66);
        Assert.Equal("Roboto Condensed", layout.Styles.Heading.Font.Family);
        Assert.Equal(FontWeight.Bold, layout.Styles.Heading.Font.Weight);
        Assert.Equal(layout.Colors.Accent, layout.Cover.Background);
        Assert.NotNull(layout.Styles.Demands.Fill);
    }

    [Fact]
    public void TheLargePrintExampleInheritsFromA5Pamphlet()
    {
        var catalog = new LayoutCatalog([LayoutsFolder]);
        var large = catalog.Resolve("a5-pamphlet-large-print");
        var a5 = catalog.Resolve("a5-pamphlet");
        Assert.Equal(12, large.Fonts["body"].Size);
        Assert.Equal(a5.Page.Margins.Top, large.Page.Margins.Top);
        Assert.Equal(a5.Colors.Named, large.Colors.Named);
    }

    [Fact]
    public void SchemaIsDraft2020JsonWhoseKeysMatchTheLoader()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(LayoutsFolder, "layout.schema.json")));
        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());

        Assert.Equal(LayoutBinder.Keys.Order(), PropertyNames(root).Order());
        var props = root.GetProperty("properties");
        var defs = root.GetProperty("$defs");
        Assert.Equal(PageBinder.Keys.Order(), PropertyNames(Resolve(root, props.GetProperty("page"))).Order());
        Assert.Equal(FontBinder.Keys.Order(), PropertyNames(Resolve(root, props.GetProperty("fonts"))).Order());
        Assert.Equal(FontBinder.SpecKeys.Order(), PropertyNames(defs.GetProperty("fontSpec")).Order());
        Assert.Equal(FontBinder.ScriptNames.Keys.Order(), PropertyNames(Resolve(root, props.GetProperty("fonts")).GetProperty("properties").GetProperty("scripts")).Order());
        Assert.Equal(FontBinder.ScriptKeys.Order(), PropertyNames(defs.GetProperty("scriptAdjustment")).Order());
        Assert.Equal(TextSetupBinder.Keys.Order(), PropertyNames(Resolve(root, props.GetProperty("text"))).Order());
        Assert.Equal(BlockStylesBinder.Keys.Order(), PropertyNames(Resolve(root, props.GetProperty("styles"))).Order());
        Assert.Equal(StyleBinder.TextKeys.Order(), PropertyNames(defs.GetProperty("textStyle")).Order());
        Assert.Equal(StyleBinder.RuleKeys.Order(), PropertyNames(defs.GetProperty("rule")).Order());
        Assert.Equal(PageFurnitureBinder.CoverKeys.Order(), PropertyNames(Resolve(root, props.GetProperty("cover"))).Order());
        Assert.Equal(PageFurnitureBinder.FolioKeys.Order(), PropertyNames(Resolve(root, props.GetProperty("folio"))).Order());
        Assert.Equal(PageFurnitureBinder.FooterKeys.Order(), PropertyNames(Resolve(root, props.GetProperty("footer"))).Order());
        Assert.Equal(PosterBinder.Keys.Order(), PropertyNames(Resolve(root, props.GetProperty("poster"))).Order());
        Assert.Equal(PosterRegionBinder.Keys.Order(), PropertyNames(defs.GetProperty("posterRegion")).Order());
        Assert.Equal(PosterBinder.BackgroundKeys.Order(), PropertyNames(defs.GetProperty("posterBackground")).Order());
        Assert.Equal(PosterRegionBinder.Contents.Keys.Order(), defs.GetProperty("posterContent").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order());
    }

    private static JsonElement Resolve(JsonElement root, JsonElement element) =>
        element.TryGetProperty("$ref", out var reference)
            ? root.GetProperty("$defs").GetProperty(reference.GetString()!.Split('/')[^1])
            : element;

    private static IEnumerable<string> PropertyNames(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(p => p.Name);
}
