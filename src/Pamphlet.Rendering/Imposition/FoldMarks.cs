using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Desktop sheets' marks at the middle of the sheet, where the pages meet: short ticks in from the
/// top and bottom paper edges on the fold (saddle) or the cut between two copies (2-up). The pages
/// fill the sheet and nothing is trimmed, so whatever is printed stays on the finished copy: a tick
/// is drawn only where it lands on blank paper, clear of every page's artwork (never on a full-bleed
/// cover), and only when marks are asked for.
/// </summary>
internal static class FoldMarks
{
    private const double PointsPerMillimetre = 72 / 25.4;

    // Office printers leave 4–5 mm at the paper edge unprinted; 8 mm leaves a visible stub beyond
    // that while staying inside the smallest top/bottom margin a pamphlet layout uses.
    public const double Length = 8 * PointsPerMillimetre;

    // The print-facts minimum hairline: thinner rules vanish on photocopiers.
    public const double Thickness = 0.25;

    /// <summary>
    /// How far a tick keeps from artwork: a sheet fed 1–2 mm askew, or folded a little off, still
    /// leaves it on blank paper.
    /// </summary>
    public const double Clearance = 2 * PointsPerMillimetre;

    /// <summary>The two ticks at <paramref name="x"/> that land on blank paper on <paramref name="side"/>.</summary>
    public static IReadOnlyList<RuleItem> ClearOfArtwork(double x, string role, ImposedSide side, IReadOnlyList<Page> pages)
    {
        var sheet = side.SheetSize;
        var ticks = new[]
        {
            new RuleItem(role, new Point(x, 0), new Point(x, Length), Thickness, Color.Registration),
            new RuleItem(role, new Point(x, sheet.Height - Length), new Point(x, sheet.Height), Thickness, Color.Registration),
        };
        var artwork = Artwork(side, pages);
        return [.. ticks.Where(t => !artwork.Any(a => a.Intersects(SheetGeometry.Grow(t.Bounds, Clearance))))];
    }

    /// <summary>What each placed page draws, in sheet coordinates, cut to what its placement shows (links draw nothing).</summary>
    private static List<Rect> Artwork(ImposedSide side, IReadOnlyList<Page> pages) =>
    [
        .. from placement in side.Pages
           from item in pages[placement.PageIndex].Items
           where item is not LinkItem
           let b = item.Bounds
           let onSheet = new Rect(placement.Origin.X + b.X * placement.Scale, placement.Origin.Y + b.Y * placement.Scale, b.Width * placement.Scale, b.Height * placement.Scale)
           let shown = SheetGeometry.Intersect(onSheet, placement.Clip)
           where shown.Width > 0 && shown.Height > 0
           select shown,
    ];
}
