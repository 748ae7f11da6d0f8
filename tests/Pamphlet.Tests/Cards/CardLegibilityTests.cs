using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Tests.Layouts;

namespace Pamphlet.Tests.Cards;

/// <summary>
/// No text smaller than 28px on a 1080px-wide card (in proportion on other widths): refused in the
/// layout at the value to change, and, whatever slips past, on the composed card.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class CardLegibilityTests(CardFixture fixture) : IClassFixture<CardFixture>, IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Loads a layout file of the test folder, extending the shipped cards.</summary>
    private LayoutDefinition Load(string yaml)
    {
        var path = folder.Write("card-test.yaml", yaml);
        return LayoutLoader.LoadFile(path, new LayoutCatalog([folder.Root, ShippedLayoutsFolder.Path]));
    }

    private Diagnostic Fail(string yaml) => Assert.Single(Assert.Throws<PamphletException>(() => Load(yaml)).Diagnostics);

    [Theory]
    [InlineData(1080, 28)]
    [InlineData(1200, 28 * 1200 / 1080.0)]
    [InlineData(540, 14)]
    public void The_floor_is_28px_per_1080px_of_width(double width, double least) =>
        Assert.Equal(least, LegibleText.MinimumSize(width), 6);

    [Fact]
    public void Every_shipped_card_loads_within_the_rule() =>
        Assert.All(CardFixture.CardLayouts, name => Assert.Equal(LayoutKind.Card, CardFixture.Layout(name).Kind));

    [Fact]
    public void A_region_allowed_to_shrink_below_28px_is_refused_at_its_min_size()
    {
        var error = Fail("extends: card-square\ncard:\n  regions:\n    quote: {min-size: 20px}\n");

        Assert.Equal(4, error.Location.Line);
        Assert.Contains("region 'quote' may shrink its text to 20px, but text on a card must be at least 28px to be read on a phone; give it 'min-size: 28px' or more", error.Message);
    }

    [Fact]
    public void A_region_without_a_min_size_is_refused_for_the_9pt_default()
    {
        var error = Fail("""
            kind: card
            page: {size: {width: 1080px, height: 1080px}, margins: 72px, bleed: 0}
            styles: {list: {indent: 1em}}
            cover: {title: {size: 100px}}
            card:
              columns: [1]
              rows: [1]
              areas: [headline]
              regions:
                headline: {content: [title]}
            """);

        Assert.Equal(10, error.Location.Line);
        Assert.Contains("region 'headline' may shrink its text to 9px, the default min-size", error.Message);
    }

    [Fact]
    public void A_style_the_card_shows_below_28px_is_refused_at_the_size_that_makes_it()
    {
        var error = Fail("extends: card-square\nfonts:\n  caption: {size: 24px}\n");

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("sets text at 24px in region", error.Message);
        Assert.Contains("make 'fonts.caption.size' larger so that it is at least 28px", error.Message);
    }

    [Fact]
    public void A_wider_card_needs_larger_text_in_proportion()
    {
        var error = Fail("extends: card-landscape\nfonts:\n  caption: {size: 30px}\n");

        Assert.Contains("text on a card must be at least 31.2px (28px per 1080px of a card's width; this card is 1200px wide)", error.Message);
    }

    [Fact]
    public void Styles_a_card_does_not_show_may_stay_small()
    {
        // Body headings and endnotes are never on a card: the defaults' 14pt headings do not count.
        var layout = Load("extends: card-square\nstyles:\n  heading: {size: 12px}\n");
        Assert.Equal(12, layout.Styles.Heading.Font.Size, 6);
    }

    [Fact]
    public void Text_a_layout_check_cannot_see_is_still_refused_on_the_composed_card()
    {
        // Built in code, past the layout checks: the attribution under the quote at 20px.
        var square = CardFixture.Layout("card-square");
        var small = square.Styles.PullQuote.Attribution with { Font = square.Styles.PullQuote.Attribution.Font.WithSize(20) };
        var layout = square with { Styles = square.Styles with { PullQuote = square.Styles.PullQuote with { Attribution = small } } };

        var error = Assert.Throws<PamphletException>(() => fixture.Card(layout, CardFixture.Sample()));

        var message = Assert.Single(error.Diagnostics).Message;
        Assert.Contains("card-square sets text at 20px (pullquote-attribution@quote), but text on a card must be at least 28px", message);
    }

    [Fact]
    public void Px_is_refused_in_a_print_layout_at_the_value()
    {
        var error = Fail("extends: poster-a3\npage:\n  margins: 40px\n");

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("'page.margins' is in px, a card's pixel, but this layout is a poster, made for paper", error.Message);
    }

    [Fact]
    public void The_example_card_of_the_layouts_readme_loads_and_builds()
    {
        var readme = File.ReadAllText(Path.Combine(ShippedLayoutsFolder.Path, "README.md"));
        var start = readme.IndexOf("```yaml\nkind: card\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "layouts/README.md has no card example");
        start += "```yaml\n".Length;
        var yaml = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var card = fixture.Card(Load(yaml), CardFixture.Sample());

        Assert.Equal(new Pamphlet.Pages.Size(1080, 1080), card.Size);
    }

    [Fact]
    public void A_pixel_is_a_point()
    {
        var layout = Load("extends: card-square\npage:\n  margins: 50px\n");
        Assert.Equal(50, layout.Page.Margins.Top, 6);
    }
}
