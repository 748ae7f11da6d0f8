using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// One document page drawn on a sheet: its top-left corner goes to <see cref="Origin"/> (sheet
/// coordinates, points) and only what falls inside <see cref="Clip"/> is drawn (the page's trim,
/// narrowed to its slot so nothing crosses the fold).
/// </summary>
public sealed record PagePlacement(int PageIndex, Point Origin, Rect Clip);

/// <summary>One printed side of a sheet: the pages on it and the sheet's own marks (fold marks).</summary>
public sealed record ImposedSide(Size SheetSize, IReadOnlyList<PagePlacement> Pages, IReadOnlyList<PageItem> Marks);
