using Pamphlet.Diagnostics;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>Turns the merged tree of a layout chain into a <see cref="LayoutDefinition"/>, validating as it goes.</summary>
internal static class LayoutBinder
{
    /// <summary>Keys each file states for itself; they are not inherited.</summary>
    public static readonly string[] PerFileKeys = ["name", "description", "extends"];

    public static readonly string[] Keys = [.. PerFileKeys, "kind", "page", "fonts", "colors", "text", "styles", "cover", "folio", "footer", "poster", "fitting", .. InkSetupBinder.Keys];

    private static readonly IReadOnlyDictionary<string, LayoutKind> Kinds = new Dictionary<string, LayoutKind>
    {
        ["pamphlet"] = LayoutKind.Pamphlet,
        ["poster"] = LayoutKind.Poster,
    };

    public static LayoutDefinition Bind(RawMap merged, string name, string description, string sourcePath)
    {
        var root = new MapReader(merged, "", Keys);
        var page = PageBinder.Bind(root.Map("page", PageBinder.Keys));
        var families = new FamilyNames();
        var fonts = FontBinder.Bind(root.Map("fonts", FontBinder.Keys), families);
        var palette = PaletteBinder.Bind(root.Required("colors"), "colors");
        var text = TextSetupBinder.Bind(root.Map("text", TextSetupBinder.Keys), fonts["body"].Size);
        var bind = new StyleBinder(fonts, palette, text, families);
        var kind = Values.Choice(root.Required("kind"), "kind", Kinds);
        var styles = BlockStylesBinder.Bind(root.Map("styles", BlockStylesBinder.Keys), bind);
        var layout = new LayoutDefinition
        {
            Name = name,
            Description = description,
            Tree = merged,
            SourcePath = sourcePath,
            Kind = kind,
            Page = page,
            Fonts = fonts,
            Colors = palette,
            Text = text,
            Styles = styles,
            Cover = PageFurnitureBinder.Cover(root.Map("cover", PageFurnitureBinder.CoverKeys), bind),
            Folio = PageFurnitureBinder.Folio(root.Map("folio", PageFurnitureBinder.FolioKeys), bind),
            Footer = PageFurnitureBinder.Footer(root.Map("footer", PageFurnitureBinder.FooterKeys), bind),
            Poster = Poster(root, kind, page, palette, sourcePath),
            Inks = InkSetupBinder.Bind(root, palette),
            Fitting = root.OptionalMap("fitting", FittingBinder.Keys) is { } fitting
                ? FittingBinder.Bind(fitting, sourcePath, styles.Body.Font.Size, styles.Body.Font.Leading, text.ParagraphSpace, styles.Figure.MaxHeightShare)
                : null,
        };
        new MeasureCheck(merged, sourcePath).Check(layout);
        // Every style (cover, folio and footer included) is bound now, so every family named is collected.
        return layout with { NamedFamilies = [.. families.All] };
    }

    /// <summary>The <c>poster:</c> section, which a poster must have and a pamphlet must not (it would be silently ignored).</summary>
    private static PosterSetup? Poster(MapReader root, LayoutKind kind, PageSetup page, Palette palette, string sourcePath)
    {
        // 'poster: none' lets a pamphlet extend a poster layout (for its fonts and colours) without its grid.
        var section = root.Optional("poster") is { } node && !PaletteBinder.IsNone(node) ? node : null;
        if (kind == LayoutKind.Poster)
        {
            if (section is null)
            {
                throw new PamphletException(root.Required("kind").At,
                    "a layout with 'kind: poster' needs a 'poster:' section (the grid of regions); add one (see the Posters section of layouts/README.md), or extend a poster layout such as 'extends: poster-a3'.");
            }

            return PosterBinder.Bind(new MapReader(section, "poster", PosterBinder.Keys), page, palette, sourcePath);
        }

        if (section is not null)
        {
            throw new PamphletException(root.Entries.First(e => e.Key == "poster").KeyAt,
                "'poster:' is only for poster layouts, but this layout is a pamphlet; add 'kind: poster', or remove the 'poster:' section (write 'poster: none' when it is inherited from another layout).");
        }

        return null;
    }
}
