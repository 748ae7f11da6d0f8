using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>In a right-to-left statement, markers measured to the widest hang on the right of their items, against the text.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class RightToLeftMarkerTests
{
    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);

    [Fact]
    public void Numbers_from_ten_hang_whole_on_the_right_lined_up_against_the_text()
    {
        var items = string.Concat(Enumerable.Range(1, 12).Select(n => $"{n}. بند رقم {n} من القائمة\n"));
        var document = MarkdownReader.Parse("---\nlang: ar\n---\n\n" + items, "/tmp/rtl-markers.md");
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");

        var result = new Composer(Fonts).Compose(document, layout);

        var runs = result.Document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).ToList();
        // Digits and the full stop are separate runs in a right-to-left line: one marker is the runs on one baseline.
        var markers = runs.Where(r => r.Role == "body-marker").GroupBy(r => Math.Round(r.Origin.Y, 2))
            .Select(g => (Left: g.Min(r => r.Origin.X), Text: string.Concat(g.OrderBy(r => r.Origin.X).Select(r => r.Text)))).ToList();
        Assert.Equal(12, markers.Count);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("too long", StringComparison.Ordinal));
        var textRight = runs.Where(r => r.Role == "body").Max(r => r.Origin.X + r.Width);
        Assert.All(markers, m => Assert.True(m.Left > textRight, $"marker '{m.Text}' at {m.Left:0.#}, text ends at {textRight:0.#}"));
        // Against the text: every marker's inner (left) edge stands the same gap from the text.
        Assert.All(markers, m => Assert.Equal(markers[0].Left, m.Left, 2));
        Assert.Contains(markers, m => m.Text.Contains("10", StringComparison.Ordinal));
    }
}
