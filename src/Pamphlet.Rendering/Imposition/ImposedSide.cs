using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// One document page drawn on a sheet: its top-left corner goes to <see cref="Origin"/> (sheet
/// coordinates, points), it is drawn at <see cref="Scale"/>, and only what falls inside
/// <see cref="Clip"/> (sheet coordinates) is drawn: the page's trim (with its bleed on a press sheet),
/// narrowed so nothing crosses the fold, or the part of a poster one tile shows.
/// </summary>
public sealed record PagePlacement(int PageIndex, Point Origin, Rect Clip, double Scale = 1);

/// <summary>
/// Where a side's slug line goes: its text's top-left at <see cref="Area"/>'s, no wider than it, in
/// the margin outside the bleed and clear of the marks. <see cref="Side"/> names the side ("sheet 1 front").
/// </summary>
public sealed record SlugSpace(Rect Area, string Side);

/// <summary>One printed side of a sheet: the pages on it and the sheet's own marks (crop and fold marks, the slug).</summary>
public sealed record ImposedSide(Size SheetSize, IReadOnlyList<PagePlacement> Pages, IReadOnlyList<PageItem> Marks)
{
    /// <summary>Where this side's slug goes (press sheets); null where there is no room for one.</summary>
    public SlugSpace? Slug { get; init; }

    /// <summary>
    /// This side with <paramref name="slug"/> (a run whose baseline starts at its origin) placed in its
    /// slug space, in registration colour like the marks, so every plate carries it.
    /// </summary>
    public ImposedSide WithSlug(GlyphRun slug)
    {
        var space = Slug ?? throw new InvalidOperationException("This side has no room for a slug.");
        var placed = slug.Offset(space.Area.X - slug.Origin.X, space.Area.Y + slug.Ascent - slug.Origin.Y);
        return this with { Marks = [.. Marks, ((GlyphRun)placed) with { Color = Color.Registration }] };
    }
}

/// <summary>
/// The imposed sides in printing order, and how many blank pages a saddle-stitched booklet needed to
/// reach a multiple of four (put before the back cover when <see cref="BlanksBeforeBackCover"/>, else at the end).
/// </summary>
public sealed record ImposedSheets(IReadOnlyList<ImposedSide> Sides, int BlankPages, bool BlanksBeforeBackCover);
