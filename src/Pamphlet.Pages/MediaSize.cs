namespace Pamphlet.Pages;

/// <summary>
/// How large a PDF page (its media) may be, and what grows it beyond the trimmed page: the bleed and,
/// with printer's marks, a band for the marks beyond the bleed on every side.
/// </summary>
public static class MediaSize
{
    /// <summary>
    /// The longest page side PDF 1.7 allows (ISO 32000-1, Annex C: 14,400 units of 1/72 in, i.e.
    /// 200 in or 5,080 mm); readers refuse or clip larger pages.
    /// </summary>
    public const double MaxSide = 14_400;

    /// <summary>Media added beyond the bleed on every side to hold printer's marks (the usual 10 mm).</summary>
    public const double MarkBand = 10 * (72 / 25.4);

    /// <summary>The media side for a trim side of <paramref name="trim"/> points with this bleed, printer's marks included.</summary>
    public static double WithBleedAndMarks(double trim, double bleed) => trim + 2 * (PrintBleed.OnGrid(bleed) + MarkBand);
}
