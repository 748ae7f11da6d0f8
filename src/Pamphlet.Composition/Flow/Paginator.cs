using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>
/// Pours flow blocks into columns, page after page. Space between blocks collapses (the larger of
/// one's space after and the next's space before) and vanishes at the top of a column. A block that
/// does not fit is split where its own rules allow, else moved on; a block marked keep-with-next moves
/// on unless the next block's smallest head fits after it. Nothing is ever drawn past a column's
/// bottom except a single unsplittable block taller than an empty column (reported to the caller).
/// A floating block that does not fit waits for the top of the next column, in order, while the
/// blocks after it go on filling the current one: past headings for a photo or a pull quote
/// (<see cref="FlowBlock.Illustrates"/>), in the same section for a demand box unless that would leave a large hole
/// (<see cref="LargeHoleShare"/>); none waits past a section break, the endnotes
/// (<see cref="FlowBlock.OpensSection"/>) or the closing blocks: the column breaks before them.
/// With a <see cref="BaselineGrid"/>, blocks of grid-pitch lines (body text) start on the grid, counted
/// from each column's top: the blocks between them (headings, quotes, boxes, figures) absorb their odd
/// heights in the space after them, and a heading kept with grid text takes that extra space above it
/// instead, so it stays close to the text it introduces. A full column that ends with such a block
/// (a quote, a caption) moves that block down so its last baseline is the grid's, when it still fits:
/// facing pages then end on the same line whatever ends them.
/// </summary>
internal sealed class Paginator(Func<int, IReadOnlyList<Rect>> columnsOfPage, BaselineGrid? grid = null)
{
    private const double Slack = 0.01;

    /// <summary>Asking a block to split just short of its full height makes it keep back its last lines (points).</summary>
    private const double KeepSplitNudge = 0.5;

    /// <summary>Whether <paramref name="block"/> starts on the baseline grid (its lines are all one grid pitch).</summary>
    private bool OnGrid(FlowBlock block) => grid is { } g && block.LinePitch is { } pitch && g.Matches(pitch);

    /// <summary>Where <paramref name="block"/> starts when the space above it ends at <paramref name="y"/>: there, or the next grid line down.</summary>
    private double TopOf(FlowBlock block, double y, double columnTop) => OnGrid(block) ? grid!.Snap(y, columnTop) : y;

    /// <summary>The first block from <paramref name="j"/> on that does not float (floats wait elsewhere), or -1.</summary>
    private static int NextInFlow(IReadOnlyList<FlowBlock> blocks, int j)
    {
        while (j < blocks.Count && blocks[j].Floats) j++;
        return j < blocks.Count ? j : -1;
    }

    /// <summary>
    /// Where the column must reach when block <paramref name="i"/> ends at <paramref name="bottom"/> and keeps
    /// with the next: the next block that does not float starts after the gap (on the grid if it is grid
    /// text) and needs its smallest head — or, when it keeps with its own next (a heading over a subheading),
    /// all of it and what it needs in turn.
    /// </summary>
    private double KeepEnd(IReadOnlyList<FlowBlock> blocks, int i, double bottom, double columnTop)
    {
        var block = blocks[i];
        var j = block.KeepWithNext ? NextInFlow(blocks, i + 1) : -1;
        if (j < 0) return bottom;
        var next = blocks[j];
        var top = TopOf(next, bottom + Math.Max(block.SpaceAfter, next.SpaceBefore), columnTop);
        return next.KeepWithNext ? KeepEnd(blocks, j, top + next.Height, columnTop) : top + next.MinimumHeadHeight;
    }

    /// <summary>
    /// How far a run of blocks kept together from block <paramref name="i"/> (at <paramref name="top"/>) moves
    /// down so that the grid text it keeps with starts on the grid at its own space after: the extra space
    /// goes above a heading, not between it and its text. 0 when the run does not end in grid text.
    /// </summary>
    private double GridLead(IReadOnlyList<FlowBlock> blocks, int i, double top, double columnTop)
    {
        var y = top;
        for (var k = i; blocks[k].KeepWithNext && !OnGrid(blocks[k]);)
        {
            y += blocks[k].Height;
            var j = NextInFlow(blocks, k + 1);
            if (j < 0) return 0;
            y += Math.Max(blocks[k].SpaceAfter, blocks[j].SpaceBefore);
            if (OnGrid(blocks[j])) return grid!.Snap(y, columnTop) - y;
            k = j;
        }
        return 0;
    }

    /// <summary>
    /// Whether block <paramref name="i"/> starts a keep-together run that the <paramref name="waiting"/> floats must
    /// not be passed by: one ending with a block that must stay last, or with a demand box held by its heading
    /// while a floating box waits (boxes keep their order, so a later box may not overtake one). Photos and pull
    /// quotes may be passed by a held box as by any heading.
    /// </summary>
    private static bool StartsClosingGroup(IReadOnlyList<FlowBlock> blocks, int i, List<FlowBlock> waiting)
    {
        if (i > 0 && blocks[i - 1].KeepWithNext) return false;
        var j = i;
        while (j < blocks.Count - 1 && blocks[j].KeepWithNext) j++;
        return blocks[j].StaysLast || (j > i && blocks[j] is PanelBlock { Floats: false } && !waiting.TrueForAll(f => f.Illustrates));
    }

    /// <summary>
    /// A column left emptier than this share of its height, because a waiting box may not be passed by the next
    /// heading, reads as a mistake (a third of an A5 page before "Was du tun kannst" on kiez-de, eight lines before
    /// "Comment agir" on quartier-fr); a box at the top of the next column, after that heading, still reads as the
    /// box it is, with its own title. Below it (six lines or fewer on A5), the box stays in its own section.
    /// </summary>
    private const double LargeHoleShare = 0.2;

    /// <summary>
    /// Whether the waiting floats must be placed before <paramref name="block"/>: it opens a section that not all of
    /// them may pass. Photos and pull quotes pass a heading; boxes only when holding them would leave more than
    /// <see cref="LargeHoleShare"/> of the column (<paramref name="room"/> of <paramref name="column"/>) empty.
    /// </summary>
    private static bool HoldsBack(FlowBlock block, List<FlowBlock> waiting, double room, Rect column) =>
        block.OpensSection && !(block.IsHeading && (waiting.TrueForAll(f => f.Illustrates) || room > LargeHoleShare * column.Height));

    /// <param name="Overflowing">Blocks placed past a column's bottom: taller than a column, with no line to cut them at.</param>
    /// <param name="Cut">Blocks that may not split but were cut between lines, being taller than a column.</param>
    public sealed record Result(IReadOnlyList<List<PageItem>> Pages, IReadOnlyList<FlowBlock> Overflowing, IReadOnlyList<FlowBlock> Cut);

    /// <summary>
    /// A column left more than <see cref="LargeHoleShare"/> empty because the block after it did not fit (a heading
    /// held with its demand box, an unsplittable block): <paramref name="Room"/> points, and the photo or pull quote
    /// set in that column's flow before it, whose waiting for the next column would have made the room, or null.
    /// </summary>
    private readonly record struct Hole(double Room, FlowBlock? Float);

    /// <summary>
    /// Pours <paramref name="blocks"/> into columns. When a column is left with a large hole (<see cref="Hole"/>)
    /// after a photo or pull quote it holds, the blocks are poured again with that float waiting for the next
    /// column, as a typesetter moves an illustration to make room for the text it interrupts (bairro-pt: a pull
    /// quote took the room its section's heading and demand box needed, leaving 143 pt empty at the foot of a
    /// right-hand page); the second pouring is kept when it leaves less room empty on no more pages. Each float is
    /// tried once, so this pours at most once more per photo and pull quote.
    /// </summary>
    public Result Paginate(IReadOnlyList<FlowBlock> blocks)
    {
        var waitingFloats = new HashSet<FlowBlock>();
        var tried = new HashSet<FlowBlock>();
        var best = Paginate(blocks, waitingFloats, out var holes);
        while (holes.Find(h => h.Float is { } f && !tried.Contains(f)).Float is { } candidate)
        {
            tried.Add(candidate);
            waitingFloats.Add(candidate);
            var retry = Paginate(blocks, waitingFloats, out var retryHoles);
            if (retry.Pages.Count <= best.Pages.Count && EmptyRoom(retryHoles) < EmptyRoom(holes) - Slack)
            {
                (best, holes) = (retry, retryHoles);
                continue;
            }
            waitingFloats.Remove(candidate);
        }
        return best;

        static double EmptyRoom(List<Hole> found) => found.Sum(h => h.Room);
    }

    /// <param name="waitingFloats">Floats that wait for the top of the next column even where they would fit.</param>
    /// <param name="holes">The columns left with a large hole, in order.</param>
    private Result Paginate(IReadOnlyList<FlowBlock> blocks, IReadOnlySet<FlowBlock> waitingFloats, out List<Hole> holes)
    {
        holes = [];
        var found = holes;
        var pages = new List<List<PageItem>> { new() };
        var overflowing = new List<FlowBlock>();
        var cutBlocks = new List<FlowBlock>();
        var cutParts = new HashSet<FlowBlock>();
        var page = 0;
        var columnIndex = 0;
        var columns = columnsOfPage(page);
        var column = columns[0];
        var y = column.Y;
        var atTop = true;
        var previousSpaceAfter = 0.0;
        var deferred = new List<FlowBlock>();
        // Where the current column's last run of blocks off the grid starts among its page's items (-1: it ends on grid text).
        var trailingFrom = -1;
        // The photo or pull quote the current column's flow holds (the last one), which could wait for the next.
        FlowBlock? floatInFlow = null;

        void NextColumn()
        {
            AlignFoot();
            trailingFrom = -1;
            floatInFlow = null;
            columnIndex++;
            if (columnIndex >= columns.Count)
            {
                page++;
                pages.Add([]);
                columns = columnsOfPage(page);
                columnIndex = 0;
            }
            column = columns[columnIndex];
            y = column.Y;
            atTop = true;
            previousSpaceAfter = 0;
            // Waiting floats open the new column, as many as fit (the first always goes).
            while (deferred.Count > 0 && (atTop || deferred[0].Height <= column.Bottom - y - Math.Max(previousSpaceAfter, deferred[0].SpaceBefore) + Slack))
            {
                var f = deferred[0];
                deferred.RemoveAt(0);
                if (f.Height > column.Height + Slack && (f.Split(column.Height) is ({ } head, { } tail) ? (head, tail) : LastResort(f, column.Height)) is var (upper, lower))
                {
                    // Taller than a whole column: its first part fills this one, the rest opens the next.
                    Put(upper, 0);
                    deferred.Insert(0, lower);
                    break;
                }

                if (f.Height > column.Height + Slack) overflowing.Add(f);
                Put(f, atTop ? 0 : Math.Max(previousSpaceAfter, f.SpaceBefore));
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            FlowBlock? block = blocks[i];
            // Floats still waiting go before the next section (a box stays in the section that introduces it; photos and
            // pull quotes may wait past a heading), before the closing group (slogan, signature: the end stays the end)
            // and before a held box: all of them, with a column break before that block, however many columns they fill.
            while (deferred.Count > 0 && (HoldsBack(block, deferred, column.Bottom - y, column) || StartsClosingGroup(blocks, i, deferred))) NextColumn();
            var sentOn = !atTop && waitingFloats.Contains(block);
            if (block.Floats && (deferred.Count > 0 || sentOn || (!atTop && block.Height > column.Bottom - y - Math.Max(previousSpaceAfter, block.SpaceBefore) + Slack)))
            {
                // A float that may split (a demand box) and accepts a split here is set on, its rest opening the next column.
                var floatGap = Math.Max(previousSpaceAfter, block.SpaceBefore);
                if (deferred.Count > 0 || sentOn || block.Split(column.Bottom - y - floatGap) is not ({ } floatHead, { } floatTail))
                {
                    deferred.Add(block);
                    continue;
                }
                Put(floatHead, floatGap);
                NextColumn();
                block = floatTail;
            }
            while (block is not null)
            {
                var gap = TopOf(block, y + (atTop ? 0 : Math.Max(previousSpaceAfter, block.SpaceBefore)), column.Y) - y;
                var remaining = column.Bottom - y - gap;
                var fitsAlone = block.Height <= remaining + Slack;
                var end = KeepEnd(blocks, i, y + gap + block.Height, column.Y);

                // Fits with what must follow it; or at a column top, where moving on cannot help the keep.
                if (end <= column.Bottom + Slack || (atTop && fitsAlone))
                {
                    if (!atTop) gap += GridLead(blocks, i, y + gap, column.Y);
                    if (!atTop && blocks[i] is { Floats: true, Illustrates: true }) floatInFlow = blocks[i];
                    Put(block, gap);
                    block = null;
                    continue;
                }

                // Split where the block's own rules allow. A block that fits but cannot take its keep along
                // gives up its last lines (at least its widows) to go over with what follows.
                var (head, tail) = block.Split(fitsAlone ? Math.Min(remaining, block.Height - KeepSplitNudge) : remaining);
                if (head is not null && tail is not null)
                {
                    Put(head, gap);
                    NextColumn();
                    block = tail;
                    continue;
                }

                if (atTop)
                {
                    // Taller than an empty column and its rules forbid a split: running text sets its widow and
                    // orphan counts aside; a block that may not split is cut between lines as a last resort, so
                    // nothing runs off the page; only what has no line to cut at is placed past the bottom.
                    if (LastResort(block, remaining) is var (upper, lower))
                    {
                        Put(upper, 0);
                        NextColumn();
                        block = lower;
                        continue;
                    }

                    overflowing.Add(block);
                    Put(block, 0);
                    block = null;
                    continue;
                }
                if (column.Bottom - y > LargeHoleShare * column.Height) found.Add(new Hole(column.Bottom - y, floatInFlow));
                NextColumn();
            }
        }
        while (deferred.Count > 0) NextColumn();
        AlignFoot();
        return new Result(pages, overflowing, cutBlocks);

        // A full column (no further grid line would fit) ending off the grid: its trailing blocks move down
        // so that their last baseline is on the grid, if they still end within the column.
        void AlignFoot()
        {
            if (grid is null || trailingFrom < 0 || column.Bottom - y >= grid.Pitch) return;
            var items = pages[page];
            var baselines = items.Skip(trailingFrom).OfType<GlyphRun>().Select(r => r.Origin.Y).ToList();
            if (baselines.Count == 0) return;
            var last = baselines.Max();
            var shift = grid.BaselineAtOrBelow(last - Slack, column.Y) - last;
            if (shift <= Slack || y + shift > column.Bottom + Slack) return;
            for (var k = trailingFrom; k < items.Count; k++) items[k] = items[k].Offset(0, shift);
            y += shift;
        }

        // The last resort for a block taller than a column whose rules forbid a split (see FlowBlock.SplitAnyway).
        // A block cut through is reported once, however many times its rest is cut again.
        (FlowBlock Upper, FlowBlock Lower)? LastResort(FlowBlock b, double available)
        {
            if (b.SplitAnyway(available) is not { } split) return null;
            if (split.CutThrough)
            {
                if (!cutParts.Contains(b)) cutBlocks.Add(b);
                cutParts.Add(split.Tail);
            }
            return (split.Head, split.Tail);
        }

        void Put(FlowBlock b, double gap)
        {
            if (OnGrid(b)) trailingFrom = -1;
            else if (trailingFrom < 0) trailingFrom = pages[page].Count;
            y += gap;
            pages[page].AddRange(b.Place(column.X, y, column.Width));
            y += b.Height;
            previousSpaceAfter = b.SpaceAfter;
            atTop = false;
        }
    }
}
