using System.Reflection;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Previews;

/// <summary>
/// The studio's page images kept between renders (<see cref="OnScreenPages"/>): a render draws only the
/// pages that changed, and what it returns is what drawing every page afresh gives.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class OnScreenPagesTests
{
    private const double Dpi = 36;

    [Fact]
    public void A_page_that_did_not_change_is_not_drawn_again()
    {
        using var screen = new OnScreenPages();
        var first = screen.Render(TextDocument(["One line"], ["Second page"], ["Third page"]), Dpi);
        Assert.Equal(3, screen.LastDrawnCount);

        var edited = screen.Render(TextDocument(["One line"], ["Second page, edited"], ["Third page"]), Dpi);
        Assert.Equal(1, screen.LastDrawnCount);
        Assert.Same(first[0], edited[0]);
        Assert.NotEqual(first[1], edited[1]);
        Assert.Same(first[2], edited[2]);
    }

    [Fact]
    public void What_it_returns_is_what_drawing_each_page_afresh_gives()
    {
        using var screen = new OnScreenPages();
        screen.Render(TextDocument(["One line"], ["Second page"]), Dpi);
        var document = TextDocument(["One line"], ["Second page, edited"], ["A page more"]);
        var kept = screen.Render(document, Dpi);

        using var fresh = new OnScreenPages();
        var afresh = fresh.Render(document, Dpi);
        Assert.Equal(afresh.Count, kept.Count);
        for (var i = 0; i < afresh.Count; i++) Assert.Equal(afresh[i], kept[i]);
    }

    [Fact]
    public void Another_resolution_draws_every_page_again()
    {
        using var screen = new OnScreenPages();
        var document = TextDocument(["One line"], ["Second page"]);
        screen.Render(document, Dpi);
        screen.Render(document, Dpi * 2);
        Assert.Equal(2, screen.LastDrawnCount);
    }

    [Fact]
    public void A_photo_saved_again_under_the_same_name_is_drawn_again()
    {
        var (path, _) = MakeJpeg(64, 48);
        try
        {
            var page = new Page(1, A5, [new ImageItem("figure", new Rect(40, 40, 300, 225), path, ImageItem.WholeImage)]);
            var document = new PagedDocument(Info(), [page]);
            using var screen = new OnScreenPages();
            var before = screen.Render(document, Dpi);
            Assert.Same(before[0], screen.Render(document, Dpi)[0]);

            // Another picture under the same name, and a write time that is surely different.
            using (var bitmap = new SkiaSharp.SKBitmap(64, 48))
            {
                bitmap.Erase(SkiaSharp.SKColors.DarkGreen);
                using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
                using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 85);
                File.WriteAllBytes(path, data.ToArray());
            }

            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
            var after = screen.Render(document, Dpi);
            Assert.Equal(1, screen.LastDrawnCount);
            Assert.NotEqual(before[0], after[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The comparison that decides whether a page is drawn again must see every property of every page
    /// item but its structure element (tagging only): a property added later and left out would show
    /// a stale page in the studio. Each property is changed in turn on a copy of an item.
    /// </summary>
    [Fact]
    public void Every_drawn_property_of_every_page_item_makes_a_page_different()
    {
        var (path, _) = MakeJpeg(8, 8);
        try
        {
            PageItem[] items =
            [
                Shape("Word", NotoSerif, 11, 40, 80) with { HorizontalScale = 1.01, BidiLevel = 0, HyphenInserted = false },
                new ImageItem("figure", new Rect(40, 40, 100, 75), path, ImageItem.WholeImage) { Monochrome = new MonochromeImage(Pages.Color.Black, new ToneCurve(0.9, 1.1)) },
                new RuleItem("rule", new Pages.Point(0, 10), new Pages.Point(100, 10), 1, Pages.Color.Black),
                new FillItem("panel", new Rect(10, 10, 50, 50), Pages.Color.Black, Pages.Color.Rgb(200, 0, 0), 1, 2),
                new LinkItem("link", new Rect(0, 0, 10, 10), "https://example.org"),
            ];
            var concrete = typeof(PageItem).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageItem)) && !t.IsAbstract).ToHashSet();
            Assert.Equal(concrete, items.Select(item => item.GetType()).ToHashSet());

            var checkedProperties = 0;
            foreach (var item in items)
            {
                var page = new Page(1, A5, [item]);
                foreach (var property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                             .Where(p => p.SetMethod is not null && p.Name != nameof(PageItem.Structure)))
                {
                    var copy = Clone(item);
                    property.SetValue(copy, Other(property.GetValue(item)));
                    Assert.False(Comparer.Equals(page, page with { Items = [copy] }), $"{item.GetType().Name}.{property.Name} changed, yet the page counts as the same");
                    checkedProperties++;
                }

                var tagged = Clone(item);
                typeof(PageItem).GetProperty(nameof(PageItem.Structure))!.SetValue(tagged, new StructureElement(StructureKind.Paragraph, null, 0));
                Assert.True(Comparer.Equals(page, page with { Items = [tagged] }), $"{item.GetType().Name}: its structure element is not drawn");
            }

            Assert.True(checkedProperties > 25, $"only {checkedProperties} properties were changed");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEqualityComparer<Page> Comparer => PageDrawingComparer.Instance;

    private static PageItem Clone(PageItem item) => (PageItem)item.GetType().GetMethod("<Clone>$")!.Invoke(item, null)!;

    /// <summary>A value of the same type unlike <paramref name="value"/>.</summary>
    private static object Other(object? value) => value switch
    {
        string s => s + "x",
        double d => d + 1,
        bool b => !b,
        byte b => (byte)(b + 1),
        Pages.Point p => new Pages.Point(p.X + 1, p.Y),
        Rect r => r with { Width = r.Width + 1 },
        Pages.Color c => c == Pages.Color.Black ? Pages.Color.Rgb(1, 2, 3) : Pages.Color.Black,
        null => Pages.Color.Rgb(1, 2, 3),
        FontFace face => new FontFace(face.Path, face.Index, face.FamilyName, face.Data.ToArray()),
        IReadOnlyList<ushort> glyphs => glyphs.Append((ushort)1).ToList(),
        IReadOnlyList<Pages.Point> points => points.Append(new Pages.Point(1, 1)).ToList(),
        IReadOnlyList<int> clusters => clusters.Append(1).ToList(),
        ImageOrientation orientation => orientation == ImageOrientation.Normal ? ImageOrientation.Rotate180 : ImageOrientation.Normal,
        RunStyle style => style with { FontSize = style.FontSize + 1 },
        MonochromeImage monochrome => monochrome with { Curve = monochrome.Curve with { Gamma = monochrome.Curve.Gamma + 0.5 } },
        _ => throw new InvalidOperationException($"No other value for a {value.GetType().Name}: teach this test one."),
    };
}
