using Pamphlet.Composition.Flow;
using Pamphlet.Pages;
using static Pamphlet.Tests.Composition.FakeFlow;

namespace Pamphlet.Tests.Composition;

/// <summary>Where blocks may break: widows and orphans, keep-with-next, unsplittable and oversized blocks, panels.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PaginatorSplitTests
{
    private const double Top = 30;
    private const double ColumnHeight = 100; // ten fake lines

    private static Paginator.Result Run(params FlowBlock[] blocks) =>
        new Paginator(_ => [new Rect(20, Top, Width, ColumnHeight)]).Paginate(blocks);

    private static List<Placement> Paginate(params FlowBlock[] blocks) => Run(blocks).Placements();

    /// <summary>A filler block that leaves room for exactly <paramref name="lines"/> fake lines.</summary>
    private static FrameBlock LeavingRoomFor(double lines) => Box("filler", ColumnHeight - lines * Pitch);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)] // never 1 + 4 (an orphan): the paragraph moves
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 3)] // never 4 + 1 (a widow): a line goes over with it
    [InlineData(5, 5)]
    public void A_five_line_paragraph_breaks_leaving_two_lines_on_each_side(int room, int expectedOnFirstPage)
    {
        var lines = Paginate(LeavingRoomFor(room), Lines("P", 5, orphans: 2, widows: 2)).LinesOf("P");

        Assert.Equal(expectedOnFirstPage, lines.Count(l => l.Page == 1));
        Assert.Equal(5 - expectedOnFirstPage, lines.Count(l => l.Page == 2));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 2)]
    [InlineData(3, 2)] // 3 + 2 would leave two widows where three are asked for: 2 + 3
    [InlineData(4, 2)]
    public void Widows_setting_of_three_pulls_lines_over(int room, int expectedOnFirstPage)
    {
        var lines = Paginate(LeavingRoomFor(room), Lines("P", 5, orphans: 2, widows: 3)).LinesOf("P");

        Assert.Equal(expectedOnFirstPage, lines.Count(l => l.Page == 1));
    }

    [Fact]
    public void Widows_and_orphans_asking_for_more_lines_than_a_column_holds_give_way_rather_than_run_off_the_page()
    {
        // Nine widows and nine orphans in a ten-line column: no break obeys both, and 25 lines need three columns.
        var result = Run(Lines("P", 25, orphans: 9, widows: 9));
        var lines = result.Placements().LinesOf("P");

        Assert.Empty(result.Overflowing);
        Assert.Equal([10, 10, 5], lines.GroupBy(l => l.Page).Select(g => g.Count()));
        Assert.All(result.Placements(), p => Assert.True(p.Y + p.Height <= Top + ColumnHeight + 0.01, $"a line at {p.Y} runs past the column"));
    }

    [Fact]
    public void A_paragraph_too_short_to_split_moves_whole()
    {
        // Three lines with orphans 2 and widows 2 cannot break anywhere.
        var lines = Paginate(LeavingRoomFor(2), Lines("P", 3)).LinesOf("P");

        Assert.All(lines, l => Assert.Equal(2, l.Page));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(25)]
    [InlineData(31)]
    public void A_paragraph_over_several_pages_never_leaves_a_single_line_on_one(int count)
    {
        var lines = Paginate(Lines("P", count)).LinesOf("P");

        var perPage = lines.GroupBy(l => l.Page).Select(g => g.Count()).ToList();
        Assert.True(perPage.Count >= 3);
        Assert.All(perPage, n => Assert.InRange(n, 2, 10));
        Assert.Equal(count, perPage.Sum());
    }

    [Fact]
    public void An_unsplittable_block_that_does_not_fit_moves_whole_to_the_next_column()
    {
        var placed = Paginate(Box("A", 80), Box("B", 30), Box("C", 10));

        Assert.Equal(new Placement("B", 2, 20, Top, 30), placed.Of("B"));
        Assert.Equal(Top + 30, placed.Of("C").Y);
        Assert.Equal(2, placed.Of("C").Page);
    }

    [Fact]
    public void A_block_taller_than_a_column_is_placed_at_a_column_top_and_reported()
    {
        var tall = Box("T", 150);
        var result = Run(Box("A", 20), tall, Box("C", 10));
        var placed = result.Placements();

        Assert.Same(tall, Assert.Single(result.Overflowing));
        Assert.Equal(new Placement("T", 2, 20, Top, 150), placed.Of("T"));
        Assert.Equal((3, Top), (placed.Of("C").Page, placed.Of("C").Y));
    }

    [Fact]
    public void A_paragraph_taller_than_a_column_splits_and_is_not_reported()
    {
        var result = Run(Lines("P", 14));

        Assert.Empty(result.Overflowing);
        Assert.All(result.Placements(), p => Assert.True(p.Bottom <= Top + ColumnHeight + 0.01));
    }

    [Fact]
    public void Nothing_but_an_oversized_block_goes_past_the_column_bottom()
    {
        var blocks = new FlowBlock[]
        {
            Lines("P1", 7, after: 3), Box("H1", 14, before: 9, after: 2, keep: true), Lines("P2", 6), Box("F", 45, before: 5),
            Lines("P3", 4, before: 4), Box("H2", 14, before: 9, keep: true), Lines("P4", 12), Panel(10, 20, 20, 20, 20),
        };
        var placed = Paginate(blocks);

        Assert.All(placed, p => Assert.True(p.Bottom <= Top + ColumnHeight + 0.01, $"{p} runs past the column"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(25)]
    [InlineData(30)]
    [InlineData(35)]
    [InlineData(40)]
    [InlineData(45)]
    [InlineData(50)]
    public void A_heading_is_never_last_in_a_column_and_takes_two_lines_with_it(double fillerHeight)
    {
        var placed = Paginate(Box("filler", 50 + fillerHeight), Box("H", 15, after: 4, keep: true), Lines("P", 5, before: 2));

        var heading = placed.Of("H");
        Assert.NotEqual("H", placed.LastOn(heading.Page).Name);
        var lines = placed.LinesOf("P");
        Assert.Equal(heading.Page, lines[0].Page);
        Assert.Equal(heading.Page, lines[1].Page);
        Assert.Equal(heading.Bottom + 4, lines[0].Y, 6);
    }

    [Fact]
    public void A_heading_with_room_for_only_one_line_after_it_moves_on_with_the_paragraph()
    {
        var placed = Paginate(LeavingRoomFor(2.5), Box("H", 15, keep: true), Lines("P", 5));

        Assert.Equal((2, Top), (placed.Of("H").Page, placed.Of("H").Y));
        Assert.Single(placed, p => p.Page == 1);
    }

    [Fact]
    public void A_heading_before_a_short_paragraph_needs_room_for_all_of_it()
    {
        // Three lines cannot split (orphans 2 + widows 2), so the heading needs all three, not just two.
        var placed = Paginate(LeavingRoomFor(3.5), Box("H", 15, keep: true), Lines("P", 3));

        Assert.Equal(2, placed.Of("H").Page);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(45)]
    [InlineData(50)]
    [InlineData(55)]
    [InlineData(60)]
    [InlineData(65)]
    [InlineData(70)]
    [InlineData(75)]
    [InlineData(80)]
    public void A_heading_followed_by_a_subheading_is_never_last_in_a_column(double fillerHeight)
    {
        var placed = Paginate(Box("filler", fillerHeight), Box("H2", 15, keep: true), Box("H3", 12, keep: true), Lines("P", 5));

        Assert.NotEqual("H2", placed.LastOn(placed.Of("H2").Page).Name);
        Assert.NotEqual("H3", placed.LastOn(placed.Of("H3").Page).Name);
        Assert.Equal(placed.Of("H2").Page, placed.Of("H3").Page);
    }

    [Fact]
    public void A_heading_at_the_top_of_a_column_stays_even_if_the_next_block_cannot_follow()
    {
        // The figure after the heading is taller than any column; moving the heading on would loop forever.
        var result = Run(Box("H", 15, keep: true), Box("F", 120));
        var placed = result.Placements();

        Assert.Equal((1, Top), (placed.Of("H").Page, placed.Of("H").Y));
        Assert.Equal(2, placed.Of("F").Page);
    }
}
