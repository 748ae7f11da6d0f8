using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Layouts;

/// <summary>How a <c>poster:</c> section becomes a <see cref="PosterSetup"/>: regions, spans, order, defaults.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PosterBindingTests : IDisposable
{
    private const double Mm = LengthLiteral.PointsPerMillimetre;
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "TestData", "Layouts", "poster", "grid-example.yaml");
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static LayoutDefinition LoadExample() => LayoutLoader.LoadFile(Example, forExtends: null);

    private LayoutDefinition Load(string posterSection)
    {
        folder.Write("x.yaml", "kind: poster\npage: {size: A3, margins: 14mm}\nposter:\n" + posterSection);
        return folder.Load("x.yaml");
    }

    [Fact]
    public void TheExampleBindsItsGrid()
    {
        var layout = LoadExample();
        Assert.Equal(LayoutKind.Poster, layout.Kind);
        var poster = Assert.IsType<PosterSetup>(layout.Poster);
        Assert.Equal([1.0, 1.0], poster.Columns);
        Assert.Equal([2.4, 4, 2.4, 2, 1], poster.Rows);
        Assert.Equal(6 * Mm, poster.Gap, precision: 9);
        Assert.Equal(new PosterBackground(ImageFit.Cover, Color.Rgb(0, 0, 0, 0x59)), poster.Background);
    }

    [Fact]
    public void TheExampleResolvesEachAreaToARowColumnAndSpans()
    {
        var regions = LoadExample().Poster!.Regions.ToDictionary(r => r.Name);
        Assert.Equal((0, 0, 1, 2), Place(regions["headline"]));
        Assert.Equal((1, 0, 1, 2), Place(regions["image"]));
        Assert.Equal((2, 0, 1, 1), Place(regions["quote"]));
        Assert.Equal((2, 1, 2, 1), Place(regions["demands"]));
        Assert.Equal((3, 0, 1, 1), Place(regions["slogan"]));
        Assert.Equal((4, 0, 1, 2), Place(regions["footer"]));
    }

    [Fact]
    public void TheExampleBindsWhatEachRegionSaysAndTheDefaultsForTheRest()
    {
        var layout = LoadExample();
        var regions = layout.Poster!.Regions.ToDictionary(r => r.Name);

        var headline = regions["headline"];
        Assert.Equal([PosterContent.Title, PosterContent.Subtitle], headline.Content);
        Assert.Equal(3, headline.MaxLines);
        Assert.Equal(40, headline.MinSize, precision: 9);
        Assert.Equal(140, headline.MaxSize, precision: 9);
        Assert.Equal(TextAlign.Start, headline.Align);
        Assert.Equal(VerticalAlign.Bottom, headline.VerticalAlign);

        var demands = regions["demands"];
        Assert.Equal(layout.Colors.Named["panel"], demands.Panel);
        Assert.Equal(5 * Mm, demands.Padding, precision: 9);
        Assert.Equal(11, demands.MinSize, precision: 9);

        Assert.Equal(TextAlign.Center, regions["slogan"].Align);
        Assert.Equal(VerticalAlign.Center, regions["slogan"].VerticalAlign);
        Assert.Equal([PosterContent.Signature, PosterContent.Date, PosterContent.QrCode], regions["footer"].Content);

        // image gives only content and fit: everything else is the documented default.
        Assert.Equal(
            new PosterRegion("image", 1, 0, 1, 2, regions["image"].Content, TextAlign.Start, VerticalAlign.Top, 9, 0, 3, ImageFit.Cover, null, 0),
            regions["image"]);
        Assert.Equal([PosterContent.Figure], regions["image"].Content);
    }

    [Fact]
    public void RegionsComeInTheOrderOfTheirFirstCellNotOfTheRegionsMap()
    {
        var poster = Load("""
              columns: [1, 1, 1]
              rows: [1, 1, 1]
              areas:
                - ". b b"
                - "c b b"
                - "a a a"
              regions:
                a: {content: [qr-code]}
                c: {content: [date]}
                b: {content: [title]}
            """).Poster!;
        Assert.Equal(["b", "c", "a"], poster.Regions.Select(r => r.Name));
        Assert.Equal((0, 1, 2, 2), Place(poster.Regions[0]));
        Assert.Equal((2, 0, 1, 3), Place(poster.Regions[2]));
    }

    [Fact]
    public void EveryContentNameBinds()
    {
        var content = Load("""
              columns: [1]
              rows: [1]
              areas: ["all"]
              regions:
                all: {content: [title, subtitle, figure, quote, demands, slogan, signature, author, date, qr-code, url, credit]}
            """).Poster!.Regions[0].Content;
        // quote-or-slogan shows what quote or slogan would: it cannot stand beside them (see below).
        Assert.Equal(Enum.GetValues<PosterContent>().Where(c => c != PosterContent.QuoteOrSlogan), content);
        Assert.Equal([PosterContent.QuoteOrSlogan], Load("  columns: [1]\n  rows: [1]\n  areas: [q]\n  regions: {q: {content: quote-or-slogan}}\n").Poster!.Regions[0].Content);
    }

    [Theory]
    [InlineData("{q: {content: [quote-or-slogan, slogan]}}", "'poster.regions.q.content' lists 'quote-or-slogan' and 'slogan', which can show the same text; each content is shown once")]
    [InlineData("{q: {content: [quote, quote-or-slogan]}}", "'poster.regions.q.content' lists 'quote' and 'quote-or-slogan', which can show the same text")]
    public void TheKeyQuoteOrSloganIsNotListedBesideTheQuoteOrTheSlogan(string regions, string message)
    {
        var error = Assert.Throws<Pamphlet.Documents.Diagnostics.PamphletException>(() => Load($"  columns: [1]\n  rows: [1]\n  areas: [q]\n  regions: {regions}\n"));
        Assert.Contains(message, Assert.Single(error.Diagnostics).Message);
    }

    [Fact]
    public void TheKeyQuoteOrSloganIsNotShownBesideARegionShowingTheSlogan()
    {
        var error = Assert.Throws<Pamphlet.Documents.Diagnostics.PamphletException>(() => Load("  columns: [1, 1]\n  rows: [1]\n  areas: [\"a b\"]\n  regions: {a: {content: [slogan]}, b: {content: [quote-or-slogan]}}\n"));
        Assert.Contains("region 'b' shows 'quote-or-slogan', which region 'a' already shows as 'slogan'", Assert.Single(error.Diagnostics).Message);
    }

    [Fact]
    public void ASingleContentNameIsAListOfOne() =>
        Assert.Equal([PosterContent.Quote], Load("  columns: [1]\n  rows: [1]\n  areas: [q]\n  regions: {q: {content: quote}}\n").Poster!.Regions[0].Content);

    [Fact]
    public void RunsOfDotsAreEmptyCellsAndNamesMaySpanOnlyPartOfTheGrid()
    {
        var poster = Load("  columns: [1, 2]\n  rows: [1, 1]\n  areas: [\"... q\", \". .\"]\n  regions: {q: {content: [quote]}}\n").Poster!;
        Assert.Equal((0, 1, 1, 1), Place(Assert.Single(poster.Regions)));
    }

    [Fact]
    public void GapAndBackgroundAreOptional()
    {
        var poster = Load("  columns: [1]\n  rows: [1]\n  areas: [q]\n  regions: {q: {content: [quote]}}\n").Poster!;
        Assert.Equal(0, poster.Gap);
        Assert.Null(poster.Background);
    }

    [Fact]
    public void ABackgroundWithoutScrimHasNoneAndAFigureMayAlsoHaveARegion()
    {
        var poster = Load("  columns: [1]\n  rows: [1]\n  areas: [f]\n  regions: {f: {content: [figure], fit: contain}}\n  background: {fit: contain}\n").Poster!;
        Assert.Equal(new PosterBackground(ImageFit.Contain, null), poster.Background);
        Assert.Equal(ImageFit.Contain, poster.Regions[0].Fit);
    }

    [Fact]
    public void PanelsTakePaletteNamesHexWithAlphaOrNone()
    {
        var regions = Load("""
              columns: [1, 1, 1]
              rows: [1]
              areas: ["a b c"]
              regions:
                a: {content: [title], panel: accent}
                b: {content: [quote], panel: "#000000b3"}
                c: {content: [demands], panel: none}
            """).Poster!.Regions;
        Assert.Equal(Color.Rgb(0x8c, 0x1c, 0x13), regions[0].Panel); // the built-in accent
        Assert.Equal(Color.Rgb(0, 0, 0, 0xb3), regions[1].Panel);
        Assert.Null(regions[2].Panel);
    }

    [Fact]
    public void APamphletHasNoPosterSetup()
    {
        folder.Write("x.yaml", "page: {size: A4}\n");
        Assert.Null(folder.Load("x.yaml").Poster);
    }

    private static (int Row, int Column, int RowSpan, int ColumnSpan) Place(PosterRegion r) => (r.Row, r.Column, r.RowSpan, r.ColumnSpan);
}
