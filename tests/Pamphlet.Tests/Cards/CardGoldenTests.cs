using Pamphlet.Engine.Cards;
using Pamphlet.Rendering;
using Pamphlet.Tests.Goldens;
using static Pamphlet.Tests.Cards.CardFixture;

namespace Pamphlet.Tests.Cards;

/// <summary>
/// The sample as card-square, at a quarter of its size (270 × 270 px: one pixel is four of the
/// card's), against its golden: a region, a crop or a line that moves by a few card pixels shows.
/// </summary>
[Trait(Tier.Name, Tier.Visual)]
public sealed class CardGoldenTests(CardFixture fixture) : IClassFixture<CardFixture>
{
    /// <summary>A quarter of a card's pixels per inch.</summary>
    private static readonly double GoldenPixelsPerInch = CardBuild.PixelsPerInch / 4;

    /// <summary>
    /// A channel differing by at most this much (of 255) is the same pixel: a library update that
    /// anti-aliases an edge differently moves edge pixels by tens of levels, not by a hundred.
    /// </summary>
    private const int CardChannelTolerance = 40;

    /// <summary>
    /// The share of pixels that may differ by more: a fifth of a percent, a few dozen pixels of a
    /// quarter-size card. A block of text moved by one pixel of the golden changes several percent.
    /// </summary>
    private const double CardDifferingShare = 0.002;

    [Fact]
    public void Card_square_of_the_sample_matches_its_golden()
    {
        var card = fixture.Card("card-square", Sample());

        var png = new PngRenderer().Render(card, GoldenPixelsPerInch);

        GoldenImages.AssertMatches(png, "card-square.sample", CardChannelTolerance, CardDifferingShare);
    }
}
