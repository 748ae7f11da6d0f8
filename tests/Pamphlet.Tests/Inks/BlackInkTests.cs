using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine.Print.Inks;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using static Pamphlet.Tests.Inks.InkLayouts;

namespace Pamphlet.Tests.Inks;

/// <summary>--ink black: every colour a grey (black ink only), chosen by what it paints, checked for contrast.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BlackInkTests
{
    private static readonly Color Accent = A5.Colors.Accent;
    private static readonly Color Panel = A5.Colors.Named["panel"];

    private static IReadOnlyList<PageItem> Printed(params PageItem[] items) =>
        InkPrinting.Apply(Document(items), A5, InkChoice.Black, null, null).Pages[0].Items;

    [Fact]
    public void Coloured_text_and_rules_print_solid_black_and_light_panels_a_copier_tint()
    {
        var items = Printed(
            Fill(Panel, new Rect(40, 40, 200, 100)),
            Words(Accent, role: "heading"),
            new RuleItem("rule", new Point(40, 160), new Point(300, 160), 1, Accent));

        var panel = Assert.IsType<FillItem>(items[0]).Fill!.Value;
        Assert.Equal(ColorSpace.Gray, panel.Space);
        Assert.InRange(1 - panel.Components[0], 0.10, 0.15);
        Assert.Equal(Color.Black, Assert.IsType<GlyphRun>(items[1]).Color);
        Assert.Equal(Color.Black, Assert.IsType<RuleItem>(items[2]).Color);
    }

    [Fact]
    public void A_dark_colour_area_keeps_its_lightness_so_white_text_on_it_still_reads()
    {
        var items = Printed(Fill(Accent, new Rect(0, 0, 419, 595), "cover-background"), Words(Color.White, role: "cover-title"));

        var ground = Assert.IsType<FillItem>(items[0]).Fill!.Value;
        Assert.Equal(ColorSpace.Gray, ground.Space);
        Assert.InRange(ground.Components[0], 0.1, 0.25);
        Assert.Equal(Color.White, Assert.IsType<GlyphRun>(items[1]).Color);
    }

    [Fact]
    public void The_layout_chooses_shares_of_black_by_colour_name()
    {
        var layout = A5 with { Inks = A5.Inks with { BlackOnly = new Dictionary<string, double> { ["accent"] = 0.6 } } };

        var items = InkPrinting.Apply(Document(Words(Accent)), layout, InkChoice.Black, null, null).Pages[0].Items;

        Assert.Equal(Color.Gray(0.4).Components[0], Assert.IsType<GlyphRun>(items[0]).Color.Components[0], 6);
    }

    [Fact]
    public void Photos_print_grey_through_the_toner_curve_and_marks_stay_registration()
    {
        var photo = new ImageItem("figure", new Rect(40, 40, 100, 80), "photo.jpg", ImageItem.WholeImage);
        var mark = new RuleItem("crop-mark", new Point(0, 0), new Point(10, 0), 0.25, Color.Registration);

        var items = Printed(photo, mark);

        var monochrome = Assert.IsType<ImageItem>(items[0]).Monochrome;
        Assert.NotNull(monochrome);
        Assert.Equal(Color.Black, monochrome.Ink);
        Assert.True(monochrome.Curve.MaxInk < 1, "the shadows are lifted for toner");
        Assert.Equal(Color.Registration, Assert.IsType<RuleItem>(items[1]).Color);
    }

    [Fact]
    public void Text_that_loses_its_contrast_in_grey_is_an_error_naming_its_style()
    {
        // Muted grey text on the accent: fine in red, grey on grey in black ink.
        var error = Assert.Throws<PamphletException>(() =>
            Printed(Fill(Accent, new Rect(0, 0, 419, 300), "cover-background"), Words(A5.Colors.Muted, role: "cover-date")));

        var message = Assert.Single(error.Diagnostics).Message;
        Assert.Contains("'cover-date' text on page 1", message);
        Assert.Contains("'muted' on 'accent'", message);
        Assert.Contains("black-only:", message);
        Assert.EndsWith("a5-pamphlet.yaml", Assert.Single(error.Diagnostics).Location.File);
    }

    [Fact]
    public void Text_beside_a_panel_is_judged_against_the_paper()
    {
        var items = Printed(Fill(Accent, new Rect(0, 0, 50, 50), "swatch"), Words(A5.Colors.Muted, x: 100, y: 200));

        Assert.Equal(2, items.Count);
    }
}
