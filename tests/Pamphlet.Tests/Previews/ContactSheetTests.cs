using Pamphlet.Rendering.Previews;

namespace Pamphlet.Tests.Previews;

/// <summary>Which pages a contact sheet shows together: a pamphlet as read, in spreads; posters page by page.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ContactSheetTests
{
    private static List<int?[]> Cells(int pages, bool spreads, bool rightToLeft) =>
        [.. ContactSheet.Cells(pages, spreads, rightToLeft).Select(c => c.Slots.ToArray())];

    [Fact]
    public void A_pamphlet_shows_its_cover_alone_on_the_right_then_spreads()
    {
        // 0-based indexes: page 1 is index 0.
        Assert.Equal([[null, 0], [1, 2], [3, 4], [5, 6], [7, 8]], Cells(9, spreads: true, rightToLeft: false));
    }

    [Fact]
    public void An_even_last_page_stands_alone_on_the_left_as_the_back_cover()
    {
        Assert.Equal([[null, 0], [1, 2], [3, 4], [5, 6], [7, null]], Cells(8, spreads: true, rightToLeft: false));
    }

    [Fact]
    public void A_right_to_left_pamphlet_has_every_spread_mirrored()
    {
        Assert.Equal([[0, null], [2, 1], [4, 3], [null, 5]], Cells(6, spreads: true, rightToLeft: true));
    }

    [Fact]
    public void A_poster_or_card_is_one_page_per_cell()
    {
        Assert.Equal([[0]], Cells(1, spreads: false, rightToLeft: false));
        Assert.Equal([[0], [1]], Cells(2, spreads: false, rightToLeft: true));
    }

    [Fact]
    public void No_pages_give_no_cells()
    {
        Assert.Empty(Cells(0, spreads: true, rightToLeft: false));
    }
}
