namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// Total-fit line breaking (Knuth &amp; Plass 1981, as in TeX): the breaks that minimise the paragraph's total
/// demerits, found with an active-node list over running sums in O(items × active nodes).
/// </summary>
/// <remarks>
/// A paragraph's last line never holds the second part of a hyphenated word while any breaking without
/// that is feasible: a pass whose every end follows a hyphen fails, and only the last resort accepts one, when
/// it has no other end.
/// Passes, each tried only if the one before finds no breaks: without hyphen breaks at
/// <see cref="LineBreakParameters.Pretolerance"/>; with them at <see cref="LineBreakParameters.Tolerance"/>;
/// the same with emergency stretch; and a last resort that accepts any badness, ranks lines beyond TeX's
/// "infinitely bad" by <see cref="LineFit.RankingBadness"/>, and, like TeX, sets a line overfull when the only
/// remaining active node could otherwise not continue.
/// Departures from the paper: an active node's identity also carries its run of hyphen-ended lines (for the
/// hard limit), its line class comes from reading every possible line width up front (see
/// <see cref="LineWidthTable"/>), and new nodes are appended after each breakpoint instead of being spliced
/// into the list by line number (merging by line class makes the splice unnecessary).
/// </remarks>
public sealed class KnuthPlassBreaker : ILineBreaker
{
    /// <summary>
    /// The last resort accepts any badness (TeX keeps its tolerance there): a paragraph with one impossible word
    /// then gets the best lines around it — e.g. the words before it set loose on their own line and the word
    /// alone overfull — instead of the word being dragged onto an overfull line with its neighbours.
    /// </summary>
    private const double LastResortThreshold = double.PositiveInfinity;

    /// <summary>TeX's "artificial demerits": an unavoidable overfull line adds nothing, so it distorts no other choice.</summary>
    private const double ArtificialDemerits = 0;

    public LineBreakResult Break(IReadOnlyList<LineItem> items, Func<int, double> lineWidth, LineBreakParameters p)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lineWidth);
        ArgumentNullException.ThrowIfNull(p);

        using var measure = new ParagraphMeasure(items, p.RigidLineStretchShare, MostSetRatio(p));
        if (measure.Count == 0)
        {
            return new LineBreakResult([], 0, LineBreakPass.WithoutHyphenation);
        }

        var widths = new LineWidthTable(lineWidth, CountBreakpoints(measure));
        bool hyphens = p.MaxConsecutiveHyphens > 0;

        if (p.Pretolerance >= 0
            && TryPass(measure, widths, p, new PassRules(false, p.Pretolerance, 0, false)) is { } first)
        {
            return Result(first, LineBreakPass.WithoutHyphenation);
        }

        if (TryPass(measure, widths, p, new PassRules(hyphens, p.Tolerance, 0, false)) is { } second)
        {
            return Result(second, LineBreakPass.WithHyphenation);
        }

        if (p.EmergencyStretchShare > 0
            && TryPass(measure, widths, p, new PassRules(hyphens, p.Tolerance, p.EmergencyStretchShare, false)) is { } emergency)
        {
            return Result(emergency, LineBreakPass.EmergencyStretch);
        }

        var lastResort = TryPass(measure, widths, p, new PassRules(hyphens, LastResortThreshold, p.EmergencyStretchShare, true))
            ?? throw new InvalidOperationException("The last-resort pass always keeps an active node; reaching here is a bug.");
        return Result(lastResort, LineBreakPass.LastResort);
    }

    /// <param name="AllowHyphens">Flagged penalties are breakpoints.</param>
    /// <param name="Threshold">Highest badness a line may have.</param>
    /// <param name="EmergencyShare">Extra stretch per line (share of its width), counted in badness only.</param>
    /// <param name="RescueOverfull">Keep the paragraph going with an overfull line rather than fail.</param>
    private readonly record struct PassRules(bool AllowHyphens, double Threshold, double EmergencyShare, bool RescueOverfull);

    private static BreakNode? TryPass(ParagraphMeasure measure, LineWidthTable widths, LineBreakParameters p, PassRules rules)
    {
        int last = measure.Count - 1;
        var active = new List<BreakNode> { BreakNode.ParagraphStart() };
        var candidates = new List<BreakNode>();
        var endsAfterHyphen = new List<BreakNode>();

        for (int b = 0; b <= last; b++)
        {
            if (!measure.IsLegalBreak(b, rules.AllowHyphens))
            {
                continue;
            }

            ref readonly var item = ref measure[b];
            bool forced = item.IsForcedBreak;
            bool flagged = item.Kind == LineItemKind.Penalty && item.Flagged;
            int nextLineStart = measure.LineStartAfter(b);
            candidates.Clear();
            int kept = 0;

            for (int i = 0; i < active.Count; i++)
            {
                var a = active[i];
                if (a.NextLineStart > b)
                {
                    // The line after a has not started yet (b is among the items discarded after a's break).
                    active[kept++] = a;
                    continue;
                }

                double width = widths[a.LineCount];
                var fit = measure.Fit(a.NextLineStart, b, width, rules.EmergencyShare * width, ranked: rules.RescueOverfull);
                bool hyphenBlocked = flagged && (a.ConsecutiveHyphens >= p.MaxConsecutiveHyphens || a.LineCount == p.UnhyphenatedLine);

                if (!fit.Overfull && !hyphenBlocked && fit.Badness <= rules.Threshold)
                {
                    double d = Demerits.ForLine(fit, item, b == last, a.EndsWithHyphen, a.Fitness, width, p);
                    // Issue 11 (breaks): a paragraph's last line never holds the end of a hyphenated word (an empty last
                    // line after a fill break counts as the line before it), a hard rule rather than demerits
                    // (FinalHyphenDemerits weighs only what is left): such ends wait apart, used by the last resort
                    // alone and only when it has no other end; any other pass with no other end fails.
                    bool endAfterHyphen = b == last && (a.EndsWithHyphen || (a.NextLineStart >= b && a.Previous is { EndsWithHyphen: true }));
                    Offer(endAfterHyphen ? endsAfterHyphen : candidates, NewNode(a, b, nextLineStart, fit, a.TotalDemerits + d, flagged, widths));
                }
                else if (rules.RescueOverfull && fit.Overfull && candidates.Count == 0 && kept == 0 && i == active.Count - 1)
                {
                    if (hyphenBlocked)
                    {
                        // Even the rescue keeps the hyphen limit: wait for the next breakpoint that is not a hyphen.
                        active[kept++] = a;
                        continue;
                    }

                    Offer(candidates, NewNode(a, b, nextLineStart, fit, a.TotalDemerits + ArtificialDemerits, flagged, widths));
                }

                if (!fit.Overfull && !forced)
                {
                    active[kept++] = a;
                }
            }

            active.RemoveRange(kept, active.Count - kept);
            if (b == last && candidates.Count == 0 && rules.RescueOverfull)
            {
                candidates.AddRange(endsAfterHyphen);
            }

            Prune(candidates, p.FitnessDemerits);
            active.AddRange(candidates);
            if (active.Count == 0)
            {
                return null;
            }
        }

        // The last item is a forced break, so every active node now ends the paragraph there.
        BreakNode? best = null;
        foreach (var node in active)
        {
            if (best is null || node.TotalDemerits < best.TotalDemerits)
            {
                best = node;
            }
        }

        return best;
    }

    private static BreakNode NewNode(BreakNode from, int position, int nextLineStart, in LineFit fit, double totalDemerits, bool flagged, LineWidthTable widths) => new()
    {
        Position = position,
        NextLineStart = nextLineStart,
        LineCount = from.LineCount + 1,
        NextLineClass = widths.LineClass(from.LineCount + 1),
        Fitness = fit.Fitness,
        ConsecutiveHyphens = flagged ? from.ConsecutiveHyphens + 1 : 0,
        TotalDemerits = totalDemerits,
        Previous = from,
        Line = new LineBreak(from.NextLineStart, position, widths[from.LineCount], fit.Ratio, fit.FillRatio, fit.SetBadness, flagged, fit.Overfull) { FirstRatio = fit.FirstRatio, LeftShort = fit.LeftShort },
    };

    /// <summary>Keeps the best candidate per node identity (line class, fitness class, hyphen run); earlier wins ties.</summary>
    private static void Offer(List<BreakNode> candidates, BreakNode node)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.NextLineClass == node.NextLineClass && c.Fitness == node.Fitness && c.ConsecutiveHyphens == node.ConsecutiveHyphens)
            {
                if (node.TotalDemerits < c.TotalDemerits)
                {
                    candidates[i] = node;
                }

                return;
            }
        }

        candidates.Add(node);
    }

    /// <summary>
    /// TeX's pruning, made exact for our node state: a candidate can be dropped when another at the same place
    /// has the same line class, no longer a hyphen run, and demerits lower by more than the most that fitness
    /// can add to the next line, because every continuation of the dropped one is then cheaper from the other.
    /// </summary>
    private static void Prune(List<BreakNode> candidates, double fitnessDemerits)
    {
        if (candidates.Count < 2)
        {
            return;
        }

        Span<bool> dominated = stackalloc bool[candidates.Count];
        for (int x = 0; x < candidates.Count; x++)
        {
            for (int b = 0; b < candidates.Count && !dominated[x]; b++)
            {
                dominated[x] = b != x
                    && candidates[b].NextLineClass == candidates[x].NextLineClass
                    && candidates[b].ConsecutiveHyphens <= candidates[x].ConsecutiveHyphens
                    && candidates[b].TotalDemerits + fitnessDemerits < candidates[x].TotalDemerits;
            }
        }

        int kept = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (!dominated[i])
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>The adjustment ratio at <see cref="LineBreakParameters.Tolerance"/> (badness 100·r³): the loosest line the passes before the emergency one set.</summary>
    private static double MostSetRatio(LineBreakParameters p) => p.EmergencyStretchShare > 0 ? Math.Cbrt(Math.Max(p.Tolerance, 0) / 100) : double.PositiveInfinity;

    private static int CountBreakpoints(ParagraphMeasure measure)
    {
        int count = 0;
        for (int i = 0; i < measure.Count; i++)
        {
            if (measure.IsLegalBreak(i, allowFlagged: true))
            {
                count++;
            }
        }

        return count;
    }

    private static LineBreakResult Result(BreakNode end, LineBreakPass pass)
    {
        var lines = new List<LineBreak>(end.LineCount);
        for (var node = end; node.Previous is not null; node = node.Previous)
        {
            lines.Add(node.Line);
        }

        lines.Reverse();
        return new LineBreakResult(lines, end.TotalDemerits, pass);
    }
}
