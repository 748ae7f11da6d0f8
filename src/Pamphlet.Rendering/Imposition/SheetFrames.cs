using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>Chooses the sheet and where the two page slots of every side go on it.</summary>
public static class SheetFrames
{
    /// <summary>
    /// Desktop sheets: the two pages fill a printer sheet twice their size (A5 on A4), meeting in the
    /// middle, with no bleed (there is no paper past the trim to print it on). Pages within the match
    /// tolerance of half the sheet are centred, leaving the sliver equally at both outer edges. Null
    /// when the pages are not half a printer sheet.
    /// </summary>
    public static SheetFrame? Desktop(Size page, bool folded)
    {
        if (PrinterSheets.ForTwoPages(page) is not { } sheet) return null;
        var middle = sheet.Size.Width / 2;
        var top = (sheet.Size.Height - page.Height) / 2;
        return new SheetFrame(sheet,
            new Rect(middle - page.Width, top, page.Width, page.Height),
            new Rect(middle, top, page.Width, page.Height),
            Bleed: 0, folded, PressMarks.MaximumLength);
    }

    /// <summary>
    /// Press sheets: the two pages side by side with their bleed, centred on the sheet, turned
    /// whichever way leaves the wider margin (landscape on a tie). Folded pages meet at the fold;
    /// copies to cut apart keep their bleed on both sides, so a gutter of twice the bleed lies
    /// between them. The marks get as long as the narrowest margin past the bleed allows, up to
    /// <see cref="PressMarks.MaximumLength"/>. Null when that margin cannot hold the gap and the
    /// shortest marks (see <see cref="Needed"/>).
    /// </summary>
    public static SheetFrame? Press(Size page, double bleed, bool folded, PrinterSheet stock)
    {
        var artwork = ArtworkSize(page, bleed, folded);
        var portrait = stock.Size.Width <= stock.Size.Height ? stock.Size : new Size(stock.Size.Height, stock.Size.Width);
        Size? best = null;
        var bestLength = 0.0;
        foreach (var sheet in new[] { new Size(portrait.Height, portrait.Width), portrait })
        {
            var length = MarkRoom(sheet, artwork);
            if (length >= PressMarks.MinimumLength - FitTolerance && (best is null || length > bestLength))
            {
                best = sheet;
                bestLength = length;
            }
        }

        if (best is not { } chosen) return null;
        var left = (chosen.Width - artwork.Width) / 2 + bleed;
        var top = (chosen.Height - artwork.Height) / 2 + bleed;
        var gutter = folded ? 0 : 2 * bleed;
        return new SheetFrame(stock with { Size = chosen },
            new Rect(left, top, page.Width, page.Height),
            new Rect(left + page.Width + gutter, top, page.Width, page.Height),
            bleed, folded, Math.Min(PressMarks.MaximumLength, bestLength))
        { Press = true };
    }

    /// <summary>
    /// The smallest sheet (landscape) that holds two pages this way with their bleed, the gap and the
    /// shortest marks on every side: what an error message asks for.
    /// </summary>
    public static Size Needed(Size page, double bleed, bool folded)
    {
        var artwork = ArtworkSize(page, bleed, folded);
        var margins = 2 * (PressMarks.GapBeyondBleed + PressMarks.MinimumLength);
        return new Size(artwork.Width + margins, artwork.Height + margins);
    }

    // Sizes pass through millimetre conversions and floating point: a hundredth of a point is no real shortfall.
    private const double FitTolerance = 0.01;

    /// <summary>Both pages with the artwork kept past their cut edges.</summary>
    private static Size ArtworkSize(Size page, double bleed, bool folded) =>
        new(2 * page.Width + (folded ? 2 : 4) * bleed, page.Height + 2 * bleed);

    /// <summary>How long marks can be on <paramref name="sheet"/>: the narrowest margin around the artwork, less the gap.</summary>
    private static double MarkRoom(Size sheet, Size artwork) =>
        Math.Min(sheet.Width - artwork.Width, sheet.Height - artwork.Height) / 2 - PressMarks.GapBeyondBleed;
}
