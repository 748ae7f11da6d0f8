using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.LineBreaking;

/// <summary>
/// Reference answer for small paragraphs: dynamic programming over every (break, line number, fitness,
/// hyphen run) state with no pruning and no merging of lines, under one pass's rules (a last line after a
/// hyphenated one is not an end: the pass fails if that is the only way). The real breaker's
/// pruning and line-class merging must reach the same minimum.
/// </summary>
internal static class ExhaustiveBreaker
{
    public static double? MinimumDemerits(IReadOnlyList<LineItem> items, Func<int, double> lineWidth, LineBreakParameters p, double tolerance)
    {
        using var measure = new ParagraphMeasure(items, p.RigidLineStretchShare);
        int last = measure.Count - 1;
        var states = new SortedDictionary<(int Position, int Line, FitnessClass Fitness, int Hyphens), double>
        {
            [(-1, 0, FitnessClass.Decent, 0)] = 0,
        };
        double? best = null;

        while (states.Count > 0)
        {
            var (key, demerits) = states.First();
            states.Remove(key);
            if (key.Position == last)
            {
                best = best is null ? demerits : Math.Min(best.Value, demerits);
                continue;
            }

            int start = key.Position < 0 ? 0 : measure.LineStartAfter(key.Position);
            double width = lineWidth(key.Line);
            for (int b = start; b <= last; b++)
            {
                if (!measure.IsLegalBreak(b, allowFlagged: p.MaxConsecutiveHyphens > 0))
                {
                    continue;
                }

                var item = measure[b];
                var fit = measure.Fit(start, b, width, 0);
                bool flagged = item.Kind == LineItemKind.Penalty && item.Flagged;
                // As the breaker does: a paragraph's last line never follows a hyphenated line in a pass that succeeds.
                bool finalHyphen = b == last && key.Hyphens > 0;
                if (!fit.Overfull && fit.Badness <= tolerance && !(flagged && key.Hyphens >= p.MaxConsecutiveHyphens) && !finalHyphen)
                {
                    double d = demerits + Demerits.ForLine(fit, item, b == last, key.Hyphens > 0, key.Fitness, width, p);
                    var next = (b, key.Line + 1, fit.Fitness, flagged ? key.Hyphens + 1 : 0);
                    if (!states.TryGetValue(next, out double known) || d < known)
                    {
                        states[next] = d;
                    }
                }

                if (item.IsForcedBreak || fit.Overfull)
                {
                    break;
                }
            }
        }

        return best;
    }
}
