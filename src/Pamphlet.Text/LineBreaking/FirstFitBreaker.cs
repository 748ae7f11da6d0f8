namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// The greedy baseline: each line takes as much as fits (using shrink), line by line, never looking ahead.
/// Same contract and demerits as <see cref="KnuthPlassBreaker"/>, so the two can be compared directly.
/// </summary>
internal sealed class FirstFitBreaker : ILineBreaker
{
    public LineBreakResult Break(IReadOnlyList<LineItem> items, Func<int, double> lineWidth, LineBreakParameters p)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lineWidth);
        ArgumentNullException.ThrowIfNull(p);

        using var measure = new ParagraphMeasure(items, p.RigidLineStretchShare);
        var lines = new List<LineBreak>();
        double total = 0;
        int last = measure.Count - 1;
        int start = 0;
        int hyphenRun = 0;
        var previousFitness = FitnessClass.Decent;

        while (start <= last)
        {
            double width = lineWidth(lines.Count);
            bool allowFlagged = hyphenRun < p.MaxConsecutiveHyphens;
            int chosen = -1;
            LineFit chosenFit = default;

            for (int b = start; b <= last; b++)
            {
                if (!measure.IsLegalBreak(b, allowFlagged))
                {
                    continue;
                }

                var fit = measure.Fit(start, b, width, 0);
                if (fit.Overfull && chosen >= 0)
                {
                    break;
                }

                // The first breakpoint is taken even if overfull: a word wider than the line must go somewhere.
                chosen = b;
                chosenFit = fit;
                if (fit.Overfull || measure[b].IsForcedBreak)
                {
                    break;
                }
            }

            ref readonly var item = ref measure[chosen];
            bool flagged = item.Kind == LineItemKind.Penalty && item.Flagged;
            total += Demerits.ForLine(chosenFit, item, chosen == last, hyphenRun > 0, previousFitness, width, p);
            lines.Add(new LineBreak(start, chosen, width, chosenFit.Ratio, chosenFit.FillRatio, chosenFit.SetBadness, flagged, chosenFit.Overfull) { FirstRatio = chosenFit.FirstRatio });
            hyphenRun = flagged ? hyphenRun + 1 : 0;
            previousFitness = chosenFit.Fitness;
            start = measure.LineStartAfter(chosen);
            if (chosen == last)
            {
                break;
            }
        }

        return new LineBreakResult(lines, total, LineBreakPass.FirstFit);
    }
}
