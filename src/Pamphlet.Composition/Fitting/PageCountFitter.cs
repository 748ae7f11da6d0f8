using System.Globalization;
using Pamphlet.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Fitting;

/// <summary>
/// Lands a pamphlet on a page count by moving the body size, leading, paragraph space and figure
/// height together within the layout's <c>fitting:</c> ranges: one step t in [-1, 1] (0 = the layout as
/// written) applied to all of them, and the smallest |t| that gives the count. Page count is monotone
/// in t (more generous settings never take fewer pages), so a bisection finds it.
/// </summary>
public sealed class PageCountFitter(Func<LayoutDefinition, IReadOnlyList<Page>> compose)
{
    /// <summary>Bisection steps: 2⁻¹² of the range is far below a visible change (≈ 0.0003 pt of body size).</summary>
    private const int Steps = 12;

    public sealed record Fit(double Step, LayoutDefinition Layout, IReadOnlyList<Page> Pages);

    /// <summary>The layout adjusted by step <paramref name="t"/>.</summary>
    public static LayoutDefinition Adjust(LayoutDefinition layout, double t)
    {
        var fitting = layout.Fitting!;
        var body = layout.Styles.Body;
        var size = fitting.BodySize.At(t, body.Font.Size);
        var leading = fitting.Leading.At(t, body.Font.Leading);
        return layout with
        {
            Text = layout.Text with { ParagraphSpace = fitting.ParagraphSpace.At(t, layout.Text.ParagraphSpace) },
            Styles = layout.Styles with
            {
                Body = body with { Font = body.Font with { Size = size, Leading = leading } },
                Figure = layout.Styles.Figure with { MaxHeightShare = fitting.ImageShare.At(t, layout.Styles.Figure.MaxHeightShare) },
            },
        };
    }

    /// <param name="target">A page count, or <see cref="PageFitting.NearestMultipleOfFour"/>.</param>
    public Fit FitTo(LayoutDefinition layout, int target, SourceLocation at, int wordCount)
    {
        if (layout.Fitting is null)
        {
            throw new PamphletException(at,
                $"layout '{layout.Name}' has no 'fitting:' ranges, so it cannot be adjusted to a page count; add a 'fitting:' section (see layouts/README.md) or build without --pages.");
        }
        var natural = compose(layout);
        var targets = target == PageFitting.NearestMultipleOfFour
            ? new[] { (natural.Count + 3) / 4 * 4, natural.Count / 4 * 4 }.Where(n => n > 0).Distinct().ToArray()
            : [target];
        if (targets.Contains(natural.Count)) return new Fit(0, layout, natural);

        Fit? best = null;
        foreach (var n in targets)
        {
            if (TryFit(layout, n, natural.Count) is { } fit && (best is null || Math.Abs(fit.Step) < Math.Abs(best.Step))) best = fit;
        }
        return best ?? throw Impossible(layout, targets, natural.Count, at, wordCount);
    }

    private Fit? TryFit(LayoutDefinition layout, int target, int natural)
    {
        // Fewer pages: tighten (t < 0); more pages: loosen (t > 0).
        var direction = target < natural ? -1 : 1;
        var extreme = compose(Adjust(layout, direction));
        if (direction < 0 ? extreme.Count > target : extreme.Count < target) return null;

        double near = 0, far = direction;
        for (var i = 0; i < Steps; i++)
        {
            var mid = (near + far) / 2;
            var pages = compose(Adjust(layout, mid)).Count;
            if (direction < 0 ? pages <= target : pages >= target) far = mid; else near = mid;
        }
        var adjusted = Adjust(layout, far);
        var result = compose(adjusted);
        return result.Count == target ? new Fit(far, adjusted, result) : null;
    }

    private PamphletException Impossible(LayoutDefinition layout, int[] targets, int natural, SourceLocation at, int wordCount)
    {
        var wordsPerPage = natural > 0 ? wordCount / (double)natural : 0;
        var wanted = string.Join(" or ", targets.OrderBy(n => n)) + " pages";
        var advice = new List<string>();
        var facts = new List<string>();
        foreach (var n in targets.OrderBy(n => n))
        {
            var shrinking = n < natural;
            var needed = FractionalPages(compose(Adjust(layout, shrinking ? -1 : 1)), layout);
            facts.Add($"{needed.ToString("0.0", CultureInfo.InvariantCulture)} pages at the {(shrinking ? "smallest" : "largest")} allowed settings");
            advice.Add(shrinking
                ? $"remove ≈ {Round((needed - n) * wordsPerPage)} words{(targets.Length > 1 ? $" for {n} pages" : "")}"
                : $"add ≈ {Round((n - needed) * wordsPerPage)} words{(targets.Length > 1 ? $" for {n} pages" : "")}");
        }
        var allow = targets.Length == 1
            ? $" or allow {(targets[0] < natural ? (natural + 3) / 4 * 4 : Math.Max(4, natural / 4 * 4))} pages"
            : " or widen the layout's fitting: ranges";
        return new PamphletException(at,
            $"cannot set this statement on {wanted} with layout '{layout.Name}': it needs {string.Join(" and ", facts)}; {string.Join(", or ", advice)}{allow}.");
    }

    private static string Round(double words) => (Math.Max(10, Math.Round(words / 10) * 10)).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Whole pages plus how far down the last page the text reaches.</summary>
    private static double FractionalPages(IReadOnlyList<Page> pages, LayoutDefinition layout)
    {
        var last = pages[^1];
        var top = layout.Page.Margins.Top;
        var bottoms = last.ItemsOf<GlyphRun>().Where(g => g.Role is not ("folio" or "footer")).Select(g => g.Origin.Y).ToList();
        var fill = bottoms.Count == 0 ? 0 : Math.Clamp((bottoms.Max() - top) / layout.Page.TextHeight, 0, 1);
        return pages.Count - 1 + fill;
    }
}
