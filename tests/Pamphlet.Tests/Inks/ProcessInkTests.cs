using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine.Print.Inks;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using static Pamphlet.Tests.Inks.InkLayouts;

namespace Pamphlet.Tests.Inks;

/// <summary>--ink cmyk: press colours for PDF/X-4.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class ProcessInkTests
{
    private static (IReadOnlyList<PageItem> Items, List<Diagnostic> Warnings) Printed(LayoutDefinition layout, params PageItem[] items)
    {
        var warnings = new List<Diagnostic>();
        var printed = InkPrinting.Apply(Document(items), layout, InkChoice.Cmyk, null, warnings.Add);
        return (printed.Pages[0].Items, warnings);
    }

    [Fact]
    public void Greys_become_black_ink_alone_and_the_layouts_process_colours_win()
    {
        var (items, warnings) = Printed(A5, Words(A5.Colors.Muted), Fill(A5.Colors.Accent, new Rect(40, 40, 20, 5)));

        Assert.Equal(Color.Cmyk(0, 0, 0, 1 - A5.Colors.Muted.Components[0]), Assert.IsType<GlyphRun>(items[0]).Color);
        Assert.Equal(A5.Inks.Cmyk["accent"], Assert.IsType<FillItem>(items[1]).Fill);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Screen_colours_without_process_inks_go_through_the_profile_with_one_warning()
    {
        var layout = A5 with { Inks = A5.Inks with { Cmyk = new Dictionary<string, Color>() } };

        var (items, warnings) = Printed(layout, Words(A5.Colors.Accent), Words(A5.Colors.Accent, y: 140), Fill(A5.Colors.Named["panel"], new Rect(40, 40, 20, 5)));

        Assert.All(items, item => Assert.Equal(ColorSpace.Cmyk, (item is GlyphRun run ? run.Color : ((FillItem)item).Fill!.Value).Space));
        var warning = Assert.Single(warnings);
        Assert.Contains("'accent' (#b3001b) as cmyk(0, 99, 90, 24)", warning.Message);
        Assert.Contains("'panel'", warning.Message);
        Assert.Contains("'cmyk:'", warning.Message);
    }

    [Fact]
    public void Black_text_and_thin_black_rules_overprint_thick_rules_and_colours_knock_out()
    {
        var (items, _) = Printed(A5,
            Words(Color.Black),
            new RuleItem("rule", new Point(40, 160), new Point(300, 160), 0.5, Color.Black),
            new RuleItem("bar", new Point(40, 180), new Point(300, 180), 6, Color.Black),
            Words(A5.Colors.Accent));

        Assert.True(Assert.IsType<GlyphRun>(items[0]).Color.Overprint);
        Assert.True(Assert.IsType<RuleItem>(items[1]).Color.Overprint);
        Assert.False(Assert.IsType<RuleItem>(items[2]).Color.Overprint);
        Assert.False(Assert.IsType<GlyphRun>(items[3]).Color.Overprint);
    }

    [Fact]
    public void Large_black_areas_print_in_the_layouts_rich_black_small_ones_in_black_alone()
    {
        var (items, _) = Printed(A5, Fill(Color.Black, new Rect(0, 0, 200, 100)), Fill(Color.Black, new Rect(0, 0, 5, 5)));

        Assert.Equal(A5.Inks.RichBlack, Assert.IsType<FillItem>(items[0]).Fill);
        Assert.Equal(Color.Cmyk(0, 0, 0, 1), Assert.IsType<FillItem>(items[1]).Fill);
        Assert.True(A5.Inks.RichBlack.Components.Sum() <= InkLimits.MaxTotalInk);
    }

    [Fact]
    public void Link_areas_are_left_out_of_a_press_file()
    {
        var (items, _) = Printed(A5, new LinkItem("link", new Rect(40, 40, 50, 10), "https://example.org"), Words(Color.Black));

        Assert.DoesNotContain(items, item => item is LinkItem);
    }

    [Fact]
    public void A_layout_colour_above_the_total_ink_limit_is_refused_at_its_line()
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-ink-");
        try
        {
            var path = Path.Combine(folder.FullName, "heavy.yaml");
            File.WriteAllText(path, "name: heavy\nextends: a5-pamphlet\ncmyk:\n  accent: cmyk(100, 100, 100, 100)\n");
            var catalog = new LayoutCatalog([folder.FullName, Engine.PamphletEngine.BundledLayouts]);

            var error = Assert.Throws<PamphletException>(() => catalog.Resolve(path));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal(4, diagnostic.Location.Line);
            Assert.Contains("400 % ink", diagnostic.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
