namespace Pamphlet.Layouts.Model;

/// <summary>
/// The poster grid as one statement fills it: which cells each region covers and which rows and
/// columns have closed up, once every empty region has given up its cells as its <c>when-empty:</c>
/// steps say. First, rows (then columns) made only of empty regions that allow <c>collapse</c> close
/// up, and the other rows share their room. Then each remaining empty region hands its cells to the
/// first neighbour in its list that shows something and makes one rectangle with them (a neighbour
/// that has grown may take the next empty region's cells too). Cells nobody takes stay empty: the
/// page (or the background photo) shows there.
/// </summary>
public sealed class PosterArrangement
{
    private readonly Dictionary<string, GridCells> cells;
    private readonly IReadOnlySet<string> empty;

    private PosterArrangement(Dictionary<string, GridCells> cells, IReadOnlySet<string> empty, IReadOnlySet<int> collapsedRows, IReadOnlySet<int> collapsedColumns)
    {
        this.cells = cells;
        this.empty = empty;
        CollapsedRows = collapsedRows;
        CollapsedColumns = collapsedColumns;
    }

    /// <summary>Rows (0-based) that have closed up: they take no height and no gap.</summary>
    public IReadOnlySet<int> CollapsedRows { get; }

    /// <summary>Columns (0-based) that have closed up: they take no width and no gap.</summary>
    public IReadOnlySet<int> CollapsedColumns { get; }

    /// <summary>The grid as the layout writes it: every region in its own cells, nothing closed up.</summary>
    public static PosterArrangement AsWritten(PosterSetup poster) =>
        new(poster.Regions.ToDictionary(r => r.Name, r => r.Cells), new HashSet<string>(), new HashSet<int>(), new HashSet<int>());

    /// <summary>
    /// The grid with the regions named in <paramref name="empty"/> giving up their cells. With
    /// <paramref name="noPhotoBehind"/> (a layout with a background photo, on a statement without one),
    /// empty cells ('.') were windows onto a photo that is not there: they close up like collapsing regions.
    /// </summary>
    public static PosterArrangement Arrange(PosterSetup poster, IReadOnlySet<string> empty, bool noPhotoBehind = false)
    {
        var cells = poster.Regions.ToDictionary(r => r.Name, r => r.Cells);
        var collapsible = poster.Regions.Where(r => empty.Contains(r.Name) && r.WhenEmpty.Any(s => s.Collapses)).ToList();
        var rows = Closing(poster.Rows.Count, poster.Columns.Count, poster.Regions, collapsible, noPhotoBehind, c => (c.Row, c.RowSpan), c => (c.Column, c.ColumnSpan));
        foreach (var region in collapsible.Where(r => rows.Contains(r.Row))) cells.Remove(region.Name);
        var columns = Closing(poster.Columns.Count, poster.Rows.Count, poster.Regions.Where(r => cells.ContainsKey(r.Name)).ToList(),
            collapsible.Where(r => cells.ContainsKey(r.Name)).ToList(), noPhotoBehind, c => (c.Column, c.ColumnSpan), c => (c.Row, c.RowSpan), rows);
        foreach (var region in collapsible.Where(r => cells.ContainsKey(r.Name) && columns.Contains(r.Column))) cells.Remove(region.Name);

        var waiting = poster.Regions.Where(r => empty.Contains(r.Name) && cells.ContainsKey(r.Name)).ToList();
        // Each hand-over removes a holder of cells, so this ends.
        while (HandOver(waiting, cells, empty))
        {
        }

        return new PosterArrangement(cells, empty, rows, columns);
    }

    /// <summary>
    /// The tracks (rows, or columns) that close up: every cell across them belongs to a collapsible region
    /// that lies wholly within them (or, with <paramref name="emptyCellsClose"/>, to no region at all).
    /// <paramref name="along"/> gives a region's first track and count in this direction, <paramref name="across"/>
    /// in the other; tracks across in <paramref name="skipAcross"/> are already closed.
    /// </summary>
    private static HashSet<int> Closing(int count, int acrossCount, IReadOnlyList<PosterRegion> regions, IReadOnlyList<PosterRegion> collapsible, bool emptyCellsClose,
        Func<GridCells, (int First, int Span)> along, Func<GridCells, (int First, int Span)> across, IReadOnlySet<int>? skipAcross = null)
    {
        bool Covers(PosterRegion r, int track, int other)
        {
            var (first, span) = along(r.Cells);
            var (otherFirst, otherSpan) = across(r.Cells);
            return first <= track && track < first + span && otherFirst <= other && other < otherFirst + otherSpan;
        }

        bool Closes(int track, int other) =>
            collapsible.Any(r => Covers(r, track, other)) || (emptyCellsClose && !regions.Any(r => Covers(r, track, other)));

        var closing = Enumerable.Range(0, count)
            .Where(track => Enumerable.Range(0, acrossCount).Where(other => skipAcross?.Contains(other) != true).All(other => Closes(track, other)))
            .ToHashSet();
        // A collapsible region reaching into tracks that stay open keeps all of its tracks open.
        bool changed;
        do
        {
            changed = false;
            foreach (var region in collapsible)
            {
                var (first, span) = along(region.Cells);
                var tracks = Enumerable.Range(first, span).ToList();
                if (tracks.Any(closing.Contains) && !tracks.All(closing.Contains))
                {
                    closing.ExceptWith(tracks);
                    changed = true;
                }
            }
        }
        while (changed);
        return closing;
    }

    /// <summary>One empty region hands its cells to the first neighbour in its list that shows something (is not in <paramref name="empty"/>) and makes a rectangle with them.</summary>
    private static bool HandOver(List<PosterRegion> waiting, Dictionary<string, GridCells> cells, IReadOnlySet<string> empty)
    {
        foreach (var region in waiting)
        {
            foreach (var name in region.WhenEmpty.Where(s => !s.Collapses).Select(s => s.Neighbour!))
            {
                if (empty.Contains(name) || !cells.TryGetValue(name, out var theirs) || theirs.Join(cells[region.Name]) is not { } joined) continue;
                cells[name] = joined;
                cells.Remove(region.Name);
                waiting.Remove(region);
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the statement gives <paramref name="region"/> nothing to show: it draws nothing.</summary>
    public bool IsEmpty(PosterRegion region) => empty.Contains(region.Name);

    /// <summary>The cells <paramref name="region"/> covers, or null when it gave them up (it is empty and shows nothing).</summary>
    public GridCells? CellsOf(PosterRegion region) => cells.TryGetValue(region.Name, out var held) ? held : null;

    /// <summary>Whether the cell shows only the page: no region that shows something covers it, and it has not closed up.</summary>
    public bool IsFree(int row, int column) =>
        !CollapsedRows.Contains(row) && !CollapsedColumns.Contains(column) &&
        !cells.Any(c => !empty.Contains(c.Key) && c.Value.Row <= row && row < c.Value.EndRow && c.Value.Column <= column && column < c.Value.EndColumn);
}
