using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>
/// A block in the page flow. Pagination rules are data on the block, not special cases in the
/// paginator: vertical space around it (collapsing, dropped at the top of a column), whether it must
/// stay with the next block, and how — if at all — it may be split across a column break.
/// </summary>
internal abstract class FlowBlock
{
    /// <summary>Settable: a container gives its first and last nested blocks its own space around it.</summary>
    public double SpaceBefore { get; set; }
    public double SpaceAfter { get; set; }
    /// <summary>Never end a column with this block: the next block's smallest head must follow it (headings).</summary>
    public bool KeepWithNext { get; set; }
    public required string Role { get; init; }

    /// <summary>
    /// May move to the top of the next column when it does not fit (and will not split there), while
    /// the text after it fills this one (figures, pull quotes, demand boxes): no half-empty page in
    /// front of a photo. Settable: a box held by the heading before it does not float.
    /// </summary>
    public bool Floats { get; set; }

    /// <summary>Nothing may follow it, not even a float still waiting for room (the signature).</summary>
    public bool StaysLast { get; set; }

    /// <summary>
    /// Starts a new section (a heading, a section break, the endnotes): floats still waiting for room
    /// go before it, so that a box stays in the section that introduces it. Settable, for the blocks
    /// a composer marks after building them.
    /// </summary>
    public bool OpensSection { get; set; }

    /// <summary>
    /// A float that illustrates the text rather than belongs to its argument (a photo, a pull quote): while it
    /// waits for room it may be passed by a heading (<see cref="IsHeading"/>), so the next section fills the
    /// column instead of a hole before a section break, and the float opens the next column, as LaTeX floats
    /// do. Demand boxes stay in the section that introduces them.
    /// </summary>
    public bool Illustrates { get; set; }

    /// <summary>A heading: it opens a section, but floats that only illustrate (<see cref="Illustrates"/>) may wait past it.</summary>
    public bool IsHeading { get; set; }

    /// <summary>Where the block comes from in the statement, for messages about it.</summary>
    public Pamphlet.Documents.Diagnostics.SourceLocation? Location { get; set; }

    public abstract double Height { get; }

    /// <summary>
    /// <paramref name="block"/>, made from this block's content (its frames mapped, its lines set again), given
    /// this block's flow rules: space, keeps, float and section behaviour, location. One list, so that a rule
    /// added here reaches every kind of block.
    /// </summary>
    protected T WithFlowRules<T>(T block) where T : FlowBlock
    {
        block.SpaceBefore = SpaceBefore;
        block.SpaceAfter = SpaceAfter;
        block.KeepWithNext = KeepWithNext;
        block.Floats = Floats;
        block.StaysLast = StaysLast;
        block.OpensSection = OpensSection;
        block.Location = Location;
        block.Illustrates = Illustrates;
        block.IsHeading = IsHeading;
        return block;
    }

    /// <summary>The one line pitch all the block's lines share (running text), or null: it cannot sit on a baseline grid line by line.</summary>
    public virtual double? LinePitch => null;

    /// <summary>Height of the smallest part that may end a column (e.g. the first two lines of a paragraph).</summary>
    public abstract double MinimumHeadHeight { get; }

    /// <summary>
    /// The largest head that fits <paramref name="available"/> and obeys the block's rules, and the
    /// rest. Head null: nothing may go here. Unsplittable blocks return (null, this).
    /// </summary>
    public abstract (FlowBlock? Head, FlowBlock? Tail) Split(double available);

    /// <summary>The block's items with its top-left at (x, y) in a column of the given width.</summary>
    public abstract IEnumerable<PageItem> Place(double x, double y, double width);

    /// <summary>
    /// The same block with <paramref name="map"/> applied to each of its frames (each line of running
    /// text, the one frame of an unsplittable block): a quote draws its side rule beside every line.
    /// </summary>
    public abstract FlowBlock MapFrames(Func<Frame, Frame> map);

    /// <summary>The same block with <paramref name="map"/> applied to its first frame only (a list marker on an item's first line).</summary>
    public abstract FlowBlock MapFirstFrame(Func<Frame, Frame> map);

    /// <summary>
    /// The whole block as one frame, for the last resort with a block that may not split but is
    /// taller than any column (it is then cut between lines); null for blocks that split anyway.
    /// </summary>
    public virtual Frame? AsFrame() => null;

    /// <summary>
    /// The last resort for a block taller than a whole column whose <see cref="Split"/> refused: the
    /// most that fits <paramref name="available"/> and the rest, its rules set aside. A block that may
    /// not split is cut between two of its lines (<see cref="LastResortSplit.CutThrough"/>, which the
    /// paginator reports); null when there is no line to cut at.
    /// </summary>
    public virtual LastResortSplit? SplitAnyway(double available)
    {
        if (AsFrame() is not { } frame || FrameCut.Lowest(frame, available) is not { } cut) return null;
        var (upper, lower) = FrameCut.At(frame, cut);
        return new LastResortSplit(Part(upper, last: false), Part(lower, last: true), CutThrough: true);
    }

    /// <summary>A piece of this block cut as a last resort: a frame of its own, with the block's role and place.</summary>
    private FrameBlock Part(Frame frame, bool last) => new(frame)
    {
        Role = Role,
        Location = Location,
        SpaceAfter = last ? SpaceAfter : 0,
        KeepWithNext = last && KeepWithNext,
    };
}

/// <param name="CutThrough">Whether a block that may not split was cut (reported), rather than running text giving up its widow and orphan counts.</param>
internal sealed record LastResortSplit(FlowBlock Head, FlowBlock Tail, bool CutThrough);

/// <summary>A block that never splits: figures, pull quotes, headings, slogans, ornaments.</summary>
internal sealed class FrameBlock(Frame frame) : FlowBlock
{
    public Frame Frame { get; } = frame;
    public override double Height => Frame.Height;
    public override double MinimumHeadHeight => Frame.Height;
    public override (FlowBlock? Head, FlowBlock? Tail) Split(double available) => (null, this);
    public override IEnumerable<PageItem> Place(double x, double y, double width) => Frame.PlacedAt(x, y);
    public override FlowBlock MapFrames(Func<Frame, Frame> map) => With(map(Frame));
    public override FlowBlock MapFirstFrame(Func<Frame, Frame> map) => With(map(Frame));
    public override Frame? AsFrame() => Frame;

    private FrameBlock With(Frame frame) => WithFlowRules(new FrameBlock(frame) { Role = Role });
}
