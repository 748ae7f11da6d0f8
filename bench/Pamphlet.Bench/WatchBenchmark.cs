using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Engine;
using Pamphlet.Engine.Watching;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// What <c>pamphlet watch</c> does after a one-word edit: the sample, in a temporary copy, is built
/// warm, then one word of its first body paragraph is changed (to another word each time), and each
/// rebuild is timed. Per layout in memory, phase by phase (one warm composer; the PDF rendered to memory), and
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
            var round = 0;
            // Every rebuild sees a word it has not seen before, as when someone types: an edit and its undo
            // alternating would find both versions of the paragraph already set.
            void Edit() => File.WriteAllText(copy, OneWordEdited(original, ++round));

            output.WriteLine($"Watch: one warm engine; {warmup} warm-up rebuilds, then {iterations} timed rebuilds, each after a one-word edit");
            output.WriteLine("(another word each time); a full GC between rebuilds, as a watch idles between saves. Medians, ms.");
            output.WriteLine();
            output.WriteLine($"  {"in memory",-14} {"parse",7} {"layout",7} {"compose",8} {"render",7} {"total",8} {"min",7} {"pages",6}");
            using (var fonts = new FontLibrary([FontLibrary.BundledFolder]))
            {
                var composer = new Composer(fonts);
                composer.KeepParagraphs();
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
                        composer.EndBuild();
                        pages = outcome.Pages;
                        if (i < warmup) continue;
                        foreach (var time in outcome.Times.Phases) phase[time.Phase].Add(time.Wall);
                        total.Add(outcome.Times.Wall);
                    }

                    output.WriteLine($"  {layout,-14} {phase[InMemoryBuild.Parse].Median,7:0.0} {phase[InMemoryBuild.Layout].Median,7:0.0} {phase[InMemoryBuild.Compose].Median,8:0.0} " +
                        $"{phase[InMemoryBuild.Render].Median,7:0.0} {total.Median,8:0.0} {total.Min,7:0.0} {pages,6}");
                }
            }

            SessionCosts(copy, Path.Combine(folder, "costs"), warmup, iterations, output);

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
            output.WriteLine($"  paragraph cache: {engine.Paragraphs!.Count} settings held; {engine.Paragraphs.Hits} hits, {engine.Paragraphs.Misses} misses over all rebuilds");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// What a session's build does besides composing and rendering, each step timed alone: reading the
    /// statement, resolving its two layouts (afresh, and kept by a <see cref="Pamphlet.Layouts.LayoutFileCache"/> as
    /// the engine does), checking its images (decoded afresh, and remembered as the engine does), preparing
    /// the output folder and writing one PDF's bytes atomically (temporary file, fsync, rename) or plainly.
    /// </summary>
    private static void SessionCosts(string statement, string outFolder, int warmup, int iterations, TextWriter output)
    {
        var steps = new[] { "read", "layouts", "layouts kept", "images", "images kept", "out folder", "write (fsync)", "write (no fsync)" };
        var layoutFiles = new Pamphlet.Layouts.LayoutFileCache();
        var knownImages = new DecodedImages();
        var times = steps.ToDictionary(s => s, _ => new Samples());
        var pdf = new byte[700_000];
        Random.Shared.NextBytes(pdf);
        Directory.CreateDirectory(outFolder);
        for (var i = 0; i < warmup + iterations; i++)
        {
            void Time(string step, Action action)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                action();
                if (i >= warmup) times[step].Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            Pamphlet.Documents.Model.Document document = null!;
            Time("read", () => document = Pamphlet.Documents.Markdown.MarkdownReader.Read(statement));
            Time("layouts", () =>
            {
                var catalog = PamphletEngine.CatalogFor(document.BaseDirectory);
                foreach (var layout in Layouts) catalog.Resolve(layout);
            });
            Time("layouts kept", () =>
            {
                var catalog = new Pamphlet.Layouts.LayoutCatalog(PamphletEngine.CatalogFor(document.BaseDirectory).Folders, layoutFiles);
                foreach (var layout in Layouts) catalog.Resolve(layout);
            });
            Time("images", () => ImageChecks.Verify(document, new HashSet<string>(StringComparer.Ordinal), new DecodedImages()));
            Time("images kept", () => ImageChecks.Verify(document, new HashSet<string>(StringComparer.Ordinal), knownImages));
            Time("out folder", () => PamphletEngine.PrepareOutputFolder(outFolder));
            Time("write (fsync)", () => AtomicFile.Write(Path.Combine(outFolder, "x.pdf"), stream => stream.Write(pdf)));
            Time("write (no fsync)", () => File.WriteAllBytes(Path.Combine(outFolder, "y.pdf"), pdf));
        }

        output.WriteLine();
        output.WriteLine("  a session build's other steps, each alone (median ms): " + string.Join(", ", steps.Select(s => $"{s} {times[s].Median:0.0}")));
    }

    /// <summary>
    /// The statement with the first word of five letters or more in its body changed: a letter pair made
    /// from <paramref name="round"/> (aa, ab, … zz, then again) put after its first letter, so that
    /// consecutive rounds give different words.
    /// </summary>
    private static string OneWordEdited(string statement, int round)
    {
        var inserted = $"{(char)('a' + round / 26 % 26)}{(char)('a' + round % 26)}";
        var body = statement.StartsWith("---", StringComparison.Ordinal) ? statement.IndexOf("\n---", 3, StringComparison.Ordinal) + 4 : 0;
        var paragraph = statement.IndexOf("\n\n", body, StringComparison.Ordinal) + 2;
        for (var at = paragraph; at < statement.Length; at++)
        {
            if (!char.IsLetter(statement[at]) || char.IsLetter(statement[at - 1])) continue;
            var end = at;
            while (end < statement.Length && char.IsLetter(statement[end])) end++;
            if (end - at >= 5) return statement[..(at + 1)] + inserted + statement[(at + 1)..];
        }

        throw new InvalidOperationException("The statement's body has no word of five letters or more to edit.");
    }
}
