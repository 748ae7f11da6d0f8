using Pamphlet.Pages.Images;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Preflight.Rules;

/// <summary>The numbers the checks judge by, each with why it is that number.</summary>
public static class PrintLimits
{
    /// <summary>Below this a photo looks soft at reading distance (<see cref="PrintResolution.SharpPpi"/>, which composers also size photos by).</summary>
    public const double WarnBelowPpi = PrintResolution.SharpPpi;

    /// <summary>
    /// Below 100 ppi a PDF/X job is refused by most shops' preflight profiles: pixels show at arm's length
    /// on an offset press.
    /// </summary>
    public const double CmykErrorBelowPpi = 100;

    /// <summary>Lines thinner than 0.25 pt (0.09 mm) break up or vanish on presses, copiers and risographs alike.</summary>
    public const double ThinnestLine = 0.25;

    /// <summary>Text under 5 pt cannot be read in print and fills in on copiers and risographs.</summary>
    public const double SmallestText = 5;

    /// <summary>The total ink a press takes, in percent: the limit builds write within (<see cref="InkLimits.MaxTotalInk"/>).</summary>
    public const double MaxTotalInk = InkLimits.MaxTotalInk * 100;

    /// <summary>Black text at 12 pt and smaller should overprint: a hair of misregistration shows paper round thin letters.</summary>
    public const double OverprintTextUpTo = 12;

    /// <summary>The tint risograph builds cap large areas at (<see cref="InkLimits.RisoSolidCap"/>): above it solids smear and stick.</summary>
    public const double RisoSolidTint = InkLimits.RisoSolidCap;

    /// <summary>What counts as a large area, as builds judge it (<see cref="InkLimits.LargeAreaMinSide"/>).</summary>
    public const double RisoSolidSide = InkLimits.LargeAreaMinSide;

    /// <summary>
    /// A colour "looks black" when its naive lightness (Rec. 709 luma of its screen look) is at most 0.2
    /// and it is neutral: what readers take for black body text, such as #333 or C75 M68 Y67 K90.
    /// </summary>
    public const double BlackLightness = 0.2;

    /// <summary>A colour is neutral (grey, not a dark blue) when its screen look's channels differ by at most 0.1.</summary>
    public const double NeutralSpread = 0.1;
}
