namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Plans saddle-stitch imposition: which page goes where on which sheet so that, printed duplex,
/// stacked and folded in the middle, the sheets read in order. Pure arithmetic on page indices.
/// </summary>
public static class SaddleStitch
{
    /// <summary>Each folded sheet carries four pages (two per side).</summary>
    public const int PagesPerSheet = 4;

    /// <summary>
    /// Plans <paramref name="pageCount"/> pages, padded with blanks to a multiple of four (see
    /// <see cref="PaddedSequence"/>). A right-to-left booklet binds on the right, so every side is
    /// mirrored (left and right slots swap).
    /// </summary>
    public static SaddleStitchPlan Plan(int pageCount, bool rightToLeft, bool backCover = false)
    {
        if (pageCount < 1) throw new ArgumentOutOfRangeException(nameof(pageCount), pageCount, "A booklet needs at least one page.");
        var sequence = PaddedSequence(pageCount, backCover);
        var padded = sequence.Count;
        var sheets = new List<Sheet>(padded / PagesPerSheet);
        for (var i = 0; i < padded / PagesPerSheet; i++)
        {
            // Sheet i (from outside) holds reading positions 2i, 2i+1 and their mirrors from the end:
            // the front (outside of the fold) pairs the later page on the left with the earlier on
            // the right (8|1); the back pairs them the other way (2|7).
            var front = new SheetSide(sequence[padded - 1 - 2 * i], sequence[2 * i]);
            var back = new SheetSide(sequence[2 * i + 1], sequence[padded - 2 - 2 * i]);
            if (rightToLeft)
            {
                front = Mirror(front);
                back = Mirror(back);
            }

            sheets.Add(new Sheet(i, front, back));
        }

        return new SaddleStitchPlan(pageCount, padded, sheets);
    }

    /// <summary>
    /// Reading order with blanks (null) to a multiple of four. The blanks follow the last page, so
    /// the text reads on without a gap; only a real <paramref name="backCover"/> stays the last
    /// page, after the blanks (a single page is a front cover and is never moved there).
    /// </summary>
    public static IReadOnlyList<int?> PaddedSequence(int pageCount, bool backCover)
    {
        var padded = (pageCount + PagesPerSheet - 1) / PagesPerSheet * PagesPerSheet;
        var blanks = Enumerable.Repeat<int?>(null, padded - pageCount);
        var pages = Enumerable.Range(0, pageCount).Select(i => (int?)i);
        return backCover && pageCount > 1
            ? [.. pages.Take(pageCount - 1), .. blanks, pageCount - 1]
            : [.. pages, .. blanks];
    }

    private static SheetSide Mirror(SheetSide side) => new(side.Right, side.Left);
}
