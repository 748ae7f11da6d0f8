using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Tests.Layouts;

/// <summary><c>when-empty:</c> and the background photo's fallback: what loads, and each mistake at its file, line and column.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PosterWhenEmptyTests : IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string QuoteRegion = "quote: {content: [quote]}";

    [Fact]
    public void Steps_load_in_the_order_written()
    {
        var poster = Load(PosterErrorTests.Grid.Replace(QuoteRegion, "quote: {content: [quote], when-empty: [demands, collapse]}", StringComparison.Ordinal));
        var quote = poster.Regions.Single(r => r.Name == "quote");
        Assert.Equal([new EmptyRegionStep("demands"), EmptyRegionStep.Collapse], quote.WhenEmpty);
        Assert.Empty(poster.Regions.Single(r => r.Name == "top").WhenEmpty);
    }

    [Fact]
    public void Keep_leaves_the_cells_empty() =>
        Assert.Empty(Load(PosterErrorTests.Grid.Replace(QuoteRegion, "quote: {content: [quote], when-empty: keep}", StringComparison.Ordinal))
            .Regions.Single(r => r.Name == "quote").WhenEmpty);

    [Theory]
    // The grid: top spans row 1 (both columns), quote and demands share row 2.
    [InlineData("when-empty: top", "top", "'poster.regions.quote.when-empty' names 'top', but region 'top' cannot spread over 'quote': together they are not one rectangle of cells ('top' spans rows 1 and columns 1–2, 'quote' rows 2 and columns 1)")]
    [InlineData("when-empty: demand", "demand", "'poster.regions.quote.when-empty' names 'demand', which is no region of this poster; name a neighbouring region, 'collapse' or 'keep'. Did you mean 'demands'?")]
    [InlineData("when-empty: quote", "quote}", "names region 'quote' itself")]
    [InlineData("when-empty: [demands, demands]", "demands]", "'poster.regions.quote.when-empty' lists 'demands' twice")]
    [InlineData("when-empty: [keep, collapse]", "keep", "lists 'keep' with other steps")]
    [InlineData("when-empty: {to: demands}", "{to", "'poster.regions.quote.when-empty' must be 'keep', 'collapse', a neighbouring region's name, or a list")]
    [InlineData("when-empty: []", "[]", "'poster.regions.quote.when-empty' must be 'keep', 'collapse'")]
    public void Mistakes_point_at_the_step(string whenEmpty, string at, string message)
    {
        var line = $"quote: {{content: [quote], {whenEmpty}}}";
        var path = folder.Write("x.yaml", PosterErrorTests.Head + PosterErrorTests.Grid.Replace(QuoteRegion, line, StringComparison.Ordinal));
        var error = folder.Fail("x.yaml");
        Assert.Contains(message, error.Message);
        // Line 12 is "    quote: …"; the column is where the wrong step is written.
        Assert.Equal(new SourceLocation(path, 12, 4 + line.IndexOf(at, StringComparison.Ordinal) + 1), error.Location);
    }

    [Fact]
    public void Steps_inherited_from_a_grid_the_layout_replaced_are_dropped_where_they_no_longer_fit()
    {
        folder.Write("parent.yaml", PosterErrorTests.Head + PosterErrorTests.Grid.Replace(QuoteRegion, "quote: {content: [quote], when-empty: [demands, collapse]}", StringComparison.Ordinal));
        // The child stacks quote above demands: they still make a rectangle, so the step stays …
        folder.Write("stacked.yaml", "extends: parent\nposter:\n  columns: [1]\n  rows: [1, 1, 1]\n  areas: [top, quote, demands]\n");
        Assert.Equal([new EmptyRegionStep("demands"), EmptyRegionStep.Collapse], folder.Load("stacked.yaml").Poster!.Regions.Single(r => r.Name == "quote").WhenEmpty);
        // … but where they no longer touch along a whole edge, the inherited step is dropped, not an error.
        folder.Write("apart.yaml", "extends: parent\nposter:\n  columns: [1]\n  rows: [1, 1, 1]\n  areas: [quote, top, demands]\n");
        Assert.Equal([EmptyRegionStep.Collapse], folder.Load("apart.yaml").Poster!.Regions.Single(r => r.Name == "quote").WhenEmpty);
    }

    [Fact]
    public void A_step_written_for_the_inherited_grid_must_fit_it()
    {
        folder.Write("parent.yaml", PosterErrorTests.Head + PosterErrorTests.Grid);
        var child = folder.Write("child.yaml", "extends: parent\nposter:\n  regions:\n    quote: {when-empty: top}\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(child, 4, 25), error.Location);
        Assert.Contains("region 'top' cannot spread over 'quote'", error.Message);
    }

    [Fact]
    public void The_background_photo_falls_back_to_a_frame_by_default()
    {
        var background = Assert.IsType<PosterBackground>(Load(PosterErrorTests.Grid + "  background: {scrim: \"#00000073\"}\n").Background);
        Assert.Equal(BackgroundFallback.Frame, background.TooSmall);
        Assert.Null(background.Frame);

        var framed = Assert.IsType<PosterBackground>(Load(PosterErrorTests.Grid + "  background: {too-small: behind, frame: {thickness: 4mm}}\n").Background);
        Assert.Equal(BackgroundFallback.Behind, framed.TooSmall);
        Assert.Equal(4 * 72 / 25.4, framed.Frame!.Thickness, 6);
        Assert.Equal(Pamphlet.Pages.Color.White, framed.Frame.Color);
    }

    [Theory]
    [InlineData("background: {too-small: shrink}\n", 14, 27, "'poster.background.too-small' must be one of: frame, behind")]
    [InlineData("background: {frame: {thickness: 1em}}\n", 14, 35, "cannot be in em")]
    [InlineData("background: {frame: {width: 2mm}}\n", 14, 24, "unknown key 'width' in 'poster.background.frame'")]
    public void Background_mistakes(string background, int line, int column, string message)
    {
        var path = folder.Write("x.yaml", PosterErrorTests.Head + PosterErrorTests.Grid + "  " + background);
        var error = folder.Fail("x.yaml");
        Assert.Contains(message, error.Message);
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
    }

    private PosterSetup Load(string grid)
    {
        folder.Write("x.yaml", PosterErrorTests.Head + grid);
        return folder.Load("x.yaml").Poster!;
    }
}
