using Pamphlet.Pages;

namespace Pamphlet.Rendering;

/// <summary>
/// Where a page's trim, bleed and media boxes lie on the PDF page. The media holds the trim, the
/// bleed around it and, with printer's marks, a band for the marks beyond the bleed. All sizes are
/// snapped to the renderer's pixel grid (0.1 mm) so the boxes written into the PDF agree exactly
/// with the page size Skia writes.
/// </summary>
/// <param name="Media">The whole PDF page, in points.</param>
/// <param name="TrimOrigin">Where the page's (0, 0) lies on the media, from the top-left, in points (the same on both axes).</param>
/// <param name="Bleed">How far the bleed box extends past the trim on each side, in points.</param>
internal readonly record struct PageBoxes(Size Media, double TrimOrigin, Size Trim, double Bleed)
{
    public static PageBoxes For(Page page, bool marks, double gridStep)
    {
        var bleed = Snap(Math.Max(0, page.Bleed), gridStep);
        var origin = bleed + (marks ? Snap(PrinterMarks.BandBeyondBleed, gridStep) : 0);
        var trim = new Size(Snap(page.Size.Width, gridStep), Snap(page.Size.Height, gridStep));
        return new PageBoxes(new Size(trim.Width + 2 * origin, trim.Height + 2 * origin), origin, trim, bleed);
    }

    /// <summary>TrimBox as a PDF rectangle (y up; the boxes are centred, so the flip changes nothing).</summary>
    public string TrimBox => PdfRectangle(TrimOrigin, Trim.Width, Trim.Height);

    public string BleedBox => PdfRectangle(TrimOrigin - Bleed, Trim.Width + 2 * Bleed, Trim.Height + 2 * Bleed);

    public string MediaBox => PdfRectangle(0, Media.Width, Media.Height);

    private string PdfRectangle(double inset, double width, double height) =>
        $"[{PdfSyntax.Number(inset)} {PdfSyntax.Number(inset)} {PdfSyntax.Number(inset + width)} {PdfSyntax.Number(inset + height)}]";

    private static double Snap(double points, double gridStep) => Math.Round(points / gridStep) * gridStep;
}
