using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>
/// Pours flow blocks into columns, page after page. Space between blocks collapses (the larger of
/// one's space after and the next's space before) and vanishes at the top of a column. A block that
/// does not fit is split where its own rules allow, else moved on; a block marked keep-with-next moves
/// on unless the next block's smallest head fits after it. Nothing is ever drawn past a column's
/// bottom except a single unsplittable block taller than an empty column (reported to the caller).
/// A floating block that does not fit waits for the top of the next column, in order, while the
/// blocks after it go on filling the current one.
/// </summary>
public sealed class Paginator(Func<int, IReadOnlyList<Rect>> columnsOfPage)
{
    private const double Slack = 0.01;

    public sealed record Result(IReadOnlyList<List<PageItem>> Pages, IReadOnlyList<FlowBlock> Overflowing);

    public Result Paginate(IReadOnlyList<FlowBlock> blocks)
    {
        var pages = new List<List<PageItem>> { new() };
        var overflowing = new List<FlowBlock>();
        var page = 0;
        var columnIndex = 0;
        var columns = columnsOfPage(page);
        var column = columns[0];
        var y = column.Y;
        var atTop = true;
        var previousSpaceAfter = 0.0;
        var deferred = new Queue<FlowBlock>();

        void NextColumn()
        {
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
            while (deferred.Count > 0 && (atTop || deferred.Peek().Height <= column.Bottom - y - Math.Max(previousSpaceAfter, deferred.Peek().SpaceBefore) + Slack))
            {
                var f = deferred.Dequeue();
                if (f.Height > column.Height + Slack) overflowing.Add(f);
                Put(f, atTop ? 0 : Math.Max(previousSpaceAfter, f.SpaceBefore));
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            FlowBlock? block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (block.Floats && (deferred.Count > 0 || (!atTop && block.Height > column.Bottom - y - Math.Max(previousSpaceAfter, block.SpaceBefore) + Slack)))
            {
                deferred.Enqueue(block);
                continue;
            }
            while (block is not null)
            {
                var gap = atTop ? 0 : Math.Max(previousSpaceAfter, block.SpaceBefore);
                var remaining = column.Bottom - y - gap;
                var needed = block.Height;
                if (block.KeepWithNext && next is not null)
                {
                    needed += Math.Max(block.SpaceAfter, next.SpaceBefore) + next.MinimumHeadHeight;
                }

                if (needed <= remaining + Slack || (atTop && block.Height <= remaining + Slack && block.KeepWithNext))
                {
                    Put(block, gap);
                    block = null;
                    continue;
                }

                if (!block.KeepWithNext || block.Height > remaining + Slack)
                {
                    var (head, tail) = block.Split(remaining);
                    if (head is not null && tail is not null)
                    {
                        Put(head, gap);
                        NextColumn();
                        block = tail;
                        continue;
                    }
                }

                if (atTop)
                {
                    // Taller than an empty column and cannot split: place it anyway and let the caller report it.
                    overflowing.Add(block);
                    Put(block, 0);
                    block = null;
                    continue;
                }
                NextColumn();
            }
        }
        while (deferred.Count > 0) NextColumn();
        return new Result(pages, overflowing);

        void Put(FlowBlock b, double gap)
        {
            y += gap;
            pages[page].AddRange(b.Place(column.X, y, column.Width));
            y += b.Height;
            previousSpaceAfter = b.SpaceAfter;
            atTop = false;
        }
    }
}
