using System.Diagnostics;
using System.Globalization;

namespace Pamphlet.Bench;

/// <summary>
/// Runs <see cref="ColdProfile"/> in several fresh processes (a cold start can only be measured once
/// per process) and prints the median of each phase, plus the child processes' wall-clock time.
/// </summary>
public static class ColdProfileRunner
{
    private const int Columns = 4;

    public static void Run(string input, int runs, TextWriter output)
    {
        var samples = new Dictionary<string, Samples[]>();
        var order = new List<string>();
        var wall = new Samples();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var lines = RunChild(input);
            wall.Add(clock.Elapsed.TotalMilliseconds);
            foreach (var parts in lines.Select(l => l.Split('\t')))
            {
                if (!samples.TryGetValue(parts[0], out var columns))
                {
                    order.Add(parts[0]);
                    samples[parts[0]] = columns = [.. Enumerable.Range(0, Columns).Select(_ => new Samples())];
                }
                for (var c = 0; c < Columns; c++)
                {
                    var value = double.Parse(parts[c + 1], CultureInfo.InvariantCulture);
                    if (!double.IsNaN(value)) columns[c].Add(value);
                }
            }
        }

        output.WriteLine($"Cold start profile of {Path.GetFileName(input)}: medians of {runs} fresh processes, ms.");
        output.WriteLine("'first' = the first build in a fresh process (JIT, native libraries, empty caches); 'again' = the same step repeated");
        output.WriteLine("in that process. first − again is start-up overhead (mostly JIT); 'again' is the work itself.");
        output.WriteLine($"  {"phase",-46} {"first",7} {"cpu",7} {"again",7} {"cpu",7} {"first−again",12}");
        var sums = new double[Columns];
        foreach (var phase in order)
        {
            var medians = samples[phase].Select(s => s.Count > 0 ? s.Median : double.NaN).ToArray();
            for (var c = 0; c < Columns; c++) sums[c] += double.IsNaN(medians[c]) ? 0 : medians[c];
            output.WriteLine($"  {phase,-46} {Cell(medians[0])} {Cell(medians[1])} {Cell(medians[2])} {Cell(medians[3])} {Cell(medians[0] - medians[2]),12}");
        }
        output.WriteLine($"  {"sum",-46} {Cell(sums[0])} {Cell(sums[1])} {Cell(sums[2])} {Cell(sums[3])} {Cell(sums[0] - sums[2]),12}");
        output.WriteLine($"  whole child process, wall clock (incl. runtime start and shutdown): median {wall.Median:0.0}, min {wall.Min:0.0}");
        WriteStages(order, samples, output);
        output.WriteLine();
    }

    /// <summary>The first build's phases summed by stage (read, compose, render, write), each a share of the whole.</summary>
    private static void WriteStages(List<string> order, Dictionary<string, Samples[]> samples, TextWriter output)
    {
        var stages = order.GroupBy(ColdProfile.Stage)
            .Select(g => (Stage: g.Key, Wall: g.Sum(p => Median(samples[p][0])), Cpu: g.Sum(p => Median(samples[p][1]))))
            .ToList();
        var wall = stages.Sum(s => s.Wall);
        var cpu = stages.Sum(s => s.Cpu);
        output.WriteLine("  where the time goes (first build, medians summed by stage):");
        foreach (var (stage, stageWall, stageCpu) in stages)
        {
            output.WriteLine(FormattableString.Invariant($"    {stage,-24} wall {stageWall,6:0.0} ms ({stageWall / wall,4:P0})   cpu {stageCpu,6:0.0} ms ({stageCpu / cpu,4:P0})"));
        }
    }

    private static double Median(Samples s) => s.Count > 0 ? s.Median : 0;

    private static string Cell(double ms) => double.IsNaN(ms) ? "—".PadLeft(7) : ms.ToString("0.0", CultureInfo.InvariantCulture).PadLeft(7);

    private static List<string> RunChild(string input)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Under `dotnet Pamphlet.Bench.dll`, the process is the dotnet host and the first argument the dll.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(ColdProfileRunner).Assembly.Location);
        start.ArgumentList.Add("cold-once");
        start.ArgumentList.Add(input);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the profiling child process");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"the profiling child process failed ({child.ExitCode}): {stderr}");
        return stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
