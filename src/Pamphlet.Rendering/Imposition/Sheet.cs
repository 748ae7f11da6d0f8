namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// The two page positions on one side of a sheet, as seen when looking at that side: a 0-based
/// index into the document's pages, or null for a blank page.
/// </summary>
public readonly record struct SheetSide(int? Left, int? Right);

/// <summary>
/// One folded sheet of a saddle-stitched booklet. <see cref="FromOutside"/> is 0 for the outermost
/// sheet (the one with the covers); it is how far in the sheet nests, which is what creep depends on.
/// </summary>
public sealed record Sheet(int FromOutside, SheetSide Front, SheetSide Back);

/// <summary>A saddle-stitch plan: the sheets in printing order and how many blanks were added.</summary>
public sealed record SaddleStitchPlan(int PageCount, int PaddedPageCount, IReadOnlyList<Sheet> Sheets)
{
    public int BlankPages => PaddedPageCount - PageCount;
}
