using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>One tile: the part of the poster (poster coordinates) it prints; row and column count from 1.</summary>
public sealed record Tile(int Row, int Column, Rect Area);

/// <summary>How a poster is cut into tiles on portrait sheets.</summary>
public sealed record TilePlan(Size Poster, PrinterSheet Sheet, int Rows, int Columns, double Margin, double Overlap, IReadOnlyList<Tile> Tiles)
{
    /// <summary>Where a tile's part of the poster is printed on its sheet (the same place on every tile).</summary>
    public Rect PrintArea(Tile tile) => new(Margin, Margin, tile.Area.Width, tile.Area.Height);
}

/// <summary>
/// Plans tiling a poster larger than office paper onto A4 or Letter portrait sheets: overlapping
/// tiles, so the pieces can be trimmed at the marks of one and glued over the next.
/// </summary>
public static class Tiling
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>
    /// Unprinted border around each tile's print area. Office printers cannot print the outer 4–5 mm;
    /// the rest holds the alignment marks and the tile label.
    /// </summary>
    public const double Margin = 12 * PointsPerMillimetre;

    /// <summary>How much neighbouring tiles repeat: enough to glue over and to hide a trim that is slightly off.</summary>
    public const double Overlap = 10 * PointsPerMillimetre;

    /// <summary>
    /// The tiling with the fewest sheets, or null when the poster fits on one of the sheets and needs
    /// no tiling. On a tie, a poster measured in inches (Tabloid) goes on Letter, any other on A4:
    /// whoever prints a US poster has US paper.
    /// </summary>
    public static TilePlan? Plan(Size poster)
    {
        if (PrinterSheets.TileSheets.Any(s => PrinterSheets.FitsOn(poster, s.Size))) return null;
        var inches = IsInchSized(poster);
        return PrinterSheets.TileSheets.Select(s => PlanOn(poster, s))
            .OrderBy(p => p.Tiles.Count)
            .ThenBy(p => (p.Sheet.Name == "Letter") == inches ? 0 : 1)
            .First();
    }

    // US paper comes in half inches; ISO sizes (A3 is 11.69 × 16.54 in) do not.
    private const double HalfInch = 36;
    private const double InchSizeTolerance = 0.5 * PointsPerMillimetre;

    private static bool IsInchSized(Size size) =>
        new[] { size.Width, size.Height }.All(v => Math.Abs(v - Math.Round(v / HalfInch) * HalfInch) <= InchSizeTolerance);

    public static TilePlan PlanOn(Size poster, PrinterSheet sheet)
    {
        var printWidth = sheet.Size.Width - 2 * Margin;
        var printHeight = sheet.Size.Height - 2 * Margin;
        var columns = Count(poster.Width, printWidth);
        var rows = Count(poster.Height, printHeight);
        var tiles = new List<Tile>(rows * columns);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                var x = c * (printWidth - Overlap);
                var y = r * (printHeight - Overlap);
                tiles.Add(new Tile(r + 1, c + 1, new Rect(x, y, Math.Min(printWidth, poster.Width - x), Math.Min(printHeight, poster.Height - y))));
            }

        return new TilePlan(poster, sheet, rows, columns, Margin, Overlap, tiles);
    }

    /// <summary>Tiles needed along one side: each after the first adds its print length less the overlap.</summary>
    private static int Count(double length, double print) =>
        length <= print ? 1 : 1 + (int)Math.Ceiling((length - print) / (print - Overlap) - 1e-9);
}
