using Pamphlet.Composition.Flow;
using Pamphlet.Pages;
using static Pamphlet.Tests.Composition.FakeFlow;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// A demand box that fits whole on the next page moves whole (as a float, the text after it filling
/// the space) rather than split into a part of fewer than 3 items or less than 40 % of the box.
/// Entries are 12 high: a part of n entries is 2×5 + 10 + 4 + 12n + 3(n − 1) = 21 + 15n high.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BoxMoveTests
{
    private const double Top = 30;
    private const double Column = 100;

    private static PanelBlock Box(int entries, double columnHeight = Column, bool floats = true, IReadOnlyList<bool>? isItem = null) =>
        new(Solid("title", 10), Solid("continued", 10), Enumerable.Range(1, entries).Select(i => Solid($"e{i}", 12)).ToList(), PanelStyle(), 100,
            isItem, columnHeight)
        {
            Role = "panel",
            Floats = floats,
        };

    private static List<Placement> Paginate(params FlowBlock[] blocks) =>
        new Paginator(_ => [new Rect(20, Top, Width, Column)]).Paginate(blocks).Placements();

    [Fact]
    public void A_box_that_would_split_two_and_three_moves_whole_and_the_text_after_it_fills_the_page()
    {
        // After A (40 high) 60 remain: two entries (51) fit, which would leave three on the next page.
        var placed = Paginate(FakeFlow.Box("A", 40), Box(5), Lines("B", 3));

        var box = Assert.Single(placed, p => p.Name == "panel");
        Assert.Equal((2, Top), (box.Page, box.Y));
        Assert.DoesNotContain(placed, p => p.Name == "continued");
        Assert.All(placed.LinesOf("B"), line => Assert.Equal(1, line.Page));
    }

    [Fact]
    public void A_box_splits_where_both_parts_keep_three_items_and_forty_percent()
    {
        // 90 remain after A: four entries fit, but that leaves two; three and three is a good split.
        var placed = Paginate(FakeFlow.Box("A", 10), Box(6, columnHeight: 200));

        Assert.Equal([1, 1, 1, 2, 2, 2], Enumerable.Range(1, 6).Select(i => placed.Of($"e{i}").Page));
        Assert.Equal(2, placed.Of("continued").Page);
    }

    [Fact]
    public void An_introduction_is_not_an_item()
    {
        // Intro + three items + … : a head of the intro and two items has only two items.
        var isItem = new[] { false, true, true, true, true, true, true };
        var panel = Box(7, columnHeight: 200, isItem: isItem);

        Assert.False(panel.IsGoodSplit(3));
        Assert.True(panel.IsGoodSplit(4));
    }

    [Fact]
    public void A_box_taller_than_a_page_still_splits_as_far_as_it_fits()
    {
        var placed = Paginate(FakeFlow.Box("A", 40), Box(12), Lines("B", 2));

        Assert.Equal(1, placed.Of("e1").Page);
        Assert.Equal(1, placed.Of("e2").Page);
        Assert.Equal(2, placed.Of("e3").Page);
        Assert.True(placed.Count(p => p.Name == "panel") >= 3);
    }

    [Fact]
    public void A_box_that_does_not_float_moves_whole_and_leaves_the_space()
    {
        // Four entries (81 high): two and two is a bad split, so the box goes to page 2 and B after it.
        var placed = Paginate(FakeFlow.Box("A", 40), Box(4, floats: false), Lines("B", 1));

        Assert.Equal(2, placed.Of("panel").Page);
        Assert.Equal(2, placed.Of("B.1").Page);
    }
}
