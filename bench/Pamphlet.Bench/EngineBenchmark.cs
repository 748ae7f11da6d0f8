using Pamphlet.Composition;
using Pamphlet.Composition.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// The engine alone, in-process, after warm-up: the 1× and 4× statements built many times, phase by
/// phase, reporting medians and the 4×/1× ratio the issue sets a target for.
/// </summary>
public static class EngineBenchmark
{
    /// <summary>The issue's target: the 4× statement takes at most this many times as long as the 1× one.</summary>
    public const double TargetRatio = 1.5;

    private static readonly string[] Phases = [InMemoryBuild.Parse, InMemoryBuild.Layout, InMemoryBuild.Compose, InMemoryBuild.Render];

    public static void Run(string single, string quadruple, int warmup, int iterations, TextWriter output)
    {
        output.WriteLine($"Engine alone, in-process: {warmup} warm-up + {iterations} timed builds per row; medians, ms (wall clock unless 'cpu').");
        output.WriteLine("'total' = parse + layout + compose + render (to memory); 'cpu' = process CPU time for the same, all threads.");
        output.WriteLine("'fonts' (indexing the bundled font folder) happens once per process, whatever the statement, and is not in 'total'.");
        output.WriteLine();
        // A CLI run starts with empty caches; a long-lived engine (tests, a future watch mode) keeps them.
        Table("Fresh engine per build (empty font and shaping caches, as in one CLI run; JIT warm)", freshEngine: true);
        Table("One engine reused for every build (font bytes and shaped words cached)", freshEngine: false);

        void Table(string title, bool freshEngine)
        {
            output.WriteLine(title);
            output.WriteLine($"  {"",-4} {"fonts",7} {"parse",7} {"layout",7} {"compose",8} {"render",7} {"total",8} {"min",7} {"cpu",7} {"pages",6} {"PDF KB",7}");
            var rows = new[] { ("1×", single), ("4×", quadruple) }
                .Select(s => (Name: s.Item1, Result: Measure(s.Item2, warmup, iterations, freshEngine)))
                .ToList();
            foreach (var (name, r) in rows)
            {
                output.WriteLine($"  {name,-4} {r.Fonts.Median,7:0.0} {r.Phase[InMemoryBuild.Parse].Median,7:0.0} {r.Phase[InMemoryBuild.Layout].Median,7:0.0} " +
                    $"{r.Phase[InMemoryBuild.Compose].Median,8:0.0} {r.Phase[InMemoryBuild.Render].Median,7:0.0} {r.Total.Median,8:0.0} {r.Total.Min,7:0.0} " +
                    $"{r.Cpu.Median,7:0.0} {r.Pages,6} {r.PdfBytes / 1024,7}");
            }
            var (one, four) = (rows[0].Result, rows[1].Result);
            var ratio = four.Total.Median / one.Total.Median;
            output.WriteLine($"  4×/1×: total {ratio:0.00} (target ≤ {TargetRatio:0.0}: {(ratio <= TargetRatio ? "met" : "NOT met")}), " +
                $"cpu {four.Cpu.Median / one.Cpu.Median:0.00}, compose {four.Phase[InMemoryBuild.Compose].Median / one.Phase[InMemoryBuild.Compose].Median:0.00}, " +
                $"render {four.Phase[InMemoryBuild.Render].Median / one.Phase[InMemoryBuild.Render].Median:0.00}; pages {(double)four.Pages / one.Pages:0.00}");
            output.WriteLine();
        }
    }

    private sealed record Result(Samples Fonts, Dictionary<string, Samples> Phase, Samples Total, Samples Cpu, int Pages, int PdfBytes);

    private static Result Measure(string input, int warmup, int iterations, bool freshEngine)
    {
        var fontsTime = new Samples();
        var phase = Phases.ToDictionary(p => p, _ => new Samples());
        var total = new Samples();
        var cpu = new Samples();
        var pages = 0;
        var pdfBytes = 0;
        FontLibrary? shared = null;
        Composer? sharedComposer = null;
        try
        {
            for (var i = 0; i < warmup + iterations; i++)
            {
                // Collect between builds so one build's garbage is not charged to the next.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var setup = new PhaseTimes();
                FontLibrary fonts;
                Composer composer;
                if (freshEngine || shared is null)
                {
                    fonts = setup.Time("fonts", () => new FontLibrary([FontLibrary.BundledFolder]));
                    composer = new Composer(fonts);
                    if (!freshEngine) (shared, sharedComposer) = (fonts, composer);
                }
                else
                {
                    (fonts, composer) = (shared, sharedComposer!);
                    setup.Record("fonts", 0, 0);
                }

                try
                {
                    var outcome = InMemoryBuild.Run(input, composer);
                    if (i < warmup) continue;
                    fontsTime.Add(setup.Wall);
                    foreach (var p in outcome.Times.Phases) phase[p.Phase].Add(p.Wall);
                    total.Add(outcome.Times.Wall);
                    cpu.Add(outcome.Times.Cpu);
                    pdfBytes = outcome.Pdf.Length;
                    pages = outcome.Pages;
                }
                finally
                {
                    if (freshEngine) fonts.Dispose();
                }
            }
        }
        finally
        {
            shared?.Dispose();
        }
        return new Result(fontsTime, phase, total, cpu, pages, pdfBytes);
    }
}
