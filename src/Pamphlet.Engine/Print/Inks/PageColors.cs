using Pamphlet.Pages;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// Recolours page items, the one walk every ink mapping shares. The mapping returns the colour to
/// print, or null for "not printed here" (another risograph drum): an item left with nothing to
/// print is dropped.
/// </summary>
internal static class PageColors
{
    public delegate Color? Mapping(Color color, ColorUse use);

    /// <summary>The page's items recoloured; photos are left to <paramref name="image"/> (null drops one).</summary>
    public static Page Map(Page page, Mapping map, Func<ImageItem, ImageItem?> image) =>
        page with { Items = [.. page.Items.Select(item => Map(item, map, image)).OfType<PageItem>()], Slug = page.Slug is { } slug ? Map(slug, map, image) as GlyphRun ?? slug : null };

    private static PageItem? Map(PageItem item, Mapping map, Func<ImageItem, ImageItem?> image)
    {
        switch (item)
        {
            case GlyphRun run:
                return map(run.Color, new ColorUse(ColorUseKind.Text, run.Bounds, 0)) is { } text ? run with { Color = text } : null;
            case RuleItem rule:
                return map(rule.Color, new ColorUse(ColorUseKind.Stroke, rule.Bounds, rule.Thickness)) is { } stroke ? rule with { Color = stroke } : null;
            case FillItem fill:
                var inside = fill.Fill is { } f ? map(f, new ColorUse(ColorUseKind.Fill, fill.Area, 0)) : null;
                var edge = fill.Stroke is { } s && fill.StrokeWidth > 0 ? map(s, new ColorUse(ColorUseKind.Stroke, fill.Area, fill.StrokeWidth)) : null;
                return inside is null && edge is null ? null : fill with { Fill = inside, Stroke = edge };
            case ImageItem picture:
                return image(picture);
            default:
                return item;
        }
    }
}
