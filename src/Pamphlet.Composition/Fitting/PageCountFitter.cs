using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Fitting;

/// <summary>
/// Lands a pamphlet on a page count by moving the body size, leading, paragraph space and figure
/// height together within the layout's <c>fitting:</c> ranges: one step t in [-1, 1] (0 = the layout
/// as written) applied to all of them, and the smallest |t| that gives the count.
/// <para>
/// The page count grows with t on the whole but not step by step: a float, a kept heading or a demand
/// box moving to the next page can make a slightly looser setting a page shorter. So a bisection,
/// which assumes it does, is only the first try (cheap, and right whenever the count is monotone
/// near the target); when it misses, the whole range is surveyed on a grid and the steps between grid
/// points whose counts straddle the target are searched too, before the count is declared out of reach.
/// </para>
/// </summary>
internal sealed class PageCountFitter(Func<LayoutDefinition, IReadOnlyList<Page>> compose)
{
    /// <summary>
    /// How finely a search pins down the step where the count changes: 2⁻⁷ of the range. In a5-pamphlet
    /// a step of 2⁻⁷ moves the body size by 0.004 pt, the leading by 0.008 pt a line (0.3 pt over a
    /// 40-line page) and a paragraph space by 0.04 pt: the chosen setting is at most that much tighter
    /// or looser than the least that lands, far below what a reader sees (a 2,400 dpi printer's dot is
    /// 0.03 pt). Each halving finer costs one more composition of the whole statement, a tenth of what
    /// fit4 adds to a build of the sample (the searches used 2⁻¹² before, issue 13).
    /// </summary>
    internal const double Precision = 1.0 / 128;

    /// <summary>
    /// How many pages the count strays from growing with the step: a float, a kept heading or a demand
    /// box moving to the next page leaves at most the foot of one page empty. A target further than
    /// this beyond every count the search has seen (at 0 and at the end of the range towards it) is out
    /// of reach, and is not surveyed.
    /// </summary>
    internal const int MaxStray = 1;

    /// <summary>
    /// Grid points per half of the range in the survey. A step of 1/16 moves the body size by ≈ 0.03 pt
    /// in a5-pamphlet: under one page of change even for a 140-page statement, so a count the range
    /// reaches lies on or between neighbouring grid points.
    /// </summary>
    private const int SurveySteps = 16;

    /// <summary>Bisection steps between two grid points whose counts straddle the target, looking for a window that lands on it: 1/16 ÷ 2⁸ of the range, finer than any page break moves.</summary>
    private const int RefineSteps = 8;

    /// <summary>The step chosen and the layout re-bound with its settings; <see cref="Note"/> says why when fit4 went past the nearest multiples of four.</summary>
    public sealed record Fit(double Step, LayoutDefinition Layout)
    {
        public string? Note { get; init; }
    }

    public Fit FitTo(LayoutDefinition layout, PageTarget target, SourceLocation at, int wordCount)
    {
        if (layout.Fitting is null)
        {
            throw new PamphletException(at,
                $"layout '{layout.Name}' has no 'fitting:' ranges, so it cannot be adjusted to a page count; add a 'fitting:' section (see layouts/README.md) or build without --pages.");
        }

        var counts = new PageCounts(layout, compose);
        var natural = counts.At(0);
        if (target.IsMetBy(natural)) return new Fit(0, layout);

        var candidates = target.Candidates(natural);
        double? best = null;
        foreach (var pages in candidates)
        {
            var limit = best is { } b ? Math.Abs(b) : 1;
            if ((Bisect(counts, pages, natural, limit) ?? (Strays(counts, pages) ? null : Survey(counts, pages, limit))) is { } step
                && (best is null || Math.Abs(step) < Math.Abs(best.Value)))
            {
                best = step;
            }
        }

        if (best is { } found) return new Fit(found, counts.LayoutAt(found));
        counts.SurveyAll(SurveySteps);
        if (target.IsMultipleOfFour && FartherMultipleOfFour(counts, natural) is { } farther)
        {
            var note = $"fit4: layout '{layout.Name}' cannot set this statement on {PageCountOutOfReach.Describe(candidates)} within its fitting ranges " +
                $"(it sets on {PageCountOutOfReach.Spans(counts.Reached)} pages), so it was set on {counts.At(farther)} pages, the nearest multiple of four it reaches.";
            return new Fit(farther, counts.LayoutAt(farther)) { Note = note };
        }

        throw new PageCountOutOfReach(layout, candidates, natural, counts, wordCount).Exception(at);
    }

    /// <summary>
    /// For fit4 when neither multiple of four beside the natural count is reachable: the step of the
    /// reachable multiple of four nearest the natural count (of two as near, the smaller change).
    /// </summary>
    private static double? FartherMultipleOfFour(PageCounts counts, int natural)
    {
        foreach (var group in counts.Reached.Where(r => r % 4 == 0).GroupBy(r => Math.Abs(r - natural)).OrderBy(g => g.Key))
        {
            var steps = group.Select(n => Survey(counts, n, 1)).OfType<double>().OrderBy(Math.Abs).ToList();
            if (steps.Count > 0) return steps[0];
        }

        return null;
    }

    /// <summary>Whether <paramref name="target"/> lies more than <see cref="MaxStray"/> pages beyond every count seen so far.</summary>
    private static bool Strays(PageCounts counts, int target) =>
        target > counts.Reached[^1] + MaxStray || target < counts.Reached[0] - MaxStray;

    /// <summary>
    /// The first try: from t = 0 towards the side the target lies on, bisect for where the count
    /// reaches it (as if it grew step by step with t). Null when the end of the range does not reach
    /// it or the count there is not exactly the target.
    /// </summary>
    private static double? Bisect(PageCounts counts, int target, int natural, double limit)
    {
        // Fewer pages: tighten (t < 0); more pages: loosen (t > 0).
        var direction = target < natural ? -1 : 1;
        var extreme = counts.At(direction * limit);
        if (direction < 0 ? extreme > target : extreme < target) return null;

        double near = 0, far = direction * limit;
        while (Math.Abs(far - near) > Precision)
        {
            var mid = (near + far) / 2;
            var pages = counts.At(mid);
            if (direction < 0 ? pages <= target : pages >= target) far = mid; else near = mid;
        }

        return counts.At(far) == target ? far : null;
    }

    /// <summary>
    /// The thorough search: every grid step of the range with |t| ≤ <paramref name="limit"/>. A grid step
    /// that lands on the target is refined towards 0 (the smallest change that still lands); otherwise the
    /// gaps between neighbouring steps whose counts straddle the target are bisected, nearest to 0 first.
    /// </summary>
    private static double? Survey(PageCounts counts, int target, double limit)
    {
        var grid = Enumerable.Range(-SurveySteps, 2 * SurveySteps + 1)
            .Select(k => k / (double)SurveySteps)
            .Where(t => Math.Abs(t) <= limit + 1e-12)
            .ToList();
        var hits = grid.Where(t => counts.At(t) == target).OrderBy(Math.Abs).ToList();
        if (hits.Count > 0) return TowardsZero(counts, target, hits[0]);

        var gaps = grid.Zip(grid.Skip(1))
            .Where(g => Math.Min(counts.At(g.First), counts.At(g.Second)) < target && Math.Max(counts.At(g.First), counts.At(g.Second)) > target)
            .OrderBy(g => Math.Min(Math.Abs(g.First), Math.Abs(g.Second)));
        foreach (var (a, b) in gaps)
        {
            if (Between(counts, target, a, b) is { } step) return step;
        }

        return null;
    }

    /// <summary>From a grid step that lands on the target, the step closest to 0 (to <see cref="Precision"/>) before the next grid step inwards that still lands.</summary>
    private static double TowardsZero(PageCounts counts, int target, double hit)
    {
        if (hit == 0) return hit;
        double landing = hit, missing = hit - Math.Sign(hit) / (double)SurveySteps;
        if (counts.At(missing) == target) return missing;
        while (Math.Abs(landing - missing) > Precision)
        {
            var mid = (landing + missing) / 2;
            if (counts.At(mid) == target) landing = mid; else missing = mid;
        }

        return landing;
    }

    /// <summary>A step between <paramref name="a"/> and <paramref name="b"/> (counts on either side of the target) that lands on it, if any.</summary>
    private static double? Between(PageCounts counts, int target, double a, double b)
    {
        // Keep low on the side with fewer pages than the target.
        double low = counts.At(a) < target ? a : b, high = low == a ? b : a;
        for (var i = 0; i < RefineSteps; i++)
        {
            var mid = (low + high) / 2;
            var pages = counts.At(mid);
            if (pages == target) return mid;
            if (pages < target) low = mid; else high = mid;
        }

        return null;
    }
}
