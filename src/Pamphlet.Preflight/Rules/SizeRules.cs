using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>Printed sizes no machine reproduces well (warnings, every ink): hairlines and tiny text.</summary>
public static class SizeRules
{
    public const string ThinLineRule = "thin-line";
    public const string SmallTextRule = "small-text";

    /// <summary>Lines thinner than <see cref="PrintLimits.ThinnestLine"/> as printed (width 0 means the device's thinnest line).</summary>
    public static IEnumerable<Finding> ThinLines(PageFacts page, InkChoice ink)
    {
        var thin = page.Paints.Where(p => p.Kind == PaintKind.Stroke && p.Size < PrintLimits.ThinnestLine).ToList();
        if (thin.Count == 0) yield break;
        var thinnest = thin.Min(p => p.Size!.Value);
        yield return new Finding(Severity.Warning, page.Number, ThinLineRule,
            $"{Wording.Count(thin.Sum(p => p.Count), "line is", "lines are")} thinner than {Wording.Points(PrintLimits.ThinnestLine)} " +
            $"(the thinnest {(thinnest == 0 ? "0 pt, the device's thinnest" : Wording.Points(thinnest))}): hairlines break up or vanish in print. " +
            $"Make them at least {Wording.Points(PrintLimits.ThinnestLine)}");
    }

    /// <summary>Text printed smaller than <see cref="PrintLimits.SmallestText"/>.</summary>
    public static IEnumerable<Finding> SmallText(PageFacts page, InkChoice ink)
    {
        var small = page.Paints.Where(p => p.Kind == PaintKind.Text && p.Size < PrintLimits.SmallestText).ToList();
        if (small.Count == 0) yield break;
        yield return new Finding(Severity.Warning, page.Number, SmallTextRule,
            $"{Wording.Count(small.Sum(p => p.Count), "glyph is", "glyphs are")} printed smaller than {Wording.Points(PrintLimits.SmallestText)} " +
            $"(the smallest {Wording.Points(small.Min(p => p.Size!.Value))}): too small to read, and it fills in on copiers. Set text at {Wording.Points(PrintLimits.SmallestText)} or larger");
    }
}
