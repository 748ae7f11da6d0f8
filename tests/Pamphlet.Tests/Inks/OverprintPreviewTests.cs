using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using SkiaSharp;
using static Pamphlet.Tests.Rendering.RenderingTestKit;
using Color = Pamphlet.Pages.Color;

namespace Pamphlet.Tests.Inks;

/// <summary>PNG previews show overprinting inks mixing, as they do on paper, and knockouts covering.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class OverprintPreviewTests
{
    private static SKColor PixelAt(Page page, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(new PngRenderer().Render(page, 72));
        return bitmap.GetPixel(x, y);
    }

    [Fact]
    public void Two_risograph_inks_overlapping_preview_as_their_mix()
    {
        var red = RisoInks.Find("red")!.At(1).WithOverprint();
        var blue = RisoInks.Find("blue")!.At(1).WithOverprint();
        var page = new Page(1, A5, [
            new FillItem("panel", new Rect(10, 10, 100, 100), red),
            new FillItem("panel", new Rect(60, 60, 100, 100), blue)]);

        var overlap = PixelAt(page, 80, 80);

        var (rr, rg, rb) = red.ToRgb();
        var (br, bg, bb) = blue.ToRgb();
        Assert.InRange(overlap.Red, rr * br * 255 - 2, rr * br * 255 + 2);
        Assert.InRange(overlap.Green, rg * bg * 255 - 2, rg * bg * 255 + 2);
        Assert.InRange(overlap.Blue, rb * bb * 255 - 2, rb * bb * 255 + 2);
    }

    [Fact]
    public void Paper_white_knocks_out_what_is_beneath()
    {
        var page = new Page(1, A5, [
            new FillItem("panel", new Rect(10, 10, 100, 100), RisoInks.Find("red")!.At(1).WithOverprint()),
            new FillItem("knockout", new Rect(40, 40, 20, 20), Color.White)]);

        Assert.Equal(SKColors.White, PixelAt(page, 50, 50));
    }
}
