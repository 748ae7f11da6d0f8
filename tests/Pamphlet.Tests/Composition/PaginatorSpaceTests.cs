using Pamphlet.Composition.Flow;
using Pamphlet.Pages;
using static Pamphlet.Tests.Composition.FakeFlow;

namespace Pamphlet.Tests.Composition;

/// <summary>Vertical space between blocks: collapsing, dropped at the top of a column, and column placement.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PaginatorSpaceTests
{
    private const double Top = 30;
    private const double Left = 20;

    private static List<Placement> Paginate(double columnHeight, params FlowBlock[] blocks) =>
        new Paginator(_ => [new Rect(Left, Top, Width, columnHeight)]).Paginate(blocks).Placements();

    [Fact]
    public void Blocks_stack_from_the_top_left_of_the_column()
    {
        var placed = Paginate(100, Box("A", 10), Box("B", 20));

        Assert.Equal(new Placement("A", 1, Left, Top, 10), placed.Of("A"));
        Assert.Equal(new Placement("B", 1, Left, Top + 10, 20), placed.Of("B"));
    }

    [Theory]
    [InlineData(5, 8, 8)]
    [InlineData(8, 5, 8)]
    [InlineData(6, 6, 6)]
    [InlineData(0, 0, 0)]
    [InlineData(7, 0, 7)]
    public void Space_between_blocks_is_the_larger_of_after_and_before(double after, double before, double expectedGap)
    {
        var placed = Paginate(100, Box("A", 10, after: after), Box("B", 10, before: before));

        Assert.Equal(Top + 10 + expectedGap, placed.Of("B").Y, 6);
    }

    [Fact]
    public void Space_before_the_first_block_is_dropped()
    {
        var placed = Paginate(100, Box("A", 10, before: 12));

        Assert.Equal(Top, placed.Of("A").Y);
    }

    [Fact]
    public void Space_before_is_dropped_at_the_top_of_the_next_column()
    {
        var placed = Paginate(100, Box("A", 85, after: 10), Box("B", 10, before: 12));

        Assert.Equal(new Placement("B", 2, Left, Top, 10), placed.Of("B"));
    }

    [Fact]
    public void Space_counts_when_deciding_whether_a_block_fits()
    {
        // 85 + 10 fits in 100 only without the 8pt gap: the gap pushes B on.
        var placed = Paginate(100, Box("A", 85), Box("B", 10, before: 8));

        Assert.Equal(2, placed.Of("B").Page);
    }

    [Fact]
    public void A_block_that_fits_exactly_stays()
    {
        var placed = Paginate(100, Box("A", 60, after: 5), Box("B", 35, before: 3));

        Assert.Equal(1, placed.Of("B").Page);
        Assert.Equal(Top + 65, placed.Of("B").Y, 6);
    }

    [Fact]
    public void The_tail_of_a_split_paragraph_starts_at_the_column_top()
    {
        var placed = Paginate(100, Box("A", 55, after: 6), Lines("P", 8, before: 6));

        var lines = placed.LinesOf("P");
        var onSecond = lines.Where(l => l.Page == 2).ToList();
        Assert.NotEmpty(onSecond);
        Assert.Equal(Top, onSecond[0].Y);
    }

    [Fact]
    public void Lines_of_a_paragraph_follow_each_other_without_gaps()
    {
        var placed = Paginate(100, Lines("P", 7, pitch: 13));

        var lines = placed.LinesOf("P");
        Assert.Equal(Enumerable.Range(0, 7).Select(i => Top + 13.0 * i), lines.Select(l => l.Y));
    }

    [Fact]
    public void Text_fills_the_columns_of_a_page_in_order_before_the_next_page()
    {
        var columns = new List<Rect> { new(20, Top, Width, 100), new(130, Top, Width, 100) };
        var result = new Paginator(_ => columns).Paginate([Lines("P", 25)]).Placements();

        var lines = result.LinesOf("P");
        Assert.All(lines.Take(10), l => Assert.Equal((1, 20.0), (l.Page, l.X)));
        Assert.All(lines.Skip(10).Take(10), l => Assert.Equal((1, 130.0), (l.Page, l.X)));
        Assert.All(lines.Skip(20), l => Assert.Equal((2, 20.0), (l.Page, l.X)));
        Assert.Equal(Top, lines[10].Y);
    }

    [Fact]
    public void Each_page_gets_its_own_columns()
    {
        // Facing pages mirror their margins: the column function is asked per page index.
        var asked = new List<int>();
        var result = new Paginator(page =>
        {
            asked.Add(page);
            return [new Rect(page % 2 == 0 ? 20 : 40, Top, Width, 100)];
        }).Paginate([Lines("P", 25)]).Placements();

        Assert.Equal([0, 1, 2], asked);
        Assert.All(result.Where(p => p.Page == 2), p => Assert.Equal(40, p.X));
        Assert.All(result.Where(p => p.Page == 3), p => Assert.Equal(20, p.X));
    }
}
