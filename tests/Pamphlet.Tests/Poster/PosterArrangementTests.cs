using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Tests.Layouts;

namespace Pamphlet.Tests.Poster;

/// <summary>Where an empty region's cells go (<c>when-empty:</c>): to a neighbour, or its rows close up.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PosterArrangementTests : IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A poster of the given grid lines (after <c>poster:</c>), each region showing a different content.</summary>
    private PosterSetup Poster(string grid)
    {
        folder.Write("x.yaml", "kind: poster\npage: {size: A3, margins: 14mm}\nposter:\n" + grid);
        return folder.Load("x.yaml").Poster!;
    }

    private static GridCells? Cells(PosterSetup poster, PosterArrangement arrangement, string name) =>
        arrangement.CellsOf(poster.Regions.Single(r => r.Name == name));

    private const string ThreeInARow = """
          columns: [1, 1, 1]
          rows: [1, 1]
          areas:
            - "top top top"
            - "a   b   c"
          regions:
            top: {content: [title]}
            a: {content: [quote], when-empty: [b, collapse]}
            b: {content: [demands], when-empty: [a, c, collapse]}
            c: {content: [slogan], when-empty: [b, collapse]}

        """;

    [Fact]
    public void With_nothing_empty_every_region_keeps_its_cells()
    {
        var poster = Poster(ThreeInARow);
        var arrangement = PosterArrangement.Arrange(poster, new HashSet<string>());
        Assert.All(poster.Regions, r => Assert.Equal(r.Cells, arrangement.CellsOf(r)));
        Assert.Empty(arrangement.CollapsedRows);
        Assert.Empty(arrangement.CollapsedColumns);
    }

    [Fact]
    public void An_empty_regions_first_neighbour_that_shows_something_spreads_over_its_cells()
    {
        var poster = Poster(ThreeInARow);
        var arrangement = PosterArrangement.Arrange(poster, new HashSet<string> { "b" });
        Assert.Equal(new GridCells(1, 0, 1, 2), Cells(poster, arrangement, "a"));
        Assert.Null(Cells(poster, arrangement, "b"));
        Assert.Equal(new GridCells(1, 2, 1, 1), Cells(poster, arrangement, "c"));
    }

    [Fact]
    public void Only_a_neighbour_that_shows_something_takes_the_cells()
    {
        var poster = Poster(ThreeInARow);
        var arrangement = PosterArrangement.Arrange(poster, new HashSet<string> { "a", "b" });
        // b lists a first, but a is empty too: c takes b's cells; a's only neighbour is gone, so its cell stays empty.
        Assert.Equal(new GridCells(1, 1, 1, 2), Cells(poster, arrangement, "c"));
        Assert.Null(Cells(poster, arrangement, "b"));
        Assert.Equal(new GridCells(1, 0, 1, 1), Cells(poster, arrangement, "a"));
        Assert.Empty(arrangement.CollapsedRows);
    }

    [Fact]
    public void A_row_of_empty_regions_that_allow_it_closes_up()
    {
        var poster = Poster(ThreeInARow);
        var arrangement = PosterArrangement.Arrange(poster, new HashSet<string> { "a", "b", "c" });
        Assert.Equal([1], arrangement.CollapsedRows);
        Assert.All(["a", "b", "c"], name => Assert.Null(Cells(poster, arrangement, name)));
        Assert.Equal(new GridCells(0, 0, 1, 3), Cells(poster, arrangement, "top"));
    }

    [Fact]
    public void A_row_closes_only_where_nothing_in_it_shows_and_no_empty_region_reaches_out_of_it()
    {
        var poster = Poster("""
              columns: [1, 1]
              rows: [1, 1, 1]
              areas:
                - "top top"
                - "a   b"
                - "a   c"
              regions:
                top: {content: [title]}
                a: {content: [quote], when-empty: collapse}
                b: {content: [demands], when-empty: collapse}
                c: {content: [slogan], when-empty: collapse}

            """);
        // Row 2 holds only empty, collapsible regions, but a reaches into row 3, where c shows: nothing closes.
        var arrangement = PosterArrangement.Arrange(poster, new HashSet<string> { "a", "b" });
        Assert.Empty(arrangement.CollapsedRows);
        Assert.Equal([1, 2], PosterArrangement.Arrange(poster, new HashSet<string> { "a", "b", "c" }).CollapsedRows.Order());
    }

    [Fact]
    public void Empty_cells_close_up_only_where_they_would_show_a_photo_that_is_not_there()
    {
        var poster = Poster("""
              columns: [1, 1]
              rows: [1, 1, 1]
              areas:
                - "top top"
                - ".   ."
                - "a   ."
              regions:
                top: {content: [title]}
                a: {content: [quote]}

            """);
        Assert.Empty(PosterArrangement.Arrange(poster, new HashSet<string>()).CollapsedRows);
        // Row 3 keeps a cell that shows something, so only the row of empty cells closes.
        Assert.Equal([1], PosterArrangement.Arrange(poster, new HashSet<string>(), noPhotoBehind: true).CollapsedRows);
    }

    [Fact]
    public void Without_when_empty_the_cells_stay_as_written()
    {
        var poster = Poster(ThreeInARow.Replace(", when-empty: [b, collapse]}", "}", StringComparison.Ordinal));
        var arrangement = PosterArrangement.Arrange(poster, new HashSet<string> { "a", "c" });
        Assert.Equal(new GridCells(1, 0, 1, 1), Cells(poster, arrangement, "a"));
        Assert.Equal(new GridCells(1, 2, 1, 1), Cells(poster, arrangement, "c"));
    }
}
