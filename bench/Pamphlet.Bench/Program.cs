using System.Globalization;
using Pamphlet.Bench;

// pamphlet-bench engine ONE.md FOUR.md [--iterations N] [--warmup N]   in-process engine timing
// pamphlet-bench cold STATEMENT.md [--runs N]                            cold-start profile (fresh processes)
// pamphlet-bench cold-once STATEMENT.md                                  one profile, tab-separated (used by 'cold')
// pamphlet-bench fit STATEMENT.md [LAYOUT] [--iterations N] [--warmup N]   --pages fit4 against a plain build (issue 13)
// pamphlet-bench watch STATEMENT.md [--iterations N] [--warmup N]          rebuilds after a one-word edit, warm (issue 14)
// pamphlet-bench allocations STATEMENT.md [--types]                     bytes allocated per phase, first build and again
// pamphlet-bench noop                                                    does nothing: the runtime's own start-up floor
// pamphlet-bench longword [LENGTH…]                                      one paragraph of one huge word (default 100000 1000000)
// pamphlet-bench photos STATEMENT.md [--iterations N]                    photos in colour, black and a risograph ink (PDFs to bench/out)
// pamphlet-bench preflight FILE.pdf [--iterations N] [--warmup N]        reading a PDF's preflight facts in-process
// pamphlet-bench typography STATEMENT.md LAYOUT [--details]              typographic counts from the Pages model, tab-separated
// pamphlet-bench typography-header                                       the names of those columns
// pamphlet-bench typography-layouts                                      the bundled pamphlet layouts, one name a line
// pamphlet-bench display-lines STATEMENT.md LAYOUT                       the display lines (titles, headings, pull quotes, slogans) as set
// pamphlet-bench word-gaps STATEMENT.md LAYOUT                           word spacing of justified body lines from the Pages model (Arabic too)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

switch (args.FirstOrDefault())
{
    case "noop":
        return 0;
    case "longword":
        LongWordBenchmark.Run(args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [100_000, 1_000_000], Console.Out);
        return 0;
    case "allocations" when args.Length >= 2:
        AllocationProfile.Run(args[1], Console.Out, args.Contains("--types"));
        return 0;
    case "cold-once" when args.Length >= 2:
        ColdProfile.Write(ColdProfile.Measure(args[1]), Console.Out);
        return 0;
    case "cold" when args.Length >= 2:
        ColdProfileRunner.Run(args[1], Option("--runs", 5), Console.Out);
        return 0;
    case "preflight" when args.Length >= 2:
        PreflightBenchmark.Run(args[1], Option("--warmup", 20), Option("--iterations", 50), Console.Out);
        return 0;
    case "engine" when args.Length >= 3:
        EngineBenchmark.Run(args[1], args[2], Option("--warmup", 10), Option("--iterations", 20), Console.Out);
        RenderAblation.Run(args[1], 3, Option("--iterations", 20), Console.Out);
        return 0;
    case "fit" when args.Length >= 2:
        FitBenchmark.Run(args[1], args.Length >= 3 && !args[2].StartsWith("--", StringComparison.Ordinal) ? args[2] : "a5-pamphlet", Option("--warmup", 5), Option("--iterations", 11), Console.Out);
        return 0;
    case "watch" when args.Length >= 2:
        WatchBenchmark.Run(args[1], Option("--warmup", 20), Option("--iterations", 30), Console.Out);
        return 0;
    case "photos" when args.Length >= 2:
        PhotoInkBenchmark.Run(args[1], Option("--warmup", 3), Option("--iterations", 10), Path.Combine("bench", "out"), Console.Out);
        return 0;
    case "typography" when args.Length >= 3:
        TypographyBenchmark.Run(args[1], args[2], args.Contains("--details"), Console.Out, Console.Error);
        return 0;
    case "typography-layouts":
        foreach (var name in TypographyBenchmark.PamphletLayouts()) Console.WriteLine(name);
        return 0;
    case "display-lines" when args.Length >= 3:
        DisplayLines.Run(args[1], args[2], Console.Out);
        return 0;
    case "poster-sizes" when args.Length >= 3:
        PosterSizes.Run(args[1], args[2], Console.Out);
        return 0;
    case "word-gaps" when args.Length >= 3:
        WordGaps.Run(args[1], args[2], Console.Out);
        return 0;
    case "typography-header":
        Console.WriteLine(TypographyBenchmark.Header);
        return 0;
    default:
        Console.Error.WriteLine("usage: Pamphlet.Bench engine ONE.md FOUR.md [--iterations N] [--warmup N] | watch STATEMENT.md [--iterations N] [--warmup N] | fit STATEMENT.md [LAYOUT] [--iterations N] [--warmup N] | cold STATEMENT.md [--runs N] | cold-once STATEMENT.md | longword [LENGTH…] | photos STATEMENT.md [--iterations N] | preflight FILE.pdf [--iterations N] [--warmup N] | typography STATEMENT.md LAYOUT [--details] | typography-header | typography-layouts | display-lines STATEMENT.md LAYOUT | poster-sizes STATEMENT.md LAYOUT | word-gaps STATEMENT.md LAYOUT | noop");
        return 2;
}
