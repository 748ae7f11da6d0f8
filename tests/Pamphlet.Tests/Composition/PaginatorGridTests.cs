using Pamphlet.Composition.Flow;
using Pamphlet.Pages;
using static Pamphlet.Tests.Composition.FakeFlow;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// The baseline grid (issue 11): body lines (fake lines of the grid pitch) start on the grid counted
/// from the column's top; odd blocks between them absorb their heights; a heading kept with body text
/// takes the extra space above it; full columns then end on the same line.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PaginatorGridTests
{
    private const double Top = 30;

    private static List<Placement> Paginate(double columnHeight, bool grid, params FlowBlock[] blocks) =>
        new Paginator(_ => [new Rect(20, Top, Width, columnHeight)], grid ? new BaselineGrid(Pitch) : null).Paginate(blocks).Placements();

    [Fact]
    public void Body_lines_after_a_block_of_odd_height_start_on_the_next_grid_line()
    {
        var placed = Paginate(200, grid: true, Lines("A", 2), Box("Q", 13), Lines("B", 2));

        // A ends at 50, the quote at 63: B goes down to the grid line at 70, not 63.
        Assert.Equal(50, placed.Of("Q").Y);
        Assert.Equal(Top + 4 * Pitch, placed.Of("B.1").Y);
    }

    [Fact]
    public void Without_a_grid_body_lines_follow_the_block_directly()
    {
        var placed = Paginate(200, grid: false, Lines("A", 2), Box("Q", 13), Lines("B", 2));

        Assert.Equal(63, placed.Of("B.1").Y);
    }

    [Fact]
    public void A_heading_kept_with_body_text_takes_the_extra_space_above_it()
    {
        var placed = Paginate(200, grid: true, Lines("A", 2), Box("H", 13, before: 5, after: 3, keep: true), Lines("B", 2));

        // Naturally H is at 55–68 and B at 71; B goes to the grid line at 80 and H follows it down, 3 pt above.
        Assert.Equal(80, placed.Of("B.1").Y);
        Assert.Equal(80 - 3 - 13, placed.Of("H").Y);
    }

    [Fact]
    public void Full_columns_end_on_the_same_line_after_odd_blocks()
    {
        // Ten lines to a column: page 1 holds A, an odd quote and B's first lines; page 2 the rest of B.
        var placed = Paginate(100, grid: true, Lines("A", 3), Box("Q", 13), Lines("B", 20));

        Assert.Equal(Top + 100, placed.LastOn(1).Bottom);
        Assert.Equal(Top + 100, placed.LastOn(2).Bottom);
    }

    [Fact]
    public void A_heading_moves_on_when_its_text_would_not_fit_on_the_grid()
    {
        // Column bottom at 135: A ends at 90, H at 112; B's two lines would fit from 112 but not from the grid line at 120.
        var placed = Paginate(105, grid: true, Lines("A", 6), Box("H", 22, keep: true), Lines("B", 2));

        Assert.Equal(2, placed.Of("H").Page);
        Assert.Equal(2, placed.Of("B.1").Page);
    }

    private static readonly FontFace Face = new("test.ttf", 0, "Test", ReadOnlyMemory<byte>.Empty);

    /// <summary>A block 13 high holding one line of text whose baseline is 5 below its top.</summary>
    private static FrameBlock Caption() =>
        new(new Frame(Width, 13, [new GlyphRun("caption", new Point(0, 5), Face, 8, Color.Black, [1], [new Point(0, 0)], "caption", [0], 50, 6, 2)]))
        {
            Role = "caption",
        };

    private static double BaselineOf(Paginator.Result result, string text) =>
        result.Pages.SelectMany(p => p).OfType<GlyphRun>().Single(r => r.Text == text).Origin.Y;

    [Fact]
    public void A_full_page_ending_off_the_grid_moves_its_last_block_down_to_the_last_grid_baseline()
    {
        // Grid baselines 8 below each line's top: 38, 48 … 128. A ends at 110; the caption's baseline is at 115,
        // 7 pt are left (no further line fits): the caption moves down 3 pt, to the grid baseline at 118.
        var grid = new BaselineGrid(Pitch, FirstBaseline: 8);
        var result = new Paginator(_ => [new Rect(20, Top, Width, 100)], grid).Paginate([Lines("A", 8), Caption(), Lines("B", 2)]);

        Assert.Equal(118, BaselineOf(result, "caption"), 6);
    }

    [Fact]
    public void A_page_with_room_for_another_line_keeps_its_last_block_where_it_is()
    {
        var grid = new BaselineGrid(Pitch, FirstBaseline: 8);
        var result = new Paginator(_ => [new Rect(20, Top, Width, 100)], grid).Paginate([Lines("A", 6), Caption()]);

        Assert.Equal(Top + 60 + 5, BaselineOf(result, "caption"), 6);
    }
}
