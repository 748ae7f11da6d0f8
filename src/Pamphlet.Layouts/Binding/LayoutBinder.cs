using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>Turns the merged tree of a layout chain into a <see cref="LayoutDefinition"/>, validating as it goes.</summary>
internal static class LayoutBinder
{
    /// <summary>Keys each file states for itself; they are not inherited.</summary>
    public static readonly string[] PerFileKeys = ["name", "description", "extends"];

    public static readonly string[] Keys = [.. PerFileKeys, "kind", "page", "fonts", "colors", "text", "styles", "cover", "folio", "footer"];

    private static readonly IReadOnlyDictionary<string, LayoutKind> Kinds = new Dictionary<string, LayoutKind>
    {
        ["pamphlet"] = LayoutKind.Pamphlet,
        ["poster"] = LayoutKind.Poster,
    };

    public static LayoutDefinition Bind(RawMap merged, string name, string description, string sourcePath)
    {
        var root = new MapReader(merged, "", Keys);
        var page = PageBinder.Bind(root.Map("page", PageBinder.Keys));
        var fonts = FontBinder.Bind(root.Map("fonts", FontBinder.Keys));
        var palette = PaletteBinder.Bind(root.Required("colors"), "colors");
        var text = TextSetupBinder.Bind(root.Map("text", TextSetupBinder.Keys), fonts["body"].Size);
        var bind = new StyleBinder(fonts, palette, text);
        return new LayoutDefinition
        {
            Name = name,
            Description = description,
            SourcePath = sourcePath,
            Kind = Values.Choice(root.Required("kind"), "kind", Kinds),
            Page = page,
            Fonts = fonts,
            Colors = palette,
            Text = text,
            Styles = BlockStylesBinder.Bind(root.Map("styles", BlockStylesBinder.Keys), bind),
            Cover = PageFurnitureBinder.Cover(root.Map("cover", PageFurnitureBinder.CoverKeys), bind),
            Folio = PageFurnitureBinder.Folio(root.Map("folio", PageFurnitureBinder.FolioKeys), bind),
            Footer = PageFurnitureBinder.Footer(root.Map("footer", PageFurnitureBinder.FooterKeys), bind),
        };
    }
}
