using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Tests.Layouts;

/// <summary>A region's <c>when-too-long:</c> as written in a layout: its steps, and the errors at the step's line.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class WhenTooLongBindingTests : IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    private LayoutDefinition Load(string yaml) =>
        LayoutLoader.LoadFile(folder.Write("card-test.yaml", yaml), new LayoutCatalog([folder.Root, ShippedLayoutsFolder.Path]));

    private static PosterRegion Region(LayoutDefinition layout, string name) => layout.Poster!.Regions.Single(r => r.Name == name);

    private Diagnostic Fail(string yaml) => Assert.Single(Assert.Throws<PamphletException>(() => Load(yaml)).Diagnostics);

    [Fact]
    public void The_shipped_card_lists_its_steps_in_order()
    {
        var square = Load("extends: card-square\n");

        Assert.Equal([new TooLongStep(TooLongAction.Slogan), new TooLongStep(TooLongAction.Empty)], Region(square, "quote").WhenTooLong);
        Assert.Equal([new TooLongStep(TooLongAction.OneLine), new TooLongStep(TooLongAction.Drop, PosterContent.Credit)], Region(square, "footer").WhenTooLong);
        Assert.Equal([new TooLongStep(TooLongAction.MoreLines)], Region(square, "headline").WhenTooLong);
    }

    [Fact]
    public void Fail_alone_overrides_an_inherited_list()
    {
        var layout = Load("extends: card-square\ncard:\n  regions:\n    quote: {when-too-long: fail}\n");

        Assert.Empty(Region(layout, "quote").WhenTooLong);
    }

    [Fact]
    public void An_unknown_step_is_an_error_at_its_line()
    {
        var error = Fail("extends: card-square\ncard:\n  regions:\n    quote:\n      when-too-long: [slogn, empty]\n");

        Assert.Equal(5, error.Location.Line);
        Assert.Contains("'slogn'", error.Message);
        Assert.Contains("slogan", error.Message);
    }

    [Fact]
    public void A_step_that_does_not_suit_the_content_written_beside_it_is_an_error()
    {
        var error = Fail("extends: card-square\ncard:\n  regions:\n    url: {content: [url], when-too-long: [slogan]}\n");

        Assert.Equal(4, error.Location.Line);
        Assert.Contains("region 'url' shows no quote for the slogan to replace", error.Message);
    }

    [Fact]
    public void The_headline_cannot_be_left_empty()
    {
        var error = Fail("extends: card-square\ncard:\n  regions:\n    headline: {content: [title], when-too-long: empty}\n");

        Assert.Contains("a poster or card is not left without its headline", error.Message);
    }

    [Fact]
    public void An_inherited_step_for_content_the_region_no_longer_shows_is_dropped()
    {
        // card-square's footer says [one-line, drop-credit]; a footer showing only the signature keeps one-line.
        var layout = Load("extends: card-square\ncard:\n  regions:\n    footer: {content: [signature]}\n");

        Assert.Equal([new TooLongStep(TooLongAction.OneLine)], Region(layout, "footer").WhenTooLong);
    }
}
