using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>A printer sheet size, landscape, in points.</summary>
public sealed record PrinterSheet(string Name, Size Size);

/// <summary>
/// The sheet sizes office and copy-shop printers take. Two-up imposition needs a page that is
/// half of one of them (A5 on A4, Half-Letter on Letter, A4 on A3, Letter on Tabloid).
/// </summary>
public static class PrinterSheets
{
    private const double PointsPerMillimetre = 72 / 25.4;
    private const double PointsPerInch = 72;

    // ISO rounds to whole millimetres (A5 is 148 mm wide, half of A4 is 148.5 mm) and layout sizes
    // pass through floating point: a page within 1 mm of half the sheet is "half the sheet" to any
    // printer. The pages then sit against the fold and the sliver is left at the outer edges.
    private const double MatchTolerance = 1 * PointsPerMillimetre;

    /// <summary>Landscape sizes, smallest first, so the first match is the everyday sheet.</summary>
    public static IReadOnlyList<PrinterSheet> Landscape { get; } =
    [
        new("A4", new Size(297 * PointsPerMillimetre, 210 * PointsPerMillimetre)),
        new("Letter", new Size(11 * PointsPerInch, 8.5 * PointsPerInch)),
        new("A3", new Size(420 * PointsPerMillimetre, 297 * PointsPerMillimetre)),
        new("Tabloid", new Size(17 * PointsPerInch, 11 * PointsPerInch)),
    ];

    /// <summary>Portrait sheets posters are tiled onto: what every office printer takes.</summary>
    public static IReadOnlyList<PrinterSheet> TileSheets { get; } =
    [
        new("A4", new Size(210 * PointsPerMillimetre, 297 * PointsPerMillimetre)),
        new("Letter", new Size(8.5 * PointsPerInch, 11 * PointsPerInch)),
    ];

    /// <summary>True when <paramref name="page"/> fits on <paramref name="sheet"/> (within the match tolerance), either way round.</summary>
    public static bool FitsOn(Size page, Size sheet) =>
        (page.Width <= sheet.Width + MatchTolerance && page.Height <= sheet.Height + MatchTolerance) ||
        (page.Width <= sheet.Height + MatchTolerance && page.Height <= sheet.Width + MatchTolerance);

    /// <summary>What can be imposed two to a sheet, for error messages.</summary>
    public const string HalfSheetPages = "A5 (on A4), Half-Letter (on Letter), A4 (on A3) or Letter (on Tabloid)";

    /// <summary>The sheet that holds two <paramref name="page"/>s side by side, or null if none does.</summary>
    public static PrinterSheet? ForTwoPages(Size page)
    {
        return Landscape.FirstOrDefault(s =>
            Math.Abs(s.Size.Width / 2 - page.Width) <= MatchTolerance && Math.Abs(s.Size.Height - page.Height) <= MatchTolerance);
    }
}
