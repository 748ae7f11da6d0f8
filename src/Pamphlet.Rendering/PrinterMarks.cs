using Pamphlet.Pages;

namespace Pamphlet.Rendering;

/// <summary>
/// Crop marks for a single page: at each trim corner, two short hairlines continuing the trim lines,
/// starting outside the bleed so that no mark is printed on the part that is kept, and none lands in
/// the bleed where a slightly-off cut would leave a stray line on the finished page. Single pages get
/// no fold marks (imposition adds its own on the sheet).
/// </summary>
public static class PrinterMarks
{
    private const double Millimetre = 72 / 25.4;

    /// <summary>Media added beyond the bleed on every side to hold the marks (the usual 10 mm).</summary>
    public const double BandBeyondBleed = MediaSize.MarkBand;

    /// <summary>Gap between the bleed edge and the start of a mark: a cut or bleed that wanders stays clear of it.</summary>
    public const double GapBeyondBleed = 2 * Millimetre;

    /// <summary>Long enough to align a guillotine blade on, short enough to stay inside the band.</summary>
    public const double MarkLength = 5 * Millimetre;

    /// <summary>The finest line a printshop accepts as reliably printed (preflight hairline minimum).</summary>
    public const double Thickness = 0.25;

    /// <summary>Registration colour (the separation "All"): the marks print on every plate, so every ink can be lined up by them.</summary>
    private static readonly Color Registration = Color.Registration;

    /// <summary>The slug starts this far in from the left trim, clear of the vertical crop mark on the trim line.</summary>
    internal const double SlugIndent = 5 * Millimetre;

    /// <summary>
    /// Slug baseline below the bleed edge: past the crop marks' ends (bleed + 7 mm) by its cap
    /// height at 6 pt, with room for descenders inside the 10 mm band.
    /// </summary>
    private const double SlugBaselineBeyondBleed = 9.2 * Millimetre;

    /// <summary>How wide a slug may be on a page of this trim size.</summary>
    public static double SlugMaxWidth(Size trim) => Math.Max(0, trim.Width - 2 * SlugIndent);

    /// <summary>Where the slug's baseline starts, in page coordinates: under the page, outside the bleed and the marks.</summary>
    internal static Point SlugOrigin(Size trim, double bleed) => new(SlugIndent, trim.Height + bleed + SlugBaselineBeyondBleed);

    /// <summary>The eight crop-mark rules around <paramref name="trim"/>, in page coordinates (trim top-left = 0, 0).</summary>
    internal static IReadOnlyList<PageItem> CropMarks(Size trim, double bleed)
    {
        var start = bleed + GapBeyondBleed;
        var end = start + MarkLength;
        var marks = new List<PageItem>();
        foreach (var x in new[] { 0.0, trim.Width })
        {
            foreach (var y in new[] { 0.0, trim.Height })
            {
                var outX = x == 0 ? -1 : 1;
                var outY = y == 0 ? -1 : 1;
                // Horizontal mark on the line y, beside the page; vertical mark on the line x, above or below it.
                marks.Add(new RuleItem("crop-mark", new Point(x + outX * start, y), new Point(x + outX * end, y), Thickness, Registration));
                marks.Add(new RuleItem("crop-mark", new Point(x, y + outY * start), new Point(x, y + outY * end), Thickness, Registration));
            }
        }

        return marks;
    }
}
