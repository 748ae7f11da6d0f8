using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>What a risograph does badly (<c>--ink riso:…</c>, warnings): transparency and large solids.</summary>
internal static class RisoRules
{
    /// <summary>Transparency in effect (opacity, soft masks, blend modes): riso drivers flatten it their own way; a transparency group alone is not counted.</summary>
    public static IEnumerable<Finding> Transparency(PageFacts page, InkChoice ink)
    {
        if (ink.Kind != InkKind.Riso || !page.Transparency.Effective) yield break;
        var t = page.Transparency;
        var parts = new List<string>();
        if (t.TranslucentPaints > 0) parts.Add($"{Wording.Count(t.TranslucentPaints, "painting", "paintings")} at opacity down to {Wording.Percent(t.MinOpacity * 100)}");
        if (t.SoftMasks > 0) parts.Add(Wording.Count(t.SoftMasks, "soft mask", "soft masks"));
        if (t.BlendModes.Count > 0) parts.Add($"blend {(t.BlendModes.Count == 1 ? "mode" : "modes")} {Wording.List(t.BlendModes)}");
        yield return new Finding(Severity.Warning, page.Number, "riso-transparency",
            $"uses transparency ({Wording.List(parts)}): risograph shops ask for PDFs without it, as their drivers flatten it unpredictably. Flatten it, or export without transparency");
    }

    /// <summary>Fills both sides of which are at least <see cref="PrintLimits.RisoSolidSide"/>, above <see cref="PrintLimits.RisoSolidTint"/>.</summary>
    public static IEnumerable<Finding> Solids(PageFacts page, InkChoice ink)
    {
        if (ink.Kind != InkKind.Riso) yield break;
        var solids = page.Paints.Where(p => p.Kind == PaintKind.Fill && p.LargestShortSide >= PrintLimits.RisoSolidSide &&
                                            InkCoverage.Strongest(p.Space, p.Components) > PrintLimits.RisoSolidTint).ToList();
        if (solids.Count == 0) yield break;
        var strongest = solids.Max(p => InkCoverage.Strongest(p.Space, p.Components)!.Value);
        yield return new Finding(Severity.Warning, page.Number, "riso-solid",
            $"{Wording.Count(solids.Sum(p => p.Count), "solid area", "solid areas")} at least {Wording.Mm(PrintLimits.RisoSolidSide)} mm across " +
            $"above {Wording.Percent(PrintLimits.RisoSolidTint * 100)} tint (up to {Wording.Percent(strongest * 100)}): large solids smear and stick on a risograph. " +
            $"Lighten them to {Wording.Percent(PrintLimits.RisoSolidTint * 100)} or less");
    }
}
