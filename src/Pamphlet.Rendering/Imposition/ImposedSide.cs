using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// One document page drawn on a sheet: its top-left corner goes to <see cref="Origin"/> (sheet
/// coordinates, points), it is drawn at <see cref="Scale"/>, and only what falls inside
/// <see cref="Clip"/> (sheet coordinates) is drawn: the page's trim, narrowed to its slot so
/// nothing crosses the fold, or the part of a poster one tile shows.
/// </summary>
public sealed record PagePlacement(int PageIndex, Point Origin, Rect Clip, double Scale = 1);

/// <summary>One printed side of a sheet: the pages on it and the sheet's own marks (fold marks).</summary>
public sealed record ImposedSide(Size SheetSize, IReadOnlyList<PagePlacement> Pages, IReadOnlyList<PageItem> Marks);
