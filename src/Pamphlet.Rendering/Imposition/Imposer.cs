using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>Plans the printed sides for a composed document: the one entry point the engine calls.</summary>
public static class Imposer
{
    /// <summary>
    /// The sides to print for <paramref name="document"/>. Throws <see cref="ArgumentException"/> when
    /// the pages are not half a printer sheet; callers check <see cref="PrinterSheets.ForTwoPages"/>
    /// first to tell the user.
    /// </summary>
    public static IReadOnlyList<ImposedSide> Plan(PagedDocument document, ImpositionKind kind, double creep)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Pages.Count == 0) throw new ArgumentException("There are no pages to impose.", nameof(document));
        if (kind == ImpositionKind.Tile) return Tiled(document);
        var page = document.Pages[0].Size;
        if (document.Pages.Any(p => p.Size != page))
        {
            throw new ArgumentException("Imposition needs every page the same size.", nameof(document));
        }

        var sheet = PrinterSheets.ForTwoPages(page)
            ?? throw new ArgumentException($"Pages of {page.Width:0.##} × {page.Height:0.##} pt are not half a printer sheet.", nameof(document));
        return kind switch
        {
            ImpositionKind.Saddle => SheetLayouts.Saddle(
                SaddleStitch.Plan(document.Pages.Count, ReadingDirection.IsRightToLeft(document.Info.Language)), page, sheet, creep),
            ImpositionKind.TwoUp => SheetLayouts.TwoUp(document.Pages.Count, page, sheet),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>
    /// A one-page poster tiled onto office paper. Labels use the first font the poster draws with
    /// that has every label character.
    /// </summary>
    private static IReadOnlyList<ImposedSide> Tiled(PagedDocument document)
    {
        if (document.Pages.Count != 1) throw new ArgumentException("Only a one-page poster can be tiled.", nameof(document));
        var plan = Tiling.Plan(document.Pages[0].Size)
            ?? throw new ArgumentException("The poster fits on office paper and needs no tiling.", nameof(document));
        var font = document.Pages[0].ItemsOf<GlyphRun>().Select(r => r.Font).Distinct()
            .FirstOrDefault(f => LabelShaper.Covers(f, "row 0123456789, column of x"));
        return TileLayouts.Sides(plan, font);
    }
}
