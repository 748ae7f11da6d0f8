using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>A sheet of paper and its size in points, turned as it is printed (desktop two-page sheets landscape, tiles portrait; press sheets portrait until imposition turns them).</summary>
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

    /// <summary>
    /// Press sheets a print shop feeds (<c>--sheet</c>), portrait; imposition turns each the way its
    /// pages fit best. SRA sizes are the ISO 217 untrimmed sheets made to hold A sizes with bleed and
    /// marks (SRA4 for an A4 flat, SRA3 for A3); A3, A4, Letter and Tabloid are what copy shops stock.
    /// </summary>
    public static IReadOnlyList<PrinterSheet> Press { get; } =
    [
        new("SRA4", new Size(225 * PointsPerMillimetre, 320 * PointsPerMillimetre)),
        new("SRA3", new Size(320 * PointsPerMillimetre, 450 * PointsPerMillimetre)),
        new("A3", new Size(297 * PointsPerMillimetre, 420 * PointsPerMillimetre)),
        new("A4", new Size(210 * PointsPerMillimetre, 297 * PointsPerMillimetre)),
        new("Letter", new Size(8.5 * PointsPerInch, 11 * PointsPerInch)),
        new("Tabloid", new Size(11 * PointsPerInch, 17 * PointsPerInch)),
    ];

    /// <summary>The press sheet names, for help and error messages.</summary>
    public static string PressNames => string.Join(", ", Press.Take(Press.Count - 1).Select(s => s.Name)) + " or " + Press[^1].Name;

    /// <summary>The press sheet called <paramref name="name"/> (any case), or null.</summary>
    public static PrinterSheet? PressSheet(string name) =>
        Press.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

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
