using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>Flow blocks set one under another in a single frame, with the space between them collapsed as the paginator would.</summary>
internal static class FlowStack
{
    /// <summary>The blocks stacked into one frame <paramref name="width"/> wide (for blocks that never split, and poster regions).</summary>
    public static Frame ToFrame(IReadOnlyList<FlowBlock> blocks, double width)
    {
        var items = new List<PageItem>();
        var y = 0.0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0) y += Math.Max(blocks[i - 1].SpaceAfter, blocks[i].SpaceBefore);
            items.AddRange(blocks[i].Place(0, y, width));
            y += blocks[i].Height;
        }
        return new Frame(width, y, items);
    }
}
