using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Tests.Inks;

/// <summary>Shipped layouts and hand-made pages for the ink mapping tests.</summary>
internal static class InkLayouts
{
    public static LayoutDefinition Resolve(string name) => PamphletEngine.CatalogFor(null).Resolve(name);

    public static LayoutDefinition A5 { get; } = Resolve("a5-pamphlet");

    public static InkChoice Ink(string text)
    {
        Assert.True(InkChoice.TryParse(text, out var ink, out var error), error);
        return ink;
    }

    public static PagedDocument Document(params PageItem[] items) =>
        new(Rendering.RenderingTestKit.Info(), [new Page(1, Rendering.RenderingTestKit.A5, items)]);

    public static GlyphRun Words(Color color, double x = 60, double y = 100, string role = "body") =>
        Rendering.RenderingTestKit.Shape("Words", Rendering.RenderingTestKit.NotoSerif, 10, x, y, role, color);

    public static FillItem Fill(Color color, Rect area, string role = "panel") => new(role, area, color);
}
