using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>Which glyph runs of a page form one line of text: consecutive runs on one baseline. One rule for painting and for preparing text.</summary>
internal static class TextLines
{
    /// <summary>Baselines closer than this (points) are one line.</summary>
    private const double SameBaseline = 0.001;

    /// <summary>
    /// The end (exclusive) of the line of runs starting at <paramref name="from"/>, which must be a glyph
    /// run. Link areas between the runs (composition puts each after its link's text) stay in the line:
    /// they draw nothing, and splitting a line at them would split its reading order.
    /// </summary>
    public static int End(IReadOnlyList<PageItem> items, int from)
    {
        var first = (GlyphRun)items[from];
        var end = from + 1;
        for (var i = from + 1; i < items.Count; i++)
        {
            if (items[i] is LinkItem) continue;
            if (items[i] is not GlyphRun next || Math.Abs(next.Origin.Y - first.Origin.Y) >= SameBaseline) break;
            end = i + 1;
        }

        return end;
    }

    /// <summary>
    /// The runs of a line in logical (reading) order. Runs come in visual order, left to right; the
    /// reordering of UAX #9 (L2) that placed them is undone (see <see cref="BidiReordering"/>).
    /// </summary>
    public static List<GlyphRun> LogicalOrder(IEnumerable<GlyphRun> line)
    {
        var runs = LeftToRight(line);
        if (runs.Any(r => r.BidiLevel != 0)) BidiReordering.ToLogical(runs, r => r.BidiLevel);
        return runs;
    }

    /// <summary>
    /// The runs in visual order, left to right (runs at the same x in the order given). Composition
    /// places a line's runs from left to right, so they are sorted only when they are not already.
    /// </summary>
    public static List<GlyphRun> LeftToRight(IEnumerable<GlyphRun> line)
    {
        var runs = line.ToList();
        for (var i = 1; i < runs.Count; i++)
        {
            if (runs[i].Origin.X < runs[i - 1].Origin.X) return [.. runs.OrderBy(r => r.Origin.X)];
        }

        return runs;
    }
}
