using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine.Print.Inks;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using static Pamphlet.Tests.Inks.InkLayouts;

namespace Pamphlet.Tests.Inks;

/// <summary>--ink riso:…: colours on drums, machine margins, one master per drum.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class RisoDrumTests
{
    private static readonly InkChoice BlackRed = Ink("riso:black,red");

    private static PagedDocument Printed(params PageItem[] items) =>
        InkPrinting.Apply(Document(items), A5, BlackRed, null, null);

    [Fact]
    public void Text_goes_on_the_first_drum_and_the_accent_on_the_second_as_named_overprinting_inks()
    {
        var items = Printed(Words(Color.Black), Words(A5.Colors.Accent, y: 140), Words(A5.Colors.Muted, y: 180)).Pages[0].Items.Cast<GlyphRun>().ToList();

        Assert.Equal(("Black", 1.0), (items[0].Color.SpotName, items[0].Color.Tint));
        Assert.Equal(("Red", 1.0), (items[1].Color.SpotName, items[1].Color.Tint));
        Assert.Equal(("Black", 0.7), (items[2].Color.SpotName, Math.Round(items[2].Color.Tint, 3)));
        Assert.All(items, run => Assert.True(run.Color.Overprint));
    }

    [Fact]
    public void Large_solid_areas_are_capped_and_paper_white_knocks_out()
    {
        var items = Printed(Fill(A5.Colors.Accent, new Rect(20, 20, 300, 300), "cover-background"), Words(Color.White, role: "cover-title")).Pages[0].Items;

        var ground = Assert.IsType<FillItem>(items[0]).Fill!.Value;
        Assert.Equal("Red", ground.SpotName);
        Assert.Equal(InkLimits.RisoSolidCap, ground.Tint, 6);
        var title = Assert.IsType<GlyphRun>(items[1]).Color;
        Assert.Equal(Color.White, title);
        Assert.False(title.Overprint);
    }

    [Fact]
    public void Nothing_prints_within_the_machines_margins_and_the_cut_is_reported_once()
    {
        var warnings = new List<Diagnostic>();
        var bleeding = new Rect(-9, -9, 437, 613);
        var printed = InkPrinting.Apply(Document(Fill(A5.Colors.Accent, bleeding, "cover-background"), Words(Color.Black)), A5, BlackRed, "a5-pamphlet-riso", warnings.Add);

        var page = printed.Pages[0];
        var margins = A5.Inks.Riso.Margins;
        var printable = new Rect(margins.Sides, margins.Lead, page.Size.Width - 2 * margins.Sides, page.Size.Height - margins.Lead - margins.Tail);
        Assert.All(page.Items, item => Assert.True(printable.Contains(item.Bounds), $"{item.Role} reaches {item.Bounds}"));
        Assert.Equal(0, page.Bleed);
        var warning = Assert.Single(warnings);
        Assert.Contains("cover-background", warning.Message);
        Assert.Contains("a5-pamphlet-riso", warning.Message);
    }

    [Fact]
    public void A_photo_prints_on_its_drum_over_a_paper_knockout()
    {
        var photo = new ImageItem("figure", new Rect(40, 40, 100, 80), "photo.jpg", ImageItem.WholeImage);

        var items = Printed(Fill(A5.Colors.Accent, new Rect(20, 20, 300, 300)), photo).Pages[0].Items;

        Assert.Equal(3, items.Count);
        Assert.Equal(Color.White, Assert.IsType<FillItem>(items[1]).Fill);
        var monochrome = Assert.IsType<ImageItem>(items[2]).Monochrome!;
        Assert.Equal("Black", monochrome.Ink.SpotName);
        Assert.True(monochrome.Curve.MaxInk <= InkLimits.RisoSolidCap);
    }

    [Fact]
    public void Each_master_holds_its_drum_in_grey_the_knockouts_and_the_marks()
    {
        var composite = Printed(
            Fill(A5.Colors.Accent, new Rect(20, 20, 300, 300)),
            Words(Color.White, role: "cover-title"),
            Words(Color.Black, y: 400),
            new RuleItem("registration-target", new Point(100, 500), new Point(110, 500), 0.25, Color.Registration));

        var red = RisoSeparations.For(composite, BlackRed.RisoInks[1]).Pages[0].Items;
        var black = RisoSeparations.For(composite, BlackRed.RisoInks[0]).Pages[0].Items;

        Assert.Equal(["panel", "cover-title", "registration-target"], red.Select(i => i.Role));
        Assert.Equal(Color.Gray(1 - InkLimits.RisoSolidCap).Components[0], ((FillItem)red[0]).Fill!.Value.Components[0], 6);
        Assert.Equal(["cover-title", "body", "registration-target"], black.Select(i => i.Role));
        Assert.Equal(Color.Black, ((GlyphRun)black[1]).Color);
        Assert.All(red.Concat(black), item => Assert.Equal(ColorSpace.Gray, item switch
        {
            GlyphRun run => run.Color.Space,
            FillItem fill => fill.Fill!.Value.Space,
            RuleItem rule => rule.Color.Space,
            _ => ColorSpace.Rgb,
        }));
    }
}

/// <summary>The layouts shipped for risograph printing.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class RisoLayoutTests
{
    [Theory]
    [InlineData("a5-pamphlet-riso")]
    [InlineData("poster-a3-riso")]
    public void Riso_layouts_print_on_two_drums_without_bleed_and_keep_everything_printable(string name)
    {
        var layout = InkLayouts.Resolve(name);

        Assert.Equal("riso:black,red", layout.Inks.Default.Name);
        Assert.Equal(0, layout.Page.Bleed);
        var margins = layout.Inks.Riso.Margins;
        Assert.True(layout.Page.Margins.Top >= margins.Lead && layout.Page.Margins.Bottom >= margins.Tail);
        Assert.Null(name.StartsWith("a5", StringComparison.Ordinal) ? layout.Cover.Background : null);
    }
}
