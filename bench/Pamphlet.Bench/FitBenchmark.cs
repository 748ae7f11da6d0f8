using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// <c>--pages fit4</c> against a plain build of the same statement and layout, the engine alone
/// (read, resolve, compose, render to memory), alternating so that load falls on both alike: with a
/// fresh composer per build (empty caches and no paragraphs kept, as in one CLI run; JIT warm) and
/// with one composer kept, keeping paragraphs, and the layout kept (as a watch keeps them). Also the
/// megabytes composing allocated (on the building thread), which for fit4 is mostly its trial steps.
/// </summary>
public static class FitBenchmark
{
    /// <summary>The issue's target: fit4 takes at most this many times as long as a plain build.</summary>
    public const double TargetRatio = 2;

    public static void Run(string statement, string layoutName, int warmup, int iterations, TextWriter output)
    {
        output.WriteLine($"fit4 against a plain build, {layoutName}, engine alone: {warmup} warm-up rounds, then {iterations} timed rounds,");
        output.WriteLine("plain and fit4 alternating; a full GC between builds. Medians, ms.");
        output.WriteLine();
        output.WriteLine($"  {"composer",-10} {"build",-6} {"layout",7} {"compose",8} {"render",7} {"total",8} {"min",7} {"pages",6} {"alloc MB",9}");
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        foreach (var fresh in new[] { true, false })
        {
            var kept = new Composer(fonts);
            kept.KeepParagraphs();
            var keptLayouts = new LayoutFileCache();
            var rows = new[] { (Name: "plain", Target: (PageTarget?)null), (Name: "fit4", Target: PageTarget.NearestMultipleOfFour) }
                .Select(r => (r.Name, r.Target, Layout: new Samples(), Compose: new Samples(), Render: new Samples(), Total: new Samples(), Allocated: new Samples(), Pages: 0)).ToArray();
            for (var i = 0; i < warmup + iterations; i++)
            {
                for (var r = 0; r < rows.Length; r++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var composer = fresh ? new Composer(fonts) : kept;
                    var times = new PhaseTimes();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var document = times.Time(InMemoryBuild.Parse, () => MarkdownReader.Read(statement));
                    var layout = times.Time(InMemoryBuild.Layout, () => new LayoutCatalog(PamphletEngine.CatalogFor(document.BaseDirectory).Folders, fresh ? null : keptLayouts).Resolve(layoutName));
                    var composed = times.Time(InMemoryBuild.Compose, () => composer.Compose(document, layout, rows[r].Target));
                    var composing = GC.GetAllocatedBytesForCurrentThread() - allocated;
                    times.Time(InMemoryBuild.Render, () => InMemoryBuild.RenderToMemory(composed.Document));
                    composer.EndBuild();
                    rows[r].Pages = composed.Document.Pages.Count;
                    if (i < warmup) continue;
                    rows[r].Layout.Add(times.Phases[1].Wall);
                    rows[r].Compose.Add(times.Phases[2].Wall);
                    rows[r].Render.Add(times.Phases[3].Wall);
                    rows[r].Total.Add(times.Wall);
                    rows[r].Allocated.Add(composing / 1e6);
                }
            }

            foreach (var row in rows)
            {
                output.WriteLine($"  {(fresh ? "fresh" : "kept"),-10} {row.Name,-6} {row.Layout.Median,7:0.0} {row.Compose.Median,8:0.0} {row.Render.Median,7:0.0} {row.Total.Median,8:0.0} {row.Total.Min,7:0.0} {row.Pages,6} {row.Allocated.Median,9:0.0}");
            }

            var ratio = rows[1].Total.Median / rows[0].Total.Median;
            output.WriteLine($"  fit4/plain ({(fresh ? "fresh composer" : "kept composer")}): total {ratio:0.00} (target ≤ {TargetRatio:0}: {(ratio <= TargetRatio ? "met" : "NOT met")}), compose {rows[1].Compose.Median / rows[0].Compose.Median:0.00}");
            if (!fresh) output.WriteLine($"  paragraphs kept by the kept composer: {kept.Paragraphs!.Count}");
            output.WriteLine();
        }
    }
}
