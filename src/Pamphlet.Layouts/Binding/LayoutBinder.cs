using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>Turns the merged tree of a layout chain into a <see cref="LayoutDefinition"/>, validating as it goes.</summary>
internal static class LayoutBinder
{
    /// <summary>Keys each file states for itself; they are not inherited.</summary>
    public static readonly string[] PerFileKeys = ["name", "description", "extends"];

    public static readonly string[] Keys = [.. PerFileKeys, "kind", "page", "fonts", "colors", "text", "styles", "cover", "folio", "footer", "poster", "card", "fitting", .. InkSetupBinder.Keys];

    private static readonly IReadOnlyDictionary<string, LayoutKind> Kinds = new Dictionary<string, LayoutKind>
    {
        ["pamphlet"] = LayoutKind.Pamphlet,
        ["poster"] = LayoutKind.Poster,
        ["card"] = LayoutKind.Card,
    };

    public static LayoutDefinition Bind(RawMap merged, string name, string description, string sourcePath)
    {
        var root = new MapReader(merged, "", Keys);
        var kind = Values.Choice(root.Required("kind"), "kind", Kinds);
        PixelUnits.RefuseOutsideCards(merged, kind);
        var page = PageBinder.Bind(root.Map("page", PageBinder.Keys));
        var families = new FamilyNames();
        var fonts = FontBinder.Bind(root.Map("fonts", FontBinder.Keys), families);
        var palette = PaletteBinder.Bind(root.Required("colors"), "colors");
        var text = TextSetupBinder.Bind(root.Map("text", TextSetupBinder.Keys), fonts["body"].Size);
        var bind = new StyleBinder(fonts, palette, text, families);
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
            Poster = Grid(root, kind, page, palette, sourcePath),
            Inks = InkSetupBinder.Bind(root, palette),
            Fitting = root.OptionalMap("fitting", FittingBinder.Keys) is { } fitting
                ? FittingBinder.Bind(fitting, sourcePath, styles.Body.Font.Size, styles.Body.Font.Leading, text.ParagraphSpace, styles.Figure.MaxHeightShare)
                : null,
        };
        new MeasureCheck(merged, sourcePath).Check(layout);
        if (kind == LayoutKind.Card) new CardLegibility(merged, sourcePath).Check(layout);
        // Every style (cover, folio and footer included) is bound now, so every family named is collected.
        return layout with { NamedFamilies = [.. families.All] };
    }

    /// <summary>The section that holds the grid of regions: <c>poster:</c> for a poster, <c>card:</c> for a card.</summary>
    /// <summary>The sections that hold a poster's or a card's grid, of which a layout may have the one of its kind.</summary>
    private static readonly string[] GridSections = ["poster", "card"];

    public static string GridSection(LayoutKind kind) => kind == LayoutKind.Card ? "card" : "poster";

    /// <summary>
    /// The grid of regions (<c>poster:</c> or <c>card:</c>), which a poster or card must have and any
    /// other kind must not (it would be silently ignored).
    /// </summary>
    private static PosterSetup? Grid(MapReader root, LayoutKind kind, PageSetup page, Palette palette, string sourcePath)
    {
        // 'poster: none' lets a pamphlet extend a poster layout (for its fonts and colours) without its grid.
        RawNode? Section(string key) => root.Optional(key) is { } node && !PaletteBinder.IsNone(node) ? node : null;
        var wanted = kind == LayoutKind.Pamphlet ? null : GridSection(kind);
        foreach (var key in GridSections.Where(k => k != wanted && Section(k) is not null))
        {
            throw new PamphletException(root.Entries.First(e => e.Key == key).KeyAt,
                $"'{key}:' is only for {key} layouts, but this layout is {KindName(kind)}; add 'kind: {key}', or remove the '{key}:' section (write '{key}: none' when it is inherited from another layout).");
        }

        if (wanted is null) return null;
        if (Section(wanted) is not { } section)
        {
            throw new PamphletException(root.Required("kind").At,
                $"a layout with 'kind: {wanted}' needs a '{wanted}:' section (the grid of regions); add one (see the {(kind == LayoutKind.Card ? "Cards" : "Posters")} section of layouts/README.md), or extend a {wanted} layout such as 'extends: {(kind == LayoutKind.Card ? "card-square" : "poster-a3")}'.");
        }

        return PosterBinder.Bind(new MapReader(section, wanted, PosterBinder.Keys), page, palette, sourcePath);
    }

    private static string KindName(LayoutKind kind) => kind switch
    {
        LayoutKind.Poster => "a poster",
        LayoutKind.Card => "a card",
        _ => "a pamphlet",
    };
}
