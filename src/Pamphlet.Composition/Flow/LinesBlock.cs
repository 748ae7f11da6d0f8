using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>
/// Lines of running text (a paragraph, a list item, a quote's lines), each a frame one line pitch
/// tall. Splits between lines only where at least <see cref="Orphans"/> lines stay before the break
/// and <see cref="Widows"/> lines go after it. A paragraph that can be set again (<see cref="Rebreak"/>)
/// avoids ending a column on a hyphen: it takes the breaking where that line does not end with one,
/// when that still splits at the same place under the same rules.
/// </summary>
internal sealed class LinesBlock : FlowBlock
{
    public LinesBlock(IReadOnlyList<Frame> lines, int orphans, int widows)
    {
        Lines = lines;
        Orphans = Math.Max(1, orphans);
        Widows = Math.Max(1, widows);
    }

    public IReadOnlyList<Frame> Lines { get; }
    public int Orphans { get; }
    public int Widows { get; }

    /// <summary>
    /// The whole paragraph set again so that line k (0-based) does not end with a hyphen, or null when it
    /// cannot be; null for blocks that cannot be set again (a part after a break: its first lines are placed).
    /// </summary>
    public Func<int, IReadOnlyList<Frame>?>? Rebreak { get; init; }

    private readonly Dictionary<int, IReadOnlyList<Frame>?> rebroken = [];

    public override double Height => Lines.Sum(l => l.Height);

    public override double? LinePitch =>
        Lines.Count > 0 && Lines.All(l => Math.Abs(l.Height - Lines[0].Height) <= Tolerance) ? Lines[0].Height : null;

    public override double MinimumHeadHeight => Lines.Count <= Orphans + Widows - 1
        ? Height
        : Lines.Take(Orphans).Sum(l => l.Height);

    public override (FlowBlock? Head, FlowBlock? Tail) Split(double available)
    {
        var (head, tail) = SplitAt(available);
        if (head is not LinesBlock { Lines: var headLines } || tail is null || !EndsWithHyphen(headLines[^1]) || Rebreak is null) return (head, tail);

        // A hyphen would end the column: set the paragraph so that this line ends on a whole word, if that splits here too.
        var k = headLines.Count - 1;
        if (!rebroken.TryGetValue(k, out var lines))
        {
            lines = Rebreak(k);
            rebroken[k] = lines;
        }
        if (lines is null) return (head, tail);
        var again = With(lines).SplitAt(available);
        return again is (LinesBlock { Lines: var h }, not null) && h.Count == headLines.Count && !EndsWithHyphen(h[^1]) ? again : (head, tail);
    }

    /// <summary>The split that fits <paramref name="available"/> under the widow and orphan rules, hyphen or not.</summary>
    private (FlowBlock? Head, FlowBlock? Tail) SplitAt(double available)
    {
        var fit = LinesThatFit(available);
        if (fit >= Lines.Count) return (this, null);
        // Take back lines until both sides of the break have enough of the paragraph.
        var head = Math.Min(fit, Lines.Count - Widows);
        if (head < Orphans) return (null, this);
        return (Part(0, head, SpaceBefore, 0, false), Part(head, Lines.Count, 0, SpaceAfter, KeepWithNext));
    }

    /// <summary>Whether a line ends with a hyphen: one line breaking added, or a word's own at the line's end.</summary>
    public static bool EndsWithHyphen(Frame line)
    {
        var runs = line.Items.OfType<GlyphRun>().ToList();
        if (runs.Any(r => r.HyphenInserted)) return true;
        // A left-to-right line ends on its rightmost run (explicit hyphens do not end right-to-left lines in practice).
        var last = runs.Where(r => r.BidiLevel % 2 == 0).MaxBy(r => r.Origin.X + r.Width);
        return last is not null && last.Text.TrimEnd() is [.., '-' or '\u2010'];
    }

    /// <summary>As many lines as fit (at least one), whatever the widow and orphan counts; null when all fit.</summary>
    public override LastResortSplit? SplitAnyway(double available)
    {
        var head = Math.Max(1, LinesThatFit(available));
        if (head >= Lines.Count) return null;
        return new LastResortSplit(Part(0, head, SpaceBefore, 0, false), Part(head, Lines.Count, 0, SpaceAfter, KeepWithNext), CutThrough: false);
    }

    /// <summary>How many lines from the first fit <paramref name="available"/>.</summary>
    private int LinesThatFit(double available)
    {
        var fit = 0;
        var used = 0.0;
        while (fit < Lines.Count && used + Lines[fit].Height <= available + Tolerance)
        {
            used += Lines[fit].Height;
            fit++;
        }
        return fit;
    }

    /// <summary>Rounding slack so a block that fits exactly is not pushed on (points).</summary>
    private const double Tolerance = 0.01;

    private LinesBlock Part(int from, int to, double before, double after, bool keep) =>
        new(Lines.Skip(from).Take(to - from).ToList(), Orphans, Widows)
        {
            Role = Role,
            SpaceBefore = before,
            SpaceAfter = after,
            KeepWithNext = keep,
            Location = Location,
        };

    public override FlowBlock MapFrames(Func<Frame, Frame> map) =>
        With(Lines.Select(map).ToList(), Rebreak is { } rebreak ? k => rebreak(k)?.Select(map).ToList() : null);

    public override FlowBlock MapFirstFrame(Func<Frame, Frame> map) =>
        Lines.Count == 0 ? this : With([map(Lines[0]), .. Lines.Skip(1)], Rebreak is { } rebreak ? k => rebreak(k) is { Count: > 0 } l ? [map(l[0]), .. l.Skip(1)] : null : null);

    /// <summary>The same block with other lines (a re-break, or its lines mapped), and how to set those again.</summary>
    private LinesBlock With(IReadOnlyList<Frame> lines, Func<int, IReadOnlyList<Frame>?>? rebreak = null) =>
        WithFlowRules(new LinesBlock(lines, Orphans, Widows) { Role = Role, Rebreak = rebreak });

    public override IEnumerable<PageItem> Place(double x, double y, double width)
    {
        foreach (var line in Lines)
        {
            foreach (var item in line.PlacedAt(x, y)) yield return item;
            y += line.Height;
        }
    }
}
