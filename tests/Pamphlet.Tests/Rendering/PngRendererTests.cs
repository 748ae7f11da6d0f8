using Pamphlet.Pages;
using Pamphlet.Rendering;
using SkiaSharp;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Rendering;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class PngRendererTests
{
    [Fact]
    public void A5_at_100_dpi_is_583_by_827_pixels_on_white_paper()
    {
        var png = new PngRenderer().Render(new Page(1, A5, []), 100);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(583, bitmap.Width);
        Assert.Equal(827, bitmap.Height);
        Assert.Equal(SKColors.White, bitmap.GetPixel(300, 400));
    }

    [Fact]
    public void Draws_fills_rules_and_text_where_the_page_says()
    {
        var red = Pages.Color.Rgb(220, 20, 20);
        var page = new Page(1, A5,
        [
            new FillItem("panel", new Rect(72, 72, 72, 72), red),
            new RuleItem("rule", new Pages.Point(0, 360), new Pages.Point(419.53, 360), 7.2, Pages.Color.Black),
            Shape("WWWW", NotoSansBold, 40, 72, 300),
        ]);

        using var bitmap = SKBitmap.Decode(new PngRenderer().Render(page, 72));
        Assert.Equal(new SKColor(220, 20, 20), bitmap.GetPixel(108, 108));
        Assert.Equal(SKColors.White, bitmap.GetPixel(60, 60));
        Assert.Equal(SKColors.Black, bitmap.GetPixel(200, 360));
        // Butt caps: the rule ends at the page edge, and its thickness is 7.2 pt, not more.
        Assert.Equal(SKColors.White, bitmap.GetPixel(200, 366));

        var inkInText = 0;
        for (var x = 72; x < 200; x++)
            for (var y = 272; y < 300; y++)
            {
                if (bitmap.GetPixel(x, y).Red < 128) inkInText++;
            }

        Assert.True(inkInText > 300, $"expected glyph ink above the baseline, found {inkInText} dark pixels");
    }

    [Fact]
    public void Rejects_a_resolution_that_is_not_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PngRenderer().Render(new Page(1, A5, []), 0));
    }
}
