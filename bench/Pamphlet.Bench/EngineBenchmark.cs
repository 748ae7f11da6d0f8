using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Text.Fonts;

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

    public static void Run(string sample, string quadruple, int warmup, int iterations, TextWriter output)
    {
        output.WriteLine($"Engine alone, in-process: {warmup} warm-up rounds of every build first, then {iterations} timed builds per row,");
        output.WriteLine("1× and 4× alternating so that load from other processes hits both alike; medians, ms (wall clock unless 'cpu').");
        output.WriteLine("'total' = parse + layout + compose + render (to memory); 'cpu' = process CPU time for the same, all threads.");
        output.WriteLine("'fonts' (indexing the bundled font folder) happens once per process, whatever the statement, and is not in 'total'.");
        output.WriteLine();
        // Tiered JIT recompiles hot methods in the background after ~30 calls; until that has settled,
        // whichever row runs first looks slower. Warm every build first, then measure.
        for (var i = 0; i < warmup; i++)
        {
            foreach (var fresh in new[] { true, false }) Measure([sample, quadruple], 0, 1, fresh);
        }
        // A CLI run starts with empty caches; a long-lived engine (tests, a future watch mode) keeps them.
        Table("Fresh engine per build (empty font and shaping caches, as in one CLI run; JIT warm)", freshEngine: true);
        Table("One engine reused for every build (font bytes and shaped words cached)", freshEngine: false);

        void Table(string title, bool freshEngine)
        {
            output.WriteLine(title);
            output.WriteLine($"  {"statement",-14} {"fonts",7} {"parse",7} {"layout",7} {"compose",8} {"render",7} {"total",8} {"min",7} {"cpu",7} {"pages",6} {"PDF KB",7}");
            var results = Measure([sample, quadruple], 1, iterations, freshEngine);
            foreach (var (name, r) in new[] { sample, quadruple }.Select(Label).Zip(results))
            {
                output.WriteLine($"  {name,-14} {r.Fonts.Median,7:0.0} {r.Phase[InMemoryBuild.Parse].Median,7:0.0} {r.Phase[InMemoryBuild.Layout].Median,7:0.0} " +
                    $"{r.Phase[InMemoryBuild.Compose].Median,8:0.0} {r.Phase[InMemoryBuild.Render].Median,7:0.0} {r.Total.Median,8:0.0} {r.Total.Min,7:0.0} " +
                    $"{r.Cpu.Median,7:0.0} {r.Pages,6} {r.PdfBytes / 1024,7}");
            }
            var (one, four) = (results[0], results[1]);
            var ratio = four.Total.Median / one.Total.Median;
            output.WriteLine($"  second/first (4×/1× in run.sh): total {ratio:0.00} (target ≤ {TargetRatio:0.0}: {(ratio <= TargetRatio ? "met" : "NOT met")}), " +
                $"cpu {four.Cpu.Median / one.Cpu.Median:0.00}, compose {four.Phase[InMemoryBuild.Compose].Median / one.Phase[InMemoryBuild.Compose].Median:0.00}, " +
                $"render {four.Phase[InMemoryBuild.Render].Median / one.Phase[InMemoryBuild.Render].Median:0.00}; pages {(double)four.Pages / one.Pages:0.00}");
            output.WriteLine();
        }
    }

    /// <summary>A row label: the file name without folder or extension, cut to the column width.</summary>
    private static string Label(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Length <= 14 ? name : name[..14];
    }

    private sealed record Result(Samples Fonts, Dictionary<string, Samples> Phase, Samples Total, Samples Cpu, int Pages, int PdfBytes);

    /// <summary>Builds each input in turn, <paramref name="warmup"/> + <paramref name="iterations"/> rounds; one result per input.</summary>
    private static Result[] Measure(string[] inputs, int warmup, int iterations, bool freshEngine)
    {
        var results = inputs.Select(_ => new Result(new Samples(), Phases.ToDictionary(p => p, _ => new Samples()), new Samples(), new Samples(), 0, 0)).ToArray();
        FontLibrary? shared = null;
        Composer? sharedComposer = null;
        try
        {
            for (var i = 0; i < warmup + iterations; i++)
            {
                for (var n = 0; n < inputs.Length; n++)
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
                        var outcome = InMemoryBuild.Run(inputs[n], composer);
                        if (i < warmup) continue;
                        var r = results[n];
                        r.Fonts.Add(setup.Wall);
                        foreach (var p in outcome.Times.Phases) r.Phase[p.Phase].Add(p.Wall);
                        r.Total.Add(outcome.Times.Wall);
                        r.Cpu.Add(outcome.Times.Cpu);
                        results[n] = r with { Pages = outcome.Pages, PdfBytes = outcome.Pdf.Length };
                    }
                    finally
                    {
                        if (freshEngine) fonts.Dispose();
                    }
                }
            }
        }
        finally
        {
            shared?.Dispose();
        }
        return results;
    }
}
