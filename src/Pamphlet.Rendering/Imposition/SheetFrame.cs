using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Where the two page slots of every side lie on a sheet (each the page's trim, in sheet
/// coordinates), how far each page's artwork is kept past its trim, and how the pages meet: at a
/// fold (saddle, where nothing is cut) or as separate copies cut apart (2-up).
/// </summary>
/// <param name="Sheet">The paper, turned as it is printed.</param>
/// <param name="Bleed">Artwork kept past each cut edge of a page: the pages' bleed on press sheets, 0 on desktop sheets.</param>
/// <param name="Folded">The slots meet at a fold: their inner edges are not cut, so nothing is kept past them.</param>
/// <param name="MarkLength">How long the crop and fold marks are: as long as the margin outside the bleed allows, up to a maximum.</param>
public sealed record SheetFrame(PrinterSheet Sheet, Rect Left, Rect Right, double Bleed, bool Folded, double MarkLength)
{
    /// <summary>A press sheet: the pages keep their bleed and the sheet carries marks and a slug.</summary>
    public bool Press { get; init; }

    /// <summary>The fold between the slots of a folded frame.</summary>
    public double FoldX => Left.Right;

    /// <summary>What is cut out of the sheet: the open spread of a folded frame, else each slot.</summary>
    public IReadOnlyList<Rect> Trims => Folded
        ? [new Rect(Left.X, Left.Y, Right.Right - Left.X, Left.Height)]
        : [Left, Right];

    /// <summary>The slots grown by the bleed on their cut edges: artwork may reach this far, marks never.</summary>
    public IReadOnlyList<Rect> Artwork => [.. Trims.Select(t => SheetGeometry.Grow(t, Bleed))];
}
