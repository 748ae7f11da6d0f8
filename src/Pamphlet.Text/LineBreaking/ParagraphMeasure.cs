using System.Buffers;
using System.Runtime.InteropServices;

namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// Prefix sums of width, stretch, shrink and fill over a paragraph's items, so any line's totals cost O(1),
/// plus the rules for where a break may fall and where the line after it starts.
/// <para>
/// Its arrays (a copy of the items and seven sums, about 120 bytes an item) are rented from the shared
/// array pools and given back by <see cref="Dispose"/>: every paragraph of every build (and of every fitting
/// step) needs them for as long as it is broken, and allocating them anew was a tenth of a build's CPU,
/// most of it the kernel handing out fresh pages (issue 13).
/// </para>
/// </summary>
internal sealed class ParagraphMeasure : IDisposable
{
    /// <summary>
    /// Slack for floating-point sums when judging "fits": a line fully shrunk to within a millionth of a unit of
    /// its measure is not overfull (sums of thousands of 3.33-unit spaces drift by far less than that).
    /// </summary>
    private const double RoundingSlack = 1e-6;

    private readonly LineItem[] items;
    private readonly int count;
    private readonly double[] width;
    private readonly double[] stretch;
    private readonly double[] shrink;
    private readonly double[] fill;
    private readonly double[] firstStretch;
    private readonly double[] firstJudgedStretch;
    private readonly double[] firstShrink;

    private readonly double rigidLineStretchShare;
    private readonly double mostSetRatio;

    /// <param name="rigidLineStretchShare">See <see cref="LineBreakParameters.RigidLineStretchShare"/>; 0 makes a short rigid line infinitely bad.</param>
    /// <param name="mostSetRatio">
    /// The most stretch an emergency pass sets in a line's spaces (the ratio at <see cref="LineBreakParameters.Tolerance"/>,
    /// the loosest any other pass sets); the rest of such a line is left short (<see cref="LineBreak.LeftShort"/>).
    /// Infinity stretches the spaces as far as it takes.
    /// </param>
    public ParagraphMeasure(IReadOnlyList<LineItem> items, double rigidLineStretchShare = 0, double mostSetRatio = double.PositiveInfinity)
    {
        this.rigidLineStretchShare = rigidLineStretchShare;
        this.mostSetRatio = mostSetRatio;
        Validate(items);
        // A private array: indexing it avoids interface calls in the inner loop, and the caller's list may change later.
        int n = items.Count;
        count = n;
        this.items = ArrayPool<LineItem>.Shared.Rent(n);
        if (items is List<LineItem> list) CollectionsMarshal.AsSpan(list).CopyTo(this.items);
        else for (int i = 0; i < n; i++) this.items[i] = items[i];
        width = RentSums(n);
        stretch = RentSums(n);
        shrink = RentSums(n);
        fill = RentSums(n);
        firstStretch = RentSums(n);
        firstJudgedStretch = RentSums(n);
        firstShrink = RentSums(n);
        for (int i = 0; i < n; i++)
        {
            ref readonly var item = ref this.items[i];
            // A penalty's width counts only when the line breaks there, so it never enters the running sums.
            bool counts = item.Kind != LineItemKind.Penalty;
            width[i + 1] = width[i] + (counts ? item.Width : 0);
            bool ordinary = item.Kind == LineItemKind.Glue && !item.AbsorbsFirst;
            bool first = item.Kind == LineItemKind.Glue && item.AbsorbsFirst;
            stretch[i + 1] = stretch[i] + (ordinary ? item.Stretch : 0);
            shrink[i + 1] = shrink[i] + (ordinary ? item.Shrink : 0);
            firstStretch[i + 1] = firstStretch[i] + (first ? item.Stretch : 0);
            firstJudgedStretch[i + 1] = firstJudgedStretch[i] + (first ? item.Stretch * item.JudgedStretchShare : 0);
            firstShrink[i + 1] = firstShrink[i] + (first ? item.Shrink : 0);
            fill[i + 1] = fill[i] + (item.Kind == LineItemKind.Glue ? item.FillStretch : 0);
        }
    }

    /// <summary>A running sum over <paramref name="n"/> items: its first entry 0 (a rented array holds what it held before).</summary>
    private static double[] RentSums(int n)
    {
        var sums = ArrayPool<double>.Shared.Rent(n + 1);
        sums[0] = 0;
        return sums;
    }

    /// <summary>Gives the arrays back to their pools; the measure must not be used after.</summary>
    public void Dispose()
    {
        ArrayPool<LineItem>.Shared.Return(items);
        ArrayPool<double>.Shared.Return(width);
        ArrayPool<double>.Shared.Return(stretch);
        ArrayPool<double>.Shared.Return(shrink);
        ArrayPool<double>.Shared.Return(fill);
        ArrayPool<double>.Shared.Return(firstStretch);
        ArrayPool<double>.Shared.Return(firstJudgedStretch);
        ArrayPool<double>.Shared.Return(firstShrink);
    }

    public int Count => count;

    public ref readonly LineItem this[int index] => ref items[index];

    /// <summary>
    /// A penalty below +∞ is a breakpoint (a flagged one only if hyphen breaks are allowed); a glue is one
    /// when a box comes right before it (the paper's rule, so a run of glue offers a single break).
    /// </summary>
    public bool IsLegalBreak(int index, bool allowFlagged)
    {
        ref readonly var item = ref items[index];
        return item.Kind switch
        {
            LineItemKind.Penalty => !item.IsForbiddenBreak && (allowFlagged || !item.Flagged),
            LineItemKind.Glue => index > 0 && items[index - 1].Kind == LineItemKind.Box,
            _ => false,
        };
    }

    /// <summary>The first item of the line after a break at <paramref name="breakIndex"/>: glue and penalties are discarded up to a box or a forced break.</summary>
    public int LineStartAfter(int breakIndex)
    {
        int i = breakIndex + 1;
        while (i < count && items[i].Kind != LineItemKind.Box && !items[i].IsForcedBreak)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Sets items <paramref name="start"/>..<paramref name="end"/> (a breakpoint) on a line of
    /// <paramref name="lineWidth"/>; <paramref name="extraStretch"/> counts in the badness only (emergency pass).
    /// With <paramref name="ranked"/> (the last resort) a short line also gets its <see cref="LineFit.RankingBadness"/>.
    /// </summary>
    public LineFit Fit(int start, int end, double lineWidth, double extraStretch, bool ranked = false)
    {
        ref readonly var breakItem = ref items[end];
        double natural = width[end] - width[start] + (breakItem.Kind == LineItemKind.Penalty ? breakItem.Width : 0);
        double y = stretch[end] - stretch[start];
        double z = shrink[end] - shrink[start];
        double f = fill[end] - fill[start];
        double shortfall = lineWidth - natural;

        if (shortfall > RoundingSlack)
        {
            if (f > 0)
            {
                return new LineFit(natural, 0, shortfall / f, 0, 0, false, FitnessClass.Decent);
            }

            // The glue that absorbs first takes what it can; the rest goes to the ordinary glue. The line is judged
            // by its whole slack against all its stretch, as pdfTeX counts font expansion (see Judged).
            double yFirst = firstStretch[end] - firstStretch[start];
            double yFirstJudged = firstJudgedStretch[end] - firstJudgedStretch[start];
            double taken = Math.Min(shortfall, yFirst);
            double firstRatio = yFirst > 0 ? taken / yFirst : 0;
            double total = shortfall;
            shortfall -= taken;
            if (shortfall <= RoundingSlack)
            {
                double absorbed = Judged(total, yFirstJudged + Math.Max(y, 0));
                return new LineFit(natural, 0, 0, absorbed, 0, false, Badness.Fitness(absorbed, shrinking: false)) { FirstRatio = firstRatio };
            }

            if (y <= 0 && rigidLineStretchShare > 0)
            {
                // No word space to stretch (a piece of a URL, a long compound alone): the line stays short, like a
                // ragged one, and is judged by how short it is against a share of its width.
                double rigidRatio = shortfall / (rigidLineStretchShare * lineWidth);
                double rigid = Badness.FromRatio(rigidRatio);
                return new LineFit(natural, 0, 0, rigid, rigid, false, FitnessClass.Decent)
                {
                    FirstRatio = firstRatio,
                    RankingBadness = ranked ? Badness.Uncapped(rigidRatio) : null,
                };
            }

            double ratio = y > 0 ? shortfall / y : 0;
            double setBadness = y > 0 ? Badness.FromRatio(ratio) : Badness.Infinite;
            double judgedStretch = Math.Max(y, 0) + extraStretch;
            double badness = judgedStretch > 0 ? Judged(total, yFirstJudged + judgedStretch) : Badness.Infinite;
            double? ranking = ranked && yFirstJudged + judgedStretch > 0 ? Badness.Uncapped(total / (yFirstJudged + judgedStretch)) : null;
            if (extraStretch > 0 && ratio > mostSetRatio)
            {
                // Emergency passes only: a line that its spaces could fill only beyond the loosest any other pass sets
                // keeps them there and leaves the rest short at its end, like a ragged line, instead of gaps that grow
                // without limit (on tenants-en up to 26 times the spaces' stretch, 2 em, before an e-mail address
                // that may not break). A line a little beyond stays filled: a short end shows more than a slightly
                // looser space. Which lines are allowed and what they cost stay as if they were filled, so the breaks
                // chosen do not change, only how such a line is set. Measured (spacing.py p95/median, a5-pamphlet): tenants-en
                // 1.73 → 1.48, union-en 1.34 → 1.30, the sample 1.27 → 1.23, the other statements unchanged (stopping
                // at full stretch, r = 1, gave tenants-en 1.39 but left lines short that were only a little beyond it).
                return new LineFit(natural, mostSetRatio, 0, badness, setBadness, false, FitnessClass.VeryLoose) { FirstRatio = firstRatio, LeftShort = true, RankingBadness = ranking };
            }

            // Emergency stretch only decides which lines are allowed; cost and fitness come from the line as it
            // will really be set. (TeX judges both with the extra stretch, which makes every line look equally
            // fine and lets hyphen and line penalties pick needlessly loose lines around the one that needed it.)
            double looks = Judged(total, yFirstJudged + Math.Max(y, 0));
            return new LineFit(natural, ratio, 0, badness, setBadness, false, Badness.Fitness(looks, shrinking: false)) { FirstRatio = firstRatio, RankingBadness = ranking };
        }

        if (shortfall < -RoundingSlack)
        {
            double zFirst = firstShrink[end] - firstShrink[start];
            double taken = Math.Min(-shortfall, zFirst);
            double firstRatio = zFirst > 0 ? -taken / zFirst : 0;
            double total = shortfall;
            shortfall += taken;
            if (shortfall >= -RoundingSlack)
            {
                double absorbed = Judged(total, zFirst + z);
                return new LineFit(natural, 0, 0, absorbed, 0, false, Badness.Fitness(absorbed, shrinking: true)) { FirstRatio = firstRatio };
            }

            double ratio = z > 0 ? shortfall / z : double.NegativeInfinity;
            if (ratio < -1 - RoundingSlack)
            {
                // Overfull: report the line fully shrunk (or rigid when it has nothing to shrink).
                double setRatio = z > 0 ? -1 : 0;
                return new LineFit(natural, setRatio, 0, Badness.Infinite, Badness.Infinite, true, FitnessClass.Tight) { FirstRatio = firstRatio };
            }

            ratio = Math.Max(ratio, -1);
            double badness = Judged(total, zFirst + z);
            return new LineFit(natural, ratio, 0, badness, Badness.FromRatio(ratio), false, Badness.Fitness(badness, shrinking: true)) { FirstRatio = firstRatio };
        }

        return new LineFit(natural, 0, 0, 0, 0, false, FitnessClass.Decent);
    }

    /// <summary>
    /// The badness of a line whose slack is <paramref name="slack"/> (either sign) against all its stretch or
    /// shrink, <paramref name="flexibility"/>: the letters' and glyphs' (<see cref="LineItem.AbsorbsFirst"/>) and
    /// the spaces'. They are set first but judged with the spaces, as pdfTeX judges font expansion: a line that
    /// its letters fill is not perfect, only as good as its whole adjustment says, so the breaker has no reason
    /// to squeeze every line to its glyphs' limit (judged free, lines came out narrowed to 98 % throughout to
    /// save a line per paragraph). Full use of both is badness 100, as full use of the spaces alone was.
    /// A glue's stretch counts here at its <see cref="LineItem.JudgedStretchShare"/> (kashida's at a quarter).
    /// </summary>
    private static double Judged(double slack, double flexibility) =>
        flexibility > 0 ? Badness.FromRatio(slack / flexibility) : Badness.Infinite;

    private static void Validate(IReadOnlyList<LineItem> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!double.IsFinite(item.Width) || !double.IsFinite(item.Stretch) || !double.IsFinite(item.Shrink)
                || !double.IsFinite(item.FillStretch) || !double.IsFinite(item.PenaltyValue))
            {
                throw new ArgumentException($"Line item {i} has a non-finite measure; use FillStretch and the ±10000 penalties for infinities.", nameof(items));
            }

            if (item.Shrink < 0)
            {
                throw new ArgumentException($"Line item {i} has negative shrink, which would let a line shrink without limit.", nameof(items));
            }
        }

        if (items.Count > 0 && !items[^1].IsForcedBreak)
        {
            throw new ArgumentException("A paragraph's items must end with a forced break (see LineItem.ParagraphEnd).", nameof(items));
        }
    }
}
