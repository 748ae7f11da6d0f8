using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>What an offset press needs of CMYK work (<c>--ink cmyk</c>): ink limits and overprinting black text.</summary>
internal static class CmykRules
{
    /// <summary>Any painting or measured image over <see cref="PrintLimits.MaxTotalInk"/> total ink (error): it smears, sets off and dries slowly.</summary>
    public static IEnumerable<Finding> TotalInk(PageFacts page, InkChoice ink)
    {
        if (ink.Kind != InkKind.Cmyk) yield break;
        var heavy = page.Paints.Where(p => p.TotalInk > PrintLimits.MaxTotalInk && !InkCoverage.IsRegistration(p.Space)).ToList();
        var images = page.Images.Where(i => i.MaxTotalInk > PrintLimits.MaxTotalInk).ToList();
        if (heavy.Count == 0 && images.Count == 0) yield break;
        var parts = new List<string>();
        if (heavy.Count > 0)
        {
            var worst = heavy.MaxBy(p => p.TotalInk)!;
            parts.Add($"{Wording.List(heavy.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => Wording.Count(g.Key, g.Sum(p => p.Count))).ToList())} " +
                      $"up to {Wording.Percent(worst.TotalInk!.Value)} ({BlackText.CmykText(worst.Components)})");
        }

        parts.AddRange(images.Select(i => $"image {i.Name} up to {Wording.Percent(i.MaxTotalInk!.Value)}"));
        yield return new Finding(Severity.Error, page.Number, "total-ink",
            $"more than {Wording.Percent(PrintLimits.MaxTotalInk)} total ink: {Wording.List(parts)}; so much ink smears and sets off on the next sheet. " +
            "Reduce it (a rich black such as C60 M40 Y40 K100 is 240 %)");
    }

    /// <summary>Black text of <see cref="PrintLimits.OverprintTextUpTo"/> or smaller that knocks out instead of overprinting (warning).</summary>
    public static IEnumerable<Finding> BlackTextOverprint(PageFacts page, InkChoice ink)
    {
        if (ink.Kind != InkKind.Cmyk) yield break;
        var knockout = page.Paints.Where(p => p.Kind == PaintKind.Text && p.Size <= PrintLimits.OverprintTextUpTo && !p.Overprint &&
                                              BlackText.Classify(p) is BlackKind.PureK).ToList();
        if (knockout.Count == 0) yield break;
        yield return new Finding(Severity.Warning, page.Number, "black-text-overprint",
            $"{Wording.Count(knockout.Sum(p => p.Count), "glyph", "glyphs")} of black text at {Wording.Points(PrintLimits.OverprintTextUpTo)} or smaller do not overprint: " +
            "on coloured backgrounds the slightest misregistration shows white edges. Set black text to overprint (ExtGState /OP true /op true /OPM 1; pamphlet build --ink cmyk does)");
    }
}
