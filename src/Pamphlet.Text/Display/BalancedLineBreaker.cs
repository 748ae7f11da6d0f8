using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Text.Display;

/// <summary>
/// Breaks display type (titles, headlines, pull quotes, slogans) into balanced lines: the fewest lines
/// that fit — or one more, when that avoids a bad break — about equally long, at the cheapest breaks.
/// Each stretch between forced breaks is set on its own by dynamic programming over its breakpoints:
/// cost = <see cref="RagWeight"/> × Σ((line − mean) / mean)² (short inner lines weighted more) + the break penalties (sense costs from
/// <see cref="DisplayBreakWeights"/>) + <see cref="ExtraLineCost"/> per line beyond the fewest.
/// Body text uses <see cref="KnuthPlassBreaker"/>: it fills lines to a measure, this one shapes a block.
/// </summary>
internal sealed class BalancedLineBreaker : ILineBreaker
{
    /// <summary>
    /// Cost of unevenness: a line 10 % longer or shorter than the mean costs 10. The scale of the break
    /// costs in <see cref="DisplayBreakSense"/> (a comma's bonus pays for lines about 27 % off).
    /// </summary>
    public const double RagWeight = 1000;

    /// <summary>
    /// One line more than the fewest that fit: taken to avoid one bad break
    /// (<see cref="DisplayBreakSense.BadBreak"/>), never for evenness or a bonus alone — above the largest
    /// bonus plus the evenness a line more can buy.
    /// </summary>
    public const double ExtraLineCost = 1500;

    /// <summary>Display text grows by at most this many lines to avoid bad breaks: more would change its shape, not its breaks.</summary>
    public const int MaxExtraLines = 1;

    /// <summary>
    /// A line shorter than the mean between two other lines counts this many times its unevenness: it
    /// leaves a hole in the block ("UNSERE HÄUSER / SIND / KEINE WARE"), where a short first line reads
    /// as a lead-in ("A ÁGUA É NOSSA: / NÃO SE VENDE, NÃO SE ENTREGA!") and a last line may end short as
    /// any paragraph does.
    /// </summary>
    public const double InnerShortLineWeight = 2;

    /// <summary>A hyphen in display type costs more than a line more (a headline is not a justified column).</summary>
    public const double HyphenCost = 2000;

    /// <summary>
    /// Display text with more breakpoints than this (about as many words: a pull quote of a page, not a
    /// headline) is filled by <see cref="KnuthPlassBreaker"/> instead, its sense costs still counted: the
    /// balancing tables grow with lines × breakpoints, and a text that long reads as a paragraph anyway.
    /// </summary>
    public const int MaxBalancedBreakpoints = 400;

    /// <summary>A line wider than the measure: only taken when a word alone is wider than the measure.</summary>
    private const double OverfullCost = 1e7;

    /// <summary>Stands for an unbounded measure when asking for a stretch's natural width.</summary>
    private const double Unbounded = 1e9;

    public LineBreakResult Break(IReadOnlyList<LineItem> items, Func<int, double> lineWidth, LineBreakParameters p)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lineWidth);
        ArgumentNullException.ThrowIfNull(p);

        using var measure = new ParagraphMeasure(items);
        if (Enumerable.Range(0, measure.Count).Count(i => measure.IsLegalBreak(i, allowFlagged: true)) > MaxBalancedBreakpoints)
        {
            return new KnuthPlassBreaker().Break(items, lineWidth, p);
        }
        var lines = new List<LineBreak>();
        var total = 0.0;
        var start = 0;
        for (var b = 0; b < measure.Count; b++)
        {
            if (!measure[b].IsForcedBreak) continue;
            total += BreakStretch(measure, start, b, lineWidth, p, lines);
            start = measure.LineStartAfter(b);
        }
        return new LineBreakResult(lines, total, LineBreakPass.Balanced);
    }

    /// <summary>Breaks items <paramref name="start"/>..<paramref name="end"/> (a forced break) into lines appended to <paramref name="lines"/>; returns their cost.</summary>
    private static double BreakStretch(ParagraphMeasure measure, int start, int end, Func<int, double> lineWidth, LineBreakParameters p, List<LineBreak> lines)
    {
        var allowHyphens = p.MaxConsecutiveHyphens > 0;
        // Node 0 is the stretch's start; node j > 0 is the break at breaks[j - 1]. The last is the forced end.
        var breaks = new List<int>();
        for (var b = start + 1; b < end; b++)
        {
            if (measure.IsLegalBreak(b, allowHyphens)) breaks.Add(b);
        }
        breaks.Add(end);
        var nodes = breaks.Count + 1;
        var lineStart = new int[nodes];
        lineStart[0] = start;
        for (var j = 1; j < nodes; j++) lineStart[j] = measure.LineStartAfter(breaks[j - 1]);
        var first = lines.Count;

        // Whether a line may run from node i to node j: it fits, or it is the only way on (a word wider than the measure).
        bool Allowed(int i, int j, int line) =>
            lineStart[i] <= breaks[j - 1] && (j == i + 1 || !measure.Fit(lineStart[i], breaks[j - 1], lineWidth(first + line), 0).Overfull);

        var fewest = FewestLines(nodes, Allowed);
        var mean = measure.Fit(start, end, Unbounded, 0).NaturalWidth;
        (double Cost, int[] Path)? best = null;
        for (var n = fewest; n <= fewest + MaxExtraLines; n++)
        {
            if (Cheapest(measure, breaks, lineStart, n, mean / n, first, lineWidth, Allowed) is not { } found) continue;
            var cost = found.Cost + (n - fewest) * ExtraLineCost;
            if (best is null || cost < best.Value.Cost) best = (cost, found.Path);
        }
        var path = best!.Value.Path;
        for (var l = 0; l + 1 < path.Length; l++)
        {
            var (from, to) = (path[l], path[l + 1]);
            var width = lineWidth(first + l);
            var fit = measure.Fit(lineStart[from], breaks[to - 1], width, 0);
            ref readonly var item = ref measure[breaks[to - 1]];
            var flagged = item.Kind == LineItemKind.Penalty && item.Flagged;
            lines.Add(new LineBreak(lineStart[from], breaks[to - 1], width, fit.Ratio, fit.FillRatio, fit.SetBadness, flagged, fit.Overfull));
        }
        return best.Value.Cost;
    }

    /// <summary>The fewest lines from node 0 to the last node (each step is one line).</summary>
    private static int FewestLines(int nodes, Func<int, int, int, bool> allowed)
    {
        var lines = new int[nodes];
        Array.Fill(lines, int.MaxValue);
        lines[0] = 0;
        for (var i = 0; i < nodes - 1; i++)
        {
            if (lines[i] == int.MaxValue) continue;
            // Lines only grow with j: the first that does not fit ends the search from i.
            for (var j = i + 1; j < nodes && allowed(i, j, lines[i]); j++)
            {
                if (lines[i] + 1 < lines[j]) lines[j] = lines[i] + 1;
            }
        }
        return lines[nodes - 1];
    }

    /// <summary>The cheapest way to reach the last node in exactly <paramref name="n"/> lines, or null when there is none.</summary>
    private static (double Cost, int[] Path)? Cheapest(ParagraphMeasure measure, List<int> breaks, int[] lineStart, int n, double mean, int first,
        Func<int, double> lineWidth, Func<int, int, int, bool> allowed)
    {
        var nodes = breaks.Count + 1;
        // cost[k, j]: cheapest k lines ending at node j; from[k, j]: the node the k-th line starts at.
        var cost = new double[n + 1, nodes];
        var from = new int[n + 1, nodes];
        for (var k = 0; k <= n; k++)
        {
            for (var j = 0; j < nodes; j++) cost[k, j] = double.PositiveInfinity;
        }
        cost[0, 0] = 0;
        // Each line is tried only as far as it fits, so the work grows with the words times the words a line
        // holds, not with the square of the words: a pull quote of thousands of words stays quick.
        for (var k = 1; k <= n; k++)
        {
            for (var i = 0; i < nodes - 1; i++)
            {
                if (double.IsPositiveInfinity(cost[k - 1, i])) continue;
                for (var j = i + 1; j < nodes && allowed(i, j, k - 1); j++)
                {
                    var c = cost[k - 1, i] + LineCost(measure, lineStart[i], breaks[j - 1], lineWidth(first + k - 1), mean, inner: k > 1 && j < nodes - 1);
                    if (c < cost[k, j])
                    {
                        cost[k, j] = c;
                        from[k, j] = i;
                    }
                }
            }
        }
        if (double.IsPositiveInfinity(cost[n, nodes - 1])) return null;
        var path = new int[n + 1];
        path[n] = nodes - 1;
        for (var k = n; k > 0; k--) path[k - 1] = from[k, path[k]];
        return (cost[n, nodes - 1], path);
    }

    /// <param name="inner">The line has lines before and after it in its stretch.</param>
    private static double LineCost(ParagraphMeasure measure, int start, int end, double width, double mean, bool inner)
    {
        var fit = measure.Fit(start, end, width, 0);
        var deviation = mean > 0 ? (fit.NaturalWidth - mean) / mean : 0;
        var weight = deviation < 0 && inner ? InnerShortLineWeight : 1;
        var cost = weight * RagWeight * deviation * deviation + (fit.Overfull ? OverfullCost : 0);
        ref readonly var item = ref measure[end];
        if (item.IsForcedBreak) return cost;
        if (item.Kind != LineItemKind.Penalty) return cost;
        return cost + item.PenaltyValue + (item.Flagged ? HyphenCost : 0);
    }
}
