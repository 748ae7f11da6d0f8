namespace Pamphlet.Pages;

/// <summary>
/// Bleed widths as printshops state them: whole tenths of a millimetre. Metric bleeds (3 mm) already
/// are; the US 1/8 in (3.175 mm) is not and becomes 3.2 mm — the value US printshops quote in
/// millimetres, and what a preflight then reads back from the BleedBox. Rounding is UP: a bleed
/// narrower than the layout asked for would let the paper show at a slightly off cut.
/// </summary>
public static class PrintBleed
{
    /// <summary>0.1 mm in points.</summary>
    public const double GridStep = 72.0 / 254.0;

    /// <summary>Float noise allowed before a value counts as past a grid line (1e-6 of a step).</summary>
    private const double GridTolerance = 1e-6;

    /// <summary>The bleed, in points, rounded up to the 0.1 mm grid; negative or zero gives 0.</summary>
    public static double OnGrid(double bleed)
    {
        if (!(bleed > 0)) return 0;
        return Math.Ceiling(bleed / GridStep - GridTolerance) * GridStep;
    }

    /// <summary>The area a full-page background fills: the trim grown by the bleed on every side.</summary>
    public static Rect FullBleed(Size trim, double bleed) =>
        new(-bleed, -bleed, trim.Width + 2 * bleed, trim.Height + 2 * bleed);
}
