using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>Plans the printed sides for a composed document: the one entry point the engine calls.</summary>
public static class Imposer
{
    /// <summary>
    /// The sides to print for <paramref name="document"/>. Throws <see cref="ArgumentException"/> when
    /// the pages do not fit the sheets; callers check first with <see cref="SheetFrames"/> and
    /// <see cref="Tiling.Plan"/> to tell the user.
    /// </summary>
    public static ImposedSheets Plan(PagedDocument document, ImpositionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        if (document.Pages.Count == 0) throw new ArgumentException("There are no pages to impose.", nameof(document));
        if (settings.Kind == ImpositionKind.Tile)
        {
            if (settings.PressSheet is not null) throw new ArgumentException("Tiles are printed on office paper, not press sheets.", nameof(settings));
            return new ImposedSheets(Tiled(document), 0, false);
        }

        var page = document.Pages[0].Size;
        if (document.Pages.Any(p => p.Size != page))
        {
            throw new ArgumentException("Imposition needs every page the same size.", nameof(document));
        }

        var folded = settings.Kind == ImpositionKind.Saddle;
        var frame = Frame(page, document.Pages.Max(p => Math.Max(0, p.Bleed)), folded, settings.PressSheet);
        SaddleStitchPlan? booklet = null;
        var sides = settings.Kind switch
        {
            ImpositionKind.Saddle => SheetLayouts.Saddle(
                booklet = SaddleStitch.Plan(document.Pages.Count, ReadingDirection.IsRightToLeft(document.Info.Language), settings.BackCover),
                frame, settings.Creep),
            ImpositionKind.TwoUp => SheetLayouts.TwoUp(document.Pages.Count, frame),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, null),
        };
        var marked = frame.Press ? PressSides(sides, frame)
            : settings.Marks ? [.. sides.Select(s => s with { Marks = DesktopMarks(s, frame, document.Pages) })]
            : sides;
        return new ImposedSheets(marked, booklet?.BlankPages ?? 0, booklet is { BlankPages: > 0 } && settings.BackCover && document.Pages.Count > 1);
    }

    private static SheetFrame Frame(Size page, double bleed, bool folded, PrinterSheet? press)
    {
        if (press is { } stock)
        {
            return SheetFrames.Press(page, bleed, folded, stock)
                ?? throw new ArgumentException($"Pages of {page.Width:0.##} × {page.Height:0.##} pt with their bleed and marks do not fit on {stock.Name}.", nameof(press));
        }

        return SheetFrames.Desktop(page, folded)
            ?? throw new ArgumentException($"Pages of {page.Width:0.##} × {page.Height:0.##} pt are not half a printer sheet.", nameof(page));
    }

    /// <summary>Press sheets: the same crop and fold marks on every side, so front and back register, and a slug per side.</summary>
    private static List<ImposedSide> PressSides(IReadOnlyList<ImposedSide> sides, SheetFrame frame)
    {
        var marks = PressMarks.For(frame);
        return [.. sides.Select((s, i) => s with { Marks = marks, Slug = SheetSlugs.Space(frame, i) })];
    }

    /// <summary>
    /// Desktop sheets with marks: crop marks where the sheet has room outside the pages (none when
    /// they fill it, as half-sheet pages do) and ticks where the pages meet that land on blank paper.
    /// </summary>
    private static List<PageItem> DesktopMarks(ImposedSide side, SheetFrame frame, IReadOnlyList<Page> pages)
    {
        var marks = new List<PageItem>(PressMarks.Crop(frame.Trims, frame.Artwork, frame.Sheet.Size, PressMarks.GapBeyondBleed, frame.MarkLength));
        var role = frame.Folded ? PressMarks.FoldRole : PressMarks.CropRole;
        marks.AddRange(FoldMarks.ClearOfArtwork(frame.FoldX, role, side, pages));
        return marks;
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
