using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Fitting;

/// <summary>
/// The page count of a pamphlet at each fitting step tried, composed once per step: the searches of
/// both fit4 targets, the survey and the error message all ask for the same steps.
/// </summary>
internal sealed class PageCounts(LayoutDefinition layout, Func<LayoutDefinition, IReadOnlyList<Page>> compose)
{
    private readonly Dictionary<double, Entry> entries = [];

    private sealed record Entry(int Pages, double FractionalPages);

    /// <summary>The layout at step <paramref name="step"/>; 0 is the layout as written.</summary>
    public LayoutDefinition LayoutAt(double step) => step == 0 ? layout : layout.Fitted(FittedSettings.At(layout, step));

    public int At(double step) => Get(step).Pages;

    /// <summary>Whole pages plus how far down the last page the text reaches, at <paramref name="step"/>.</summary>
    public double FractionalAt(double step) => Get(step).FractionalPages;

    /// <summary>Every count seen so far, ascending.</summary>
    public IReadOnlyList<int> Reached => [.. entries.Values.Select(e => e.Pages).Distinct().Order()];

    /// <summary>Composes every grid step <c>k / steps</c> of the range not tried yet, so <see cref="Reached"/> covers it all.</summary>
    public void SurveyAll(int steps)
    {
        for (var k = -steps; k <= steps; k++) At(k / (double)steps);
    }

    private Entry Get(double step)
    {
        if (entries.TryGetValue(step, out var known)) return known;
        var adjusted = LayoutAt(step);
        var pages = compose(adjusted);
        var entry = new Entry(pages.Count, FractionalPages(pages, adjusted));
        entries[step] = entry;
        return entry;
    }

    private static double FractionalPages(IReadOnlyList<Page> pages, LayoutDefinition layout)
    {
        if (pages.Count == 0) return 0;
        var top = layout.Page.Margins.Top;
        var bottoms = pages[^1].ItemsOf<GlyphRun>().Where(g => g.Role is not (FurnitureComposer.FolioRole or FurnitureComposer.FooterRole)).Select(g => g.Origin.Y).ToList();
        var fill = bottoms.Count == 0 ? 0 : Math.Clamp((bottoms.Max() - top) / layout.Page.TextHeight, 0, 1);
        return pages.Count - 1 + fill;
    }
}
