using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>How black text is made, for a press.</summary>
public enum BlackKind
{
    /// <summary>Not black (a colour, a light grey).</summary>
    NotBlack,

    /// <summary>Black ink only: DeviceGray, a grey ICC space, CMYK with no C, M or Y, a separation named Black.</summary>
    PureK,

    /// <summary>CMYK black with cyan, magenta or yellow under it.</summary>
    RichBlack,

    /// <summary>Black given as a screen colour (RGB, Lab): a press prints it in all four inks.</summary>
    ScreenBlack,
}

/// <summary>Black text that is not black ink only: blurred by the slightest misregistration on a press.</summary>
public static class BlackText
{
    /// <summary>
    /// A Lab colour is neutral when a* and b* are within 10 of 0: about the <see cref="PrintLimits.NeutralSpread"/>
    /// of 0.1 in screen channels, where a dark colour stops reading as black.
    /// </summary>
    private const double LabNeutralChroma = 10;

    /// <summary>What a painting's colour is as black: K only, rich, from a screen colour, or not black at all.</summary>
    public static BlackKind Classify(PaintFacts paint)
    {
        var space = paint.Space;
        var c = paint.Components;
        switch (space.Model)
        {
            case InkModel.Gray when space.Family != ColorFamily.Indexed && c.Count == 1:
                return c[0] <= PrintLimits.BlackLightness ? BlackKind.PureK : BlackKind.NotBlack;
            case InkModel.Cmyk when space.Family != ColorFamily.Indexed && c.Count == 4:
                if (!LooksBlack((1 - c[0]) * (1 - c[3]), (1 - c[1]) * (1 - c[3]), (1 - c[2]) * (1 - c[3]))) return BlackKind.NotBlack;
                return c[0] == 0 && c[1] == 0 && c[2] == 0 ? BlackKind.PureK : BlackKind.RichBlack;
            case InkModel.Rgb when space.Family != ColorFamily.Indexed && c.Count == 3:
                return LooksBlack(c[0], c[1], c[2]) ? BlackKind.ScreenBlack : BlackKind.NotBlack;
            case InkModel.Lab when c.Count == 3:
                // L* runs 0..100; a* and b* near 0 are neutral.
                return c[0] <= PrintLimits.BlackLightness * 100 && Math.Abs(c[1]) <= LabNeutralChroma && Math.Abs(c[2]) <= LabNeutralChroma
                    ? BlackKind.ScreenBlack
                    : BlackKind.NotBlack;
            case InkModel.Spot when space.Colorants is ["Black"] && c.Count == 1:
                return c[0] >= 1 - PrintLimits.BlackLightness ? BlackKind.PureK : BlackKind.NotBlack;
            default:
                return BlackKind.NotBlack;
        }
    }

    /// <summary>
    /// Black text in RGB or rich CMYK (warning), for <c>color</c> and <c>cmyk</c>: in cmyk, RGB is already
    /// an error of its own (<see cref="ColorSpaceRules.Cmyk"/>), so only rich black is reported here.
    /// </summary>
    public static IEnumerable<Finding> NotBlackInkOnly(PageFacts page, InkChoice ink)
    {
        if (ink.Kind is not (InkKind.Color or InkKind.Cmyk)) yield break;
        var text = page.Paints.Where(p => p.Kind == PaintKind.Text).Select(p => (Paint: p, Kind: Classify(p))).ToList();
        var screen = text.Where(t => t.Kind == BlackKind.ScreenBlack && ink.Kind == InkKind.Color).Select(t => t.Paint).ToList();
        var rich = text.Where(t => t.Kind == BlackKind.RichBlack).Select(t => t.Paint).ToList();
        if (screen.Count == 0 && rich.Count == 0) yield break;
        var parts = new List<string>();
        if (screen.Count > 0) parts.Add(Wording.Usage(screen));
        if (rich.Count > 0) parts.Add($"{Wording.Count(rich.Sum(p => p.Count), "glyph", "glyphs")} in rich black ({Wording.List(rich.Select(p => CmykText(p.Components)).Distinct().Take(3).ToList())})");
        var what = screen.Count > 0
            ? "black text in RGB prints as four-colour black, blurred on a press"
            : "black text in several inks blurs with the slightest misregistration";
        yield return new Finding(Severity.Warning, page.Number, "black-text-not-k",
            $"black text made of more than black ink: {Wording.List(parts)}; {what}. Make black text K only (DeviceGray, or CMYK 0/0/0/100)");
    }

    private static bool LooksBlack(double r, double g, double b) =>
        MonochromeImage.Lightness(r, g, b) <= PrintLimits.BlackLightness &&
        Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) <= PrintLimits.NeutralSpread;

    /// <summary>CMYK components as the messages write them: "C60 M40 Y40 K100" (other components as numbers).</summary>
    internal static string CmykText(IReadOnlyList<double> c) => c.Count == 4
        ? $"C{Wording.Number(c[0] * 100)} M{Wording.Number(c[1] * 100)} Y{Wording.Number(c[2] * 100)} K{Wording.Number(c[3] * 100)}"
        : string.Join(" ", c.Select(v => Wording.Number(v, "0.###")));
}
