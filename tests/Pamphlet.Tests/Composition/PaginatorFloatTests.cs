using Pamphlet.Composition.Flow;
using Pamphlet.Pages;
using static Pamphlet.Tests.Composition.FakeFlow;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Floating blocks (figures, pull quotes) that do not fit wait for the top of the next column, in
/// order, while the text after them fills the current one; waiting floats are flushed at the end.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PaginatorFloatTests
{
    private const double Top = 30;

    private static List<Placement> Paginate(double columnHeight, params FlowBlock[] blocks) =>
        Paginate([new Rect(20, Top, Width, columnHeight)], blocks);

    private static List<Placement> Paginate(IReadOnlyList<Rect> columns, params FlowBlock[] blocks) =>
        new Paginator(_ => columns).Paginate(blocks).Placements();

    [Fact]
    public void A_float_that_fits_stays_in_place()
    {
        var placed = Paginate(100, Lines("A", 3), Box("F", 50, floats: true), Lines("B", 2));

        Assert.Equal((1, Top + 30), (placed.Of("F").Page, placed.Of("F").Y));
        Assert.Equal(Top + 80, placed.LinesOf("B")[0].Y);
    }

    [Fact]
    public void A_float_that_does_not_fit_goes_to_the_next_column_top_while_text_fills_this_one()
    {
        var placed = Paginate(100, Lines("A", 6), Box("F", 50, floats: true), Lines("B", 3));

        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
        var b = placed.LinesOf("B");
        Assert.All(b, l => Assert.Equal(1, l.Page));
        Assert.Equal(Top + 60, b[0].Y);
    }

    [Fact]
    public void Text_that_continues_past_the_column_comes_after_the_waiting_float()
    {
        var placed = Paginate(100, Lines("A", 6), Box("F", 50, after: 6, floats: true), Lines("B", 12));

        var f = placed.Of("F");
        Assert.Equal((2, Top), (f.Page, f.Y));
        var b = placed.LinesOf("B");
        Assert.Equal(4, b.Count(l => l.Page == 1));
        var firstOnPage2 = b.First(l => l.Page == 2);
        Assert.Equal(f.Bottom + 6, firstOnPage2.Y, 6);
        Assert.Equal(b.OrderBy(l => l.Page).ThenBy(l => l.Y).Select(l => l.Name), b.Select(l => l.Name));
    }

    [Fact]
    public void Floats_keep_their_order_even_when_a_later_one_would_fit()
    {
        // F2 (20pt) would fit in the 40pt left on page 1, but it must not overtake F1.
        var placed = Paginate(100, Lines("A", 6), Box("F1", 50, floats: true), Box("F2", 20, before: 5, floats: true), Lines("B", 2));

        Assert.Equal((2, Top), (placed.Of("F1").Page, placed.Of("F1").Y));
        Assert.Equal((2, Top + 55), (placed.Of("F2").Page, placed.Of("F2").Y));
        Assert.All(placed.LinesOf("B"), l => Assert.Equal(1, l.Page));
    }

    [Fact]
    public void Waiting_floats_that_do_not_fit_one_column_together_spread_over_the_next_ones()
    {
        var placed = Paginate(100, Lines("A", 8), Box("F1", 60, floats: true), Box("F2", 60, floats: true), Lines("B", 2));

        Assert.Equal((2, Top), (placed.Of("F1").Page, placed.Of("F1").Y));
        Assert.Equal((3, Top), (placed.Of("F2").Page, placed.Of("F2").Y));
    }

    [Fact]
    public void Floats_still_waiting_at_the_end_are_flushed()
    {
        var placed = Paginate(100, Lines("A", 9), Box("F", 40, floats: true));

        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
    }

    [Fact]
    public void A_float_waits_for_the_next_column_not_the_next_page()
    {
        var columns = new List<Rect> { new(20, Top, Width, 100), new(130, Top, Width, 100) };
        var placed = Paginate(columns, Lines("A", 6), Box("F", 50, floats: true), Lines("B", 7));

        Assert.Equal((1, 130.0, Top), (placed.Of("F").Page, placed.Of("F").X, placed.Of("F").Y));
    }

    [Fact]
    public void A_float_at_the_top_of_an_empty_column_is_placed_even_when_taller_than_the_column()
    {
        var tall = Box("F", 130, floats: true);
        var result = new Paginator(_ => [new Rect(20, Top, Width, 100)]).Paginate([Lines("A", 3), tall, Lines("B", 2)]);
        var placed = result.Placements();

        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
        Assert.Same(tall, Assert.Single(result.Overflowing));
        Assert.All(placed.LinesOf("B"), l => Assert.Equal(1, l.Page));
    }

    [Fact]
    public void A_waiting_float_never_moves_past_the_next_section_break()
    {
        // F does not fit after A; B (same section) fills the space, and H with C would fit after it, but H
        // opens a section that is not a heading (a section break, the endnotes): a page break before H.
        var heading = Box("H", 10, after: 3, keep: true);
        heading.OpensSection = true;
        var placed = Paginate(100, Lines("A", 5), Box("F", 55, floats: true), Lines("B", 1), heading, Lines("C", 2));

        Assert.All(placed.LinesOf("B"), l => Assert.Equal(1, l.Page));
        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
        var h = placed.Of("H");
        Assert.Equal(2, h.Page);
        Assert.True(h.Y >= placed.Of("F").Bottom, "the heading comes after the box");
    }

    [Fact]
    public void Floats_waiting_for_more_than_one_column_all_go_before_the_next_section()
    {
        var ornament = Box("O", 6, keep: true);
        ornament.OpensSection = true;
        var placed = Paginate(100, Lines("A", 8), Box("F1", 60, floats: true), Box("F2", 60, floats: true), ornament, Lines("C", 2));

        Assert.Equal(2, placed.Of("F1").Page);
        Assert.Equal(3, placed.Of("F2").Page);
        Assert.Equal(3, placed.Of("O").Page);
        Assert.True(placed.Of("O").Y >= placed.Of("F2").Bottom);
    }

    /// <summary>A heading of 10 pt kept with what follows, opening a section.</summary>
    private static FrameBlock Heading(string name) =>
        new(Solid(name, 10)) { Role = name, SpaceAfter = 3, KeepWithNext = true, OpensSection = true, IsHeading = true };

    [Fact]
    public void A_waiting_photo_lets_the_next_heading_and_its_text_fill_the_column()
    {
        var photo = new FrameBlock(Solid("F", 55)) { Role = "F", Floats = true, Illustrates = true };
        var placed = Paginate(100, Lines("A", 6), photo, Heading("H"), Lines("C", 2), Lines("D", 4));

        Assert.Equal((1, Top + 60), (placed.Of("H").Page, placed.Of("H").Y));
        Assert.All(placed.LinesOf("C"), l => Assert.Equal(1, l.Page));
        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
        Assert.All(placed.LinesOf("D"), l => Assert.Equal(2, l.Page));
    }

    [Fact]
    public void A_waiting_box_lets_a_heading_pass_when_holding_it_would_empty_more_than_a_fifth_of_the_column()
    {
        // 40 pt of 100 left after A: holding the box before H would leave them empty.
        var placed = Paginate(100, Lines("A", 6), Box("F", 55, floats: true), Heading("H"), Lines("C", 2), Lines("D", 3));

        Assert.Equal((1, Top + 60), (placed.Of("H").Page, placed.Of("H").Y));
        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
    }

    [Fact]
    public void A_waiting_box_stays_in_its_section_when_the_hole_it_leaves_is_small()
    {
        // 30 pt of 200 left after A (less than a fifth): H and one line of C would fit there, but a small hole is
        // better than the box after a heading that is not its own.
        var placed = Paginate(200, Lines("A", 17), Box("F", 55, floats: true), Heading("H"), Lines("C", 1, orphans: 1, widows: 1), Lines("D", 3));

        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
        Assert.Equal(2, placed.Of("H").Page);
        Assert.True(placed.Of("H").Y >= placed.Of("F").Bottom, "the heading comes after the box");
    }

    /// <summary>A pull quote: a float that illustrates (it may wait past headings).</summary>
    private static FrameBlock PullQuote(string name, double height) =>
        new(Solid(name, height)) { Role = name, Floats = true, Illustrates = true };

    [Fact]
    public void A_pull_quote_waits_for_the_next_column_when_it_takes_the_room_a_heading_and_its_box_need()
    {
        // After A (40) and P (20) 40 pt are left: H with its box (3 + 10 + 47) needs 60, so they would move on and
        // leave 40 of 100 empty. With P waiting, H and the box fill the column and P opens the next one.
        var placed = Paginate(100, Lines("A", 4), PullQuote("P", 20), Heading("H"), Panel(10, 10, 10), Lines("B", 2));

        Assert.Equal((1, Top + 40), (placed.Of("H").Page, placed.Of("H").Y));
        Assert.Equal(1, placed.Of("title").Page);
        Assert.Equal((2, Top), (placed.Of("P").Page, placed.Of("P").Y));
        Assert.All(placed.LinesOf("B"), l => Assert.Equal(2, l.Page));
        Assert.True(placed.LinesOf("B")[0].Y >= placed.Of("P").Bottom, "the text after the box comes after the pull quote");
    }

    [Fact]
    public void A_pull_quote_stays_where_waiting_would_not_make_room()
    {
        // H with the block it keeps with (an unsplittable 70 pt box) needs 83 pt: even without P the 60 left after A
        // are too few, so P stays.
        var placed = Paginate(100, Lines("A", 4), PullQuote("P", 20), Heading("H"), Box("K", 70), Lines("B", 2));

        Assert.Equal((1, Top + 40), (placed.Of("P").Page, placed.Of("P").Y));
        Assert.Equal((2, Top), (placed.Of("H").Page, placed.Of("H").Y));
    }

    [Fact]
    public void A_held_box_may_pass_a_waiting_photo_but_not_a_waiting_box()
    {
        // The photo F does not fit after A; H and its box (13 + 34) fit in the 50 pt left, and pass the photo.
        var photo = new FrameBlock(Solid("F", 55)) { Role = "F", Floats = true, Illustrates = true };
        var placed = Paginate(100, Lines("A", 5), photo, Heading("H"), Panel(10, 10), Lines("B", 2));

        Assert.Equal((1, Top + 50), (placed.Of("H").Page, placed.Of("H").Y));
        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));

        // A floating box waiting keeps its place before a later box.
        var box = Box("F", 55, floats: true);
        placed = Paginate(100, Lines("A", 5), box, Heading("H"), Panel(10, 10), Lines("B", 2));

        // The column breaks before H for the waiting box F: F opens page 2, H and its box do not fit under it.
        Assert.Equal((2, Top), (placed.Of("F").Page, placed.Of("F").Y));
        Assert.Equal((3, Top), (placed.Of("H").Page, placed.Of("H").Y));
    }
}
