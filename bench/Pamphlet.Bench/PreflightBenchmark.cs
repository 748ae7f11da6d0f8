using System.Diagnostics;
using System.Globalization;
using Pamphlet.Preflight;

namespace Pamphlet.Bench;

/// <summary>
/// Times <see cref="PdfInspector.Inspect(ReadOnlyMemory{byte}, string)"/> (and the rules after it) on a
/// PDF held in memory, as a build would re-read its own bytes: the first call in the process (JIT and
/// PdfPig's start-up included), then warm calls.
/// </summary>
public static class PreflightBenchmark
{
    public static void Run(string path, int warmup, int iterations, TextWriter output)
    {
        var bytes = File.ReadAllBytes(path);
        var clock = Stopwatch.StartNew();
        var facts = PdfInspector.Inspect(bytes, path);
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var findings = PreflightRules.Check(facts, Pages.Inks.InkChoice.Color);
        var firstRules = clock.Elapsed.TotalMilliseconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {bytes.Length / 1024} KiB, {facts.Pages.Count} pages, {findings.Count} findings for --ink color"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first call in the process: inspect {first:F1} ms, rules {firstRules:F2} ms"));

        for (var i = 0; i < warmup; i++) PdfInspector.Inspect(bytes, path);
        var inspect = new List<double>();
        var rules = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            clock.Restart();
            facts = PdfInspector.Inspect(bytes, path);
            inspect.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            PreflightRules.Check(facts, Pages.Inks.InkChoice.Cmyk);
            rules.Add(clock.Elapsed.TotalMilliseconds);
        }

        // CPU time of a batch, divided: on a machine shared with other work, wall-clock times swing, CPU time far less.
        var cpuStart = CpuClock.NowMilliseconds();
        for (var i = 0; i < iterations; i++) PdfInspector.Inspect(bytes, path);
        var cpu = (CpuClock.NowMilliseconds() - cpuStart) / iterations;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        PdfInspector.Inspect(bytes, path);
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024;
        inspect.Sort();
        rules.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm ({warmup} warm-up, {iterations} timed): inspect min {inspect[0]:F2} ms, median {inspect[inspect.Count / 2]:F2} ms, max {inspect[^1]:F2} ms; CPU {cpu:F2} ms per inspect, {allocated:N0} KiB allocated; rules median {rules[rules.Count / 2]:F3} ms"));
    }
}
