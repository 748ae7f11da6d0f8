using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>
/// Lines of running text (a paragraph, a list item, a quote's lines), each a frame one line pitch
/// tall. Splits between lines only where at least <see cref="Orphans"/> lines stay before the break
/// and <see cref="Widows"/> lines go after it.
/// </summary>
public sealed class LinesBlock : FlowBlock
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

    public override double Height => Lines.Sum(l => l.Height);

    public override double? LinePitch =>
        Lines.Count > 0 && Lines.All(l => Math.Abs(l.Height - Lines[0].Height) <= Tolerance) ? Lines[0].Height : null;

    public override double MinimumHeadHeight => Lines.Count <= Orphans + Widows - 1
        ? Height
        : Lines.Take(Orphans).Sum(l => l.Height);

    public override (FlowBlock? Head, FlowBlock? Tail) Split(double available)
    {
        var fit = LinesThatFit(available);
        if (fit >= Lines.Count) return (this, null);
        // Take back lines until both sides of the break have enough of the paragraph.
        var head = Math.Min(fit, Lines.Count - Widows);
        if (head < Orphans) return (null, this);
        return (Part(0, head, SpaceBefore, 0, false), Part(head, Lines.Count, 0, SpaceAfter, KeepWithNext));
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
            Role = Role, SpaceBefore = before, SpaceAfter = after, KeepWithNext = keep, Location = Location,
        };

    public override FlowBlock MapFrames(Func<Frame, Frame> map) => With(Lines.Select(map).ToList());

    public override FlowBlock MapFirstFrame(Func<Frame, Frame> map) =>
        Lines.Count == 0 ? this : With([map(Lines[0]), .. Lines.Skip(1)]);

    private LinesBlock With(IReadOnlyList<Frame> lines) => new(lines, Orphans, Widows)
    {
        Role = Role, SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter, KeepWithNext = KeepWithNext,
        Floats = Floats, StaysLast = StaysLast, Location = Location,
    };

    public override IEnumerable<PageItem> Place(double x, double y, double width)
    {
        foreach (var line in Lines)
        {
            foreach (var item in line.PlacedAt(x, y)) yield return item;
            y += line.Height;
        }
    }
}
