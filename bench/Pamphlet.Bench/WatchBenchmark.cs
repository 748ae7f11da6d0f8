using Pamphlet.Composition;
using Pamphlet.Engine;
using Pamphlet.Engine.Watching;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// What <c>pamphlet watch</c> does after a one-word edit: the sample, in a temporary copy, is built
/// warm, then one word of its first body paragraph is changed and changed back, and each rebuild is
/// timed. Per layout in memory, phase by phase (one warm composer; the PDF rendered to memory), and
/// as the watch runs it (a <see cref="StatementSession"/> on one warm engine, its default layouts,
/// PDFs written to the temporary folder).
/// </summary>
public static class WatchBenchmark
{
    /// <summary>The issue's target for a one-word edit of the sample, in milliseconds.</summary>
    public const double TargetMilliseconds = 100;

    private static readonly string[] Layouts = ["a5-pamphlet", "poster-a3"];

    private static readonly string[] Phases = [InMemoryBuild.Parse, InMemoryBuild.Layout, InMemoryBuild.Compose, InMemoryBuild.Render];

    public static void Run(string statement, int warmup, int iterations, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-watch-bench-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(statement))!)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var copy = Path.Combine(folder, Path.GetFileName(statement));
            var original = File.ReadAllText(copy);
            var edited = OneWordEdited(original);
            var round = 0;
            void Edit() => File.WriteAllText(copy, ++round % 2 == 0 ? original : edited);

            output.WriteLine($"Watch: one warm engine; {warmup} warm-up rebuilds, then {iterations} timed rebuilds, each after a one-word edit");
            output.WriteLine("(the edit and its undo alternate); a full GC between rebuilds, as a watch idles between saves. Medians, ms.");
            output.WriteLine();
            output.WriteLine($"  {"in memory",-14} {"parse",7} {"layout",7} {"compose",8} {"render",7} {"total",8} {"min",7} {"pages",6}");
            using (var fonts = new FontLibrary([FontLibrary.BundledFolder]))
            {
                var composer = new Composer(fonts);
                foreach (var layout in Layouts)
                {
                    var phase = Phases.ToDictionary(p => p, _ => new Samples());
                    var total = new Samples();
                    var pages = 0;
                    for (var i = 0; i < warmup + iterations; i++)
                    {
                        Edit();
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                        var outcome = InMemoryBuild.Run(copy, composer, layout);
                        pages = outcome.Pages;
                        if (i < warmup) continue;
                        foreach (var time in outcome.Times.Phases) phase[time.Phase].Add(time.Wall);
                        total.Add(outcome.Times.Wall);
                    }

                    output.WriteLine($"  {layout,-14} {phase[InMemoryBuild.Parse].Median,7:0.0} {phase[InMemoryBuild.Layout].Median,7:0.0} {phase[InMemoryBuild.Compose].Median,8:0.0} " +
                        $"{phase[InMemoryBuild.Render].Median,7:0.0} {total.Median,8:0.0} {total.Min,7:0.0} {pages,6}");
                }
            }

            using var engine = new PamphletEngine();
            var session = new StatementSession(engine, new BuildRequest(copy, [], Path.Combine(folder, "out")));
            var rebuilds = new Samples();
            for (var i = 0; i < warmup + iterations; i++)
            {
                Edit();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var result = session.Build();
                if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors));
                if (i >= warmup) rebuilds.Add(result.Elapsed.TotalMilliseconds);
            }

            output.WriteLine();
            output.WriteLine($"  session: the statement's layouts ({string.Join(" + ", PamphletEngine.DefaultLayouts)}), PDFs written: median {rebuilds.Median:0.0} ms, min {rebuilds.Min:0.0} ms " +
                $"(target ≤ {TargetMilliseconds:0}: {(rebuilds.Median <= TargetMilliseconds ? "met" : "NOT met")})");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The statement with the first word of five letters or more in its body changed (its first letter doubled).</summary>
    private static string OneWordEdited(string statement)
    {
        var body = statement.StartsWith("---", StringComparison.Ordinal) ? statement.IndexOf("\n---", 3, StringComparison.Ordinal) + 4 : 0;
        var paragraph = statement.IndexOf("\n\n", body, StringComparison.Ordinal) + 2;
        for (var at = paragraph; at < statement.Length; at++)
        {
            if (!char.IsLetter(statement[at]) || char.IsLetter(statement[at - 1])) continue;
            var end = at;
            while (end < statement.Length && char.IsLetter(statement[end])) end++;
            if (end - at >= 5) return statement[..at] + statement[at] + statement[at..];
        }

        throw new InvalidOperationException("The statement's body has no word of five letters or more to edit.");
    }
}
