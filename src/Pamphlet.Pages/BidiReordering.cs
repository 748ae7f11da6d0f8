namespace Pamphlet.Pages;

/// <summary>
/// Rule L2 of the Unicode bidirectional algorithm (UAX #9) on any sequence whose items have resolved
/// embedding levels: from the highest level down to the lowest odd one, every stretch of items at or
/// above the level is reversed. Composition turns a line's logical order into visual order with it;
/// the PDF writer undoes it (the same reversals, lowest level first) to draw lines in reading order.
/// </summary>
public static class BidiReordering
{
    /// <summary>Logical order to visual (left-to-right) order.</summary>
    public static void ToVisual<T>(List<T> items, Func<T, byte> levelOf) => Reorder(items, levelOf, highestFirst: true);

    /// <summary>Visual order back to logical order: the inverse of <see cref="ToVisual{T}"/>.</summary>
    public static void ToLogical<T>(List<T> items, Func<T, byte> levelOf) => Reorder(items, levelOf, highestFirst: false);

    private static void Reorder<T>(List<T> items, Func<T, byte> levelOf, bool highestFirst)
    {
        if (items.Count == 0) return;
        var highest = items.Max(levelOf);
        var lowestOdd = items.Select(levelOf).Where(l => l % 2 == 1).DefaultIfEmpty(highest).Min();
        if (highestFirst)
        {
            for (var level = highest; level >= lowestOdd && level > 0; level--) ReverseStretches(items, levelOf, level);
        }
        else
        {
            for (var level = Math.Max(lowestOdd, (byte)1); level <= highest; level++) ReverseStretches(items, levelOf, level);
        }
    }

    private static void ReverseStretches<T>(List<T> items, Func<T, byte> levelOf, int level)
    {
        for (var i = 0; i < items.Count;)
        {
            if (levelOf(items[i]) < level)
            {
                i++;
                continue;
            }

            var j = i;
            while (j < items.Count && levelOf(items[j]) >= level) j++;
            items.Reverse(i, j - i);
            i = j;
        }
    }
}
