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
    /// reordering of UAX #9 (L2) is undone by reversing, from the lowest odd level up to the highest,
    /// every stretch of runs at or above that level.
    /// </summary>
    public static List<GlyphRun> LogicalOrder(IEnumerable<GlyphRun> line)
    {
        var runs = line.OrderBy(r => r.Origin.X).ToList();
        if (runs.All(r => r.BidiLevel == 0)) return runs;
        var highest = runs.Max(r => r.BidiLevel);
        var lowestOdd = runs.Select(r => r.BidiLevel).Where(l => l % 2 == 1).DefaultIfEmpty(highest).Min();
        for (var level = lowestOdd; level <= highest; level++)
        {
            for (var i = 0; i < runs.Count;)
            {
                if (runs[i].BidiLevel < level) { i++; continue; }
                var j = i;
                while (j < runs.Count && runs[j].BidiLevel >= level) j++;
                runs.Reverse(i, j - i);
                i = j;
            }
        }

        return runs;
    }
}
