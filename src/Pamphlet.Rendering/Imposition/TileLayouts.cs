using System.Globalization;
using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>Sheet geometry for a tiled poster: a tile map first, then one sheet per tile, row by row.</summary>
internal static class TileLayouts
{
    private const double PointsPerMillimetre = 72 / 25.4;

    // Alignment marks start just outside the print area (so trimming at them never shows paper)
    // and are long enough to line up with a ruler.
    private const double MarkGap = 1 * PointsPerMillimetre;
    private const double MarkLength = 6 * PointsPerMillimetre;

    // The print-facts minimum hairline, as for fold marks.
    private const double MarkThickness = 0.25;

    // Labels are read at arm's length while sorting sheets; 8 pt is readable and fits the margin.
    private const double LabelSize = 8;

    // Room above the map for its heading line.
    private const double MapHeadingSpace = 8 * PointsPerMillimetre;

    // Sheet furniture is in registration colour, printed on every plate, so it shows whatever the
    // ink (black-only, CMYK, risograph drums): the map's grid and the alignment marks alike.
    private static readonly Color MapGrid = Color.Registration;

    public const string MarkRole = "tile-mark";
    public const string LabelRole = "tile-label";
    public const string MapRole = "tile-map";

    public static IReadOnlyList<ImposedSide> Sides(TilePlan plan, FontFace? labelFont)
    {
        var sides = new List<ImposedSide> { Map(plan, labelFont) };
        sides.AddRange(plan.Tiles.Select(t => TileSide(plan, t, labelFont)));
        return sides;
    }

    /// <summary>The label printed on a tile: which row and column of how many rows × columns.</summary>
    public static string Label(TilePlan plan, Tile tile, bool timesSign = true) => string.Create(CultureInfo.InvariantCulture,
        $"row {tile.Row}, column {tile.Column} of {plan.Rows}{(timesSign ? "×" : "x")}{plan.Columns}");

    private static ImposedSide TileSide(TilePlan plan, Tile tile, FontFace? font)
    {
        var area = plan.PrintArea(tile);
        var placement = new PagePlacement(0, new Point(area.X - tile.Area.X, area.Y - tile.Area.Y), area);
        var marks = new List<PageItem>(CornerMarks(area));
        if (font is not null)
        {
            var text = LabelShaper.Covers(font, Label(plan, tile)) ? Label(plan, tile) : Label(plan, tile, timesSign: false);
            // Right of the bottom-left mark, in the bottom margin.
            marks.Add(LabelShaper.Shape(text, font, LabelSize, new Point(area.X + 2 * MarkGap + MarkThickness, area.Bottom + MarkLength), LabelRole));
        }

        return new ImposedSide(plan.Sheet.Size, [placement], marks);
    }

    /// <summary>Two short rules at each corner of <paramref name="area"/>, outside it, along its edges.</summary>
    public static IEnumerable<RuleItem> CornerMarks(Rect area)
    {
        foreach (var x in new[] { area.X, area.Right })
            foreach (var y in new[] { area.Y, area.Bottom })
            {
                var outX = x == area.X ? -1 : 1;
                var outY = y == area.Y ? -1 : 1;
                yield return new RuleItem(MarkRole, new Point(x + outX * MarkGap, y), new Point(x + outX * (MarkGap + MarkLength), y), MarkThickness, Color.Registration);
                yield return new RuleItem(MarkRole, new Point(x, y + outY * MarkGap), new Point(x, y + outY * (MarkGap + MarkLength)), MarkThickness, Color.Registration);
            }
    }

    /// <summary>The whole poster scaled onto one sheet with each tile outlined and numbered.</summary>
    private static ImposedSide Map(TilePlan plan, FontFace? font)
    {
        var sheet = plan.Sheet.Size;
        var width = sheet.Width - 2 * plan.Margin;
        var height = sheet.Height - 2 * plan.Margin - MapHeadingSpace;
        var scale = Math.Min(width / plan.Poster.Width, height / plan.Poster.Height);
        var origin = new Point(plan.Margin, plan.Margin + MapHeadingSpace);
        var shown = new Rect(origin.X, origin.Y, plan.Poster.Width * scale, plan.Poster.Height * scale);
        var marks = new List<PageItem>();
        foreach (var tile in plan.Tiles)
        {
            var cell = new Rect(origin.X + tile.Area.X * scale, origin.Y + tile.Area.Y * scale, tile.Area.Width * scale, tile.Area.Height * scale);
            marks.Add(new FillItem(MapRole, cell, Fill: null, Stroke: MapGrid, StrokeWidth: 0.75));
            if (font is not null)
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{tile.Row},{tile.Column}");
                marks.Add(LabelShaper.Shape(text, font, LabelSize, new Point(cell.X + MarkGap * 2, cell.Y + LabelSize + MarkGap), LabelRole) with { Color = MapGrid });
            }
        }

        if (font is not null)
        {
            var heading = string.Create(CultureInfo.InvariantCulture,
                $"Tile map: {plan.Rows} rows, {plan.Columns} columns on {plan.Sheet.Name}. Tiles overlap by {plan.Overlap / PointsPerMillimetre:0} mm: trim at the marks and glue.");
            marks.Add(LabelShaper.Shape(heading, font, LabelSize, new Point(plan.Margin, plan.Margin + LabelSize), LabelRole));
        }

        return new ImposedSide(sheet, [new PagePlacement(0, origin, shown, scale)], marks);
    }
}
