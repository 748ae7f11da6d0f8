using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>Which colour spaces each ink's machine can print: one rule per ink, each one finding per page with counts.</summary>
internal static class ColorSpaceRules
{
    public const string RuleName = "colour-space";

    /// <summary>
    /// <c>--ink black</c>: everything in black ink — grey spaces (DeviceGray, CalGray, grey ICC, Indexed on
    /// grey), registration (Separation All), CMYK and separations that hold black only. Anything else
    /// is an error: a black-only printer turns it grey its own way, often too light or too dark.
    /// </summary>
    public static IEnumerable<Finding> Black(PageFacts page, InkChoice ink)
    {
        if (ink.Kind != InkKind.Black) yield break;
        var off = page.Paints.Where(p => !IsBlackInk(p)).ToList();
        if (off.Count == 0) yield break;
        yield return new Finding(Severity.Error, page.Number, RuleName,
            $"painted in colour, not black ink only: {Wording.Usage(off)}; a black-only printer converts colour to grey its own way. " +
            "Convert it to greyscale (pamphlet build --ink black does)");
    }

    /// <summary>
    /// <c>--ink cmyk</c> (PDF/X-4 as this tool makes it): text and vectors in CMYK, grey or separations;
    /// images may also be ICC-based RGB or Lab (PDF/X-4 allows them), but not DeviceRGB, whose colours
    /// mean nothing without a profile.
    /// </summary>
    public static IEnumerable<Finding> Cmyk(PageFacts page, InkChoice ink)
    {
        if (ink.Kind != InkKind.Cmyk) yield break;
        var vectors = page.Paints.Where(p => p.Kind != PaintKind.Image && p.Space.Model is not (InkModel.Gray or InkModel.Cmyk or InkModel.Spot)).ToList();
        var images = page.Paints.Where(p => p.Kind == PaintKind.Image && IsDeviceRgb(p.Space)).ToList();
        if (vectors.Count > 0)
        {
            yield return new Finding(Severity.Error, page.Number, RuleName,
                $"text and vectors not in CMYK: {Wording.Usage(vectors)}; for PDF/X-4 here they must be CMYK, grey or spot colours, " +
                "or the shop's conversion decides how they print. Convert them to CMYK (pamphlet build --ink cmyk does)");
        }

        if (images.Count > 0)
        {
            yield return new Finding(Severity.Error, page.Number, RuleName,
                $"{Wording.Usage(images)}: RGB without a profile has no defined colour in PDF/X. Give the images an ICC profile (sRGB) or convert them to CMYK");
        }
    }

    /// <summary>
    /// <c>--ink riso:…</c>: only the chosen drums' inks — separations named after them, registration, and
    /// grey (which a risograph prints on its first drum, as its separations do).
    /// </summary>
    public static IEnumerable<Finding> Riso(PageFacts page, InkChoice ink)
    {
        if (ink.Kind != InkKind.Riso) yield break;
        var off = page.Paints.Where(p => !IsRisoInk(p.Space, ink)).ToList();
        if (off.Count == 0) yield break;
        var inks = Wording.List(ink.RisoInks.Select(i => i.Key).ToList());
        yield return new Finding(Severity.Error, page.Number, RuleName,
            $"painted in colours the risograph's drums ({inks}) do not hold: {Wording.Usage(off)}; each drum prints one ink. " +
            $"Use only spot colours named after those inks, or grey for the first drum ({ink.RisoInks[0].Key}); pamphlet build --ink {ink.Name} does");
    }

    /// <summary>Whether a painting uses black ink only.</summary>
    public static bool IsBlackInk(PaintFacts paint)
    {
        var space = paint.Space;
        if (space.Model == InkModel.Gray || InkCoverage.IsRegistration(space)) return true;
        var c = paint.Components;
        return space.Model switch
        {
            // CMYK holding only K prints with black ink alone; images and shadings have no components to tell.
            InkModel.Cmyk => space.Family != ColorFamily.Indexed && c.Count == 4 && c[0] == 0 && c[1] == 0 && c[2] == 0,
            InkModel.Spot => space.Colorants.All(n => n is "Black" or ColorSpaceInfo.AllColorant or ColorSpaceInfo.NoneColorant) ||
                             (c.Count == space.Colorants.Count && space.Colorants.Select((n, i) => n is "Black" or ColorSpaceInfo.NoneColorant || c[i] == 0).All(b => b)),
            _ => false,
        };
    }

    /// <summary>Whether a risograph with the chosen drums prints this space: grey (first drum), registration, or separations of its inks.</summary>
    public static bool IsRisoInk(ColorSpaceInfo space, InkChoice ink)
    {
        if (space.Model == InkModel.Gray) return true;
        if (space.Model != InkModel.Spot) return false;
        return space.Colorants.All(name =>
            name is ColorSpaceInfo.AllColorant or ColorSpaceInfo.NoneColorant ||
            RisoInks.Find(name) is { } found && ink.RisoInks.Contains(found));
    }

    private static bool IsDeviceRgb(ColorSpaceInfo space) =>
        space.Family == ColorFamily.DeviceRGB || space.Family == ColorFamily.Indexed && space.Base?.Family == ColorFamily.DeviceRGB;
}
