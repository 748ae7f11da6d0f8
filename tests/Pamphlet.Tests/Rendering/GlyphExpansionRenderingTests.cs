using Pamphlet.Pages;
using Pamphlet.Rendering;
using SkiaSharp;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Rendering;

/// <summary>A glyph run's horizontal scale (glyph expansion) reaches both writers: PDF <c>Tz</c>, PNG outlines.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class GlyphExpansionRenderingTests
{
    private const double Expansion = 1.02;

    /// <summary>The run widened as composition widens it: positions and width times the scale.</summary>
    private static GlyphRun Widened(GlyphRun run, double scale) => run with
    {
        Positions = run.Positions.Select(p => new Pages.Point(p.X * scale, p.Y)).ToList(),
        Width = run.Width * scale,
        HorizontalScale = scale,
    };

    [Fact]
    public void Pdf_readers_place_every_letter_where_the_scaled_run_puts_it()
    {
        var plain = Shape("Neighbourhood assembly", NotoSerif, 11, 40, 80);
        var run = Widened(plain, Expansion);
        var document = new PagedDocument(Info(), [new Page(1, A5, [run, plain with { Origin = new Pages.Point(40, 100) }])]);

        using var pdf = PdfDocument.Open(RenderPdf(document));
        var page = pdf.GetPage(1);
        Assert.Contains(page.Operations, o => o.Operator == "Tz");
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && Math.Abs(l.StartBaseLine.Y - (A5.Height - 80)) < 0.5).ToList();
        var glyphs = Enumerable.Range(0, run.Glyphs.Count).Where(g => run.Text[run.Clusters[g]] != ' ').ToList();
        Assert.Equal(glyphs.Count, letters.Count);
        for (var i = 0; i < glyphs.Count; i++)
        {
            Assert.Equal(run.Origin.X + run.Positions[glyphs[i]].X, letters[i].StartBaseLine.X, 0.01);
        }
        // The last letter ends where the run ends: its advance is scaled too.
        Assert.Equal(run.Origin.X + run.Width, letters[^1].EndBaseLine.X, 0.01);

        // The plain line after it is back at 100 %.
        var plainLetters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && Math.Abs(l.StartBaseLine.Y - (A5.Height - 100)) < 0.5).ToList();
        Assert.Equal(plain.Origin.X + plain.Width, plainLetters[^1].EndBaseLine.X, 0.01);
    }

    [Fact]
    public void Png_draws_the_outlines_wider()
    {
        var plain = Shape("IIIIIIIIIIIIIIIIIIII", NotoSansBold, 40, 20, 300);
        var inkPlain = InkExtent(plain);
        var inkWide = InkExtent(Widened(plain, 1.05));

        // 20 bold capitals I: the stems themselves widen (not only the gaps between them).
        Assert.True(inkWide.Dark > inkPlain.Dark * 1.03, $"ink {inkPlain.Dark} → {inkWide.Dark} pixels");
        Assert.InRange(inkWide.Right - inkWide.Left, (inkPlain.Right - inkPlain.Left) * 1.03, (inkPlain.Right - inkPlain.Left) * 1.07);
    }

    private static (int Left, int Right, int Dark) InkExtent(GlyphRun run)
    {
        using var bitmap = SKBitmap.Decode(new PngRenderer().Render(new Page(1, A5, [run]), 144));
        int left = int.MaxValue, right = 0, dark = 0;
        for (var x = 0; x < bitmap.Width; x++)
            for (var y = 500; y < 610; y++)
            {
                if (bitmap.GetPixel(x, y).Red >= 128) continue;
                dark++;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
            }
        return (left, right, dark);
    }
}
