using Pamphlet.Composition.Poster;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using static Pamphlet.Tests.Cards.CardFixture;

namespace Pamphlet.Tests.Cards;

/// <summary>Every shipped card on the sample and on the sample without its photo, quote, url…, asserted on the Pages model.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class CardLayoutTests(CardFixture fixture) : IClassFixture<CardFixture>
{
    private const string SampleUrl = "https://alderbrook.example/";

    public static TheoryData<string, Without> Variants()
    {
        var data = new TheoryData<string, Without>();
        foreach (var layout in CardLayouts)
        {
            foreach (var without in new[] { Without.Nothing, Without.Photo, Without.Quote, Without.Url, Without.Quote | Without.Slogan, Without.All })
            {
                data.Add(layout, without);
            }
        }
        return data;
    }

    private static string RegionOf(PageItem item) => item.Role.Contains('@') ? item.Role[(item.Role.IndexOf('@') + 1)..] : "";

    private static string RoleOf(PageItem item) => item.Role.Split('@')[0];

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_card_shows_what_the_statement_has_and_nothing_it_lacks(string name, Without without)
    {
        var layout = Layout(name);
        var card = fixture.Card(layout, Sample(without));
        var runs = card.ItemsOf<GlyphRun>().ToList();
        bool Shows(string role, string region) => runs.Any(r => RoleOf(r) == role && RegionOf(r) == region);

        Assert.Equal(new Size(layout.Page.Width, layout.Page.Height), card.Size);
        Assert.True(Shows("poster-title", "headline"), "the headline is missing");

        var photo = card.ItemsOf<ImageItem>().SingleOrDefault();
        if (without.HasFlag(Without.Photo))
        {
            Assert.Null(photo);
            Assert.False(Shows("credit", "footer"));
            // Without a photo the card is the layout's background colour all over.
            Assert.Contains(card.ItemsOf<FillItem>(), f => f.Fill == layout.Cover.Background && f.Area == new Rect(0, 0, card.Size.Width, card.Size.Height));
        }
        else
        {
            Assert.NotNull(photo);
            Assert.Equal(new Rect(0, 0, card.Size.Width, card.Size.Height), photo.Frame);
            Assert.True(Shows("credit", "footer"), "a photo is credited on the card");
        }

        var hasQuote = !without.HasFlag(Without.Quote);
        var hasSlogan = !without.HasFlag(Without.Slogan);
        Assert.Equal(hasQuote, Shows("pullquote", "quote"));
        // The story shows the slogan in a region of its own; the others show it only in the quote's place.
        var sloganRegion = name == "card-story" ? "slogan" : "quote";
        var sloganShown = name == "card-story" ? hasSlogan : hasSlogan && !hasQuote;
        Assert.Equal(sloganShown, Shows("slogan", sloganRegion));
        Assert.True(runs.Where(r => RoleOf(r) == "slogan").Select(RegionOf).Distinct().Count() <= 1, "the slogan is shown twice");

        var hasUrl = !without.HasFlag(Without.Url);
        Assert.Equal(hasUrl, runs.Any(r => RoleOf(r) == "url" && RegionOf(r) == "url" && r.Text == "alderbrook.example"));
        Assert.Equal(hasUrl, card.ItemsOf<LinkItem>().Any(l => l.Url == SampleUrl));
        Assert.Equal(!without.HasFlag(Without.Signature), Shows("signature", "footer"));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Card_text_stays_in_the_safe_area_and_never_below_the_legibility_floor(string name, Without without)
    {
        var layout = Layout(name);
        var card = fixture.Card(layout, Sample(without));
        var grid = new PosterGrid(layout.Page, layout.Poster!);
        var least = LegibleText.MinimumSize(layout.Page.Width);

        foreach (var run in card.ItemsOf<GlyphRun>())
        {
            Assert.True(run.FontSize >= least - 0.01, $"{run.Role} '{run.Text}' is {run.FontSize:0.##}px on {name}, below {least:0.##}px");
            Assert.True(grid.SafeArea.Contains(run.Bounds, tolerance: 0.5), $"{run.Role} '{run.Text}' at {run.Bounds} leaves the safe area {grid.SafeArea}");
        }
    }

    [Theory]
    [InlineData("card-square", 1080, 1080)]
    [InlineData("card-portrait", 1080, 1350)]
    [InlineData("card-story", 1080, 1920)]
    [InlineData("card-landscape", 1200, 675)]
    public void Each_card_is_its_pixel_size_in_points_with_no_bleed(string name, double width, double height)
    {
        var layout = Layout(name);
        Assert.Equal(LayoutKind.Card, layout.Kind);
        Assert.Equal(width, layout.Page.Width, 6);
        Assert.Equal(height, layout.Page.Height, 6);
        Assert.Equal(0, layout.Page.Bleed);
    }
}
