using Pamphlet.Pages;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Rendering;

/// <summary>
/// Where a page's trim, bleed and media boxes lie on the PDF page. The media holds the trim, the
/// bleed around it and, with printer's marks, a band for the marks beyond the bleed.
/// </summary>
/// <param name="Media">The whole PDF page, in points.</param>
/// <param name="TrimOrigin">Where the page's (0, 0) lies on the media, from the top-left, in points (the same on both axes).</param>
/// <param name="Bleed">How far the bleed box extends past the trim on each side, in points.</param>
internal readonly record struct PageBoxes(Size Media, double TrimOrigin, Size Trim, double Bleed)
{
    public static PageBoxes For(Page page, bool marks)
    {
        var bleed = Math.Max(0, page.Bleed);
        var origin = bleed + (marks ? PrinterMarks.BandBeyondBleed : 0);
        return new PageBoxes(new Size(page.Size.Width + 2 * origin, page.Size.Height + 2 * origin), origin, page.Size, bleed);
    }

    /// <summary>
    /// The trim's top-left corner in PDF user space (origin bottom-left, y up): page coordinates
    /// (origin top-left, y down) map to PDF as (x + TrimLeft, TrimTop − y).
    /// </summary>
    public double TrimLeft => TrimOrigin;

    /// <inheritdoc cref="TrimLeft"/>
    public double TrimTop => Media.Height - TrimOrigin;

    /// <summary>A page-coordinate rectangle as a PDF rectangle [left bottom right top].</summary>
    public string ToPdf(Rect area) => PdfValue.Rectangle(TrimLeft + area.X, TrimTop - area.Bottom, TrimLeft + area.Right, TrimTop - area.Y);

    /// <summary>TrimBox as a PDF rectangle (y up; the boxes are centred, so the flip changes nothing).</summary>
    public string TrimBox => PdfRectangle(TrimOrigin, Trim.Width, Trim.Height);

    public string BleedBox => PdfRectangle(TrimOrigin - Bleed, Trim.Width + 2 * Bleed, Trim.Height + 2 * Bleed);

    public string MediaBox => PdfRectangle(0, Media.Width, Media.Height);

    private static string PdfRectangle(double inset, double width, double height) =>
        PdfValue.Rectangle(inset, inset, inset + width, inset + height);
}
