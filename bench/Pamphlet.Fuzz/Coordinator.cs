using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Pamphlet.Fuzz;

/// <summary>
/// Runs a fuzz campaign: case seeds derived from the run's seed go to worker processes, one case at a
/// time each. A worker that does not answer within the timeout is killed (a hang), one that grows past
/// the memory limit is killed (memory), one that dies (stack overflow, native assert) is recorded with
/// its exit code and stderr; each is replaced and the run goes on. Failures are grouped by cause, their
/// inputs written to a folder, and the run ends with one summary line.
/// </summary>
internal sealed class Coordinator(Options options) : IDisposable
{
    /// <summary>How often workers' memory is read (milliseconds): often enough to catch a runaway allocation early.</summary>
    private const int PollMilliseconds = 50;

    /// <summary>A worker is replaced after this many cases, so that one slow leak cannot end a long run.</summary>
    private const int CasesPerWorker = 5000;

    /// <summary>Progress is printed this often (seconds), on stderr.</summary>
    private const int ProgressSeconds = 60;

    private readonly BlockingCollection<(WorkerProcess Worker, string? Line)> events = new();
    private readonly Report report = new(options.Out);
    private long peakKilobytes;

    /// <summary>The case its worker was running when the largest peak was seen (a worker's peak grows with its cases).</summary>
    private string? peakSeed;

    public void Dispose() => events.Dispose();

    public int Run()
    {
        Directory.CreateDirectory(options.Out);
        var seeds = Enumerable.Range(0, options.Cases).Select(i => FuzzSeeds(options.Seed, i)).GetEnumerator();
        var clock = Stopwatch.StartNew();
        var next = clock.Elapsed + TimeSpan.FromSeconds(ProgressSeconds);
        Drive(seeds, clock, () =>
        {
            if (clock.Elapsed < next) return;
            next = clock.Elapsed + TimeSpan.FromSeconds(ProgressSeconds);
            Console.Error.WriteLine($"  … {report.Cases} of {options.Cases} cases, {report.Failures} failing, {Report.Duration(clock.Elapsed)}");
        });
        report.Write(Console.Out, clock.Elapsed, peakKilobytes, peakSeed, options);
        return report.Failures == 0 ? 0 : 1;
    }

    /// <summary>One case, in a worker (so a crash or a hang is caught the same way), with its details.</summary>
    public int Reproduce(ulong seed)
    {
        var folder = Path.Combine(options.Out, "repro", Seeds.Format(seed));
        var plan = CaseFactory.Create(seed, folder);
        Console.Out.WriteLine($"case {Seeds.Format(seed)}: {plan.Kind}: {plan.Description}");
        Console.Out.WriteLine($"files (and the PDFs, in out/): {folder}");
        Console.Out.WriteLine($"by hand: cd {folder} && {plan.Reproduce}");
        var clock = Stopwatch.StartNew();
        Drive(new[] { seed }.AsEnumerable().GetEnumerator(), clock, () => { }, folder);
        var result = report.Last!;
        Console.Out.WriteLine($"outcome: {result.Outcome} {result.Signature} ({result.Milliseconds} ms, peak {result.PeakRssKilobytes / 1024} MB)");
        if (result.Detail.Length > 0) Console.Out.WriteLine(result.Detail);
        return result.Failed ? 1 : 0;
    }

    private static ulong FuzzSeeds(ulong runSeed, int index) => Fuzzing.FuzzRandom.CaseSeed(runSeed, index);

    /// <param name="folder">Where a reproduction runs (its files and PDFs are kept); null: the workers' own folders.</param>
    private void Drive(IEnumerator<ulong> seeds, Stopwatch clock, Action progress, string? folder = null)
    {
        var work = Path.Combine(options.Out, "work");
        var heapLimit = (long)options.MaxMemoryMegabytes * 1024 * 1024;
        var workers = Enumerable.Range(0, options.Jobs).Select(i => Start(i, work, heapLimit)).ToArray();
        var more = true;
        try
        {
            while (true)
            {
                foreach (var w in workers.Where(w => w.Current is null))
                {
                    if (more && (more = seeds.MoveNext())) w.Send(seeds.Current, folder);
                }
                if (!more && workers.All(w => w.Current is null)) break;

                if (events.TryTake(out var e, PollMilliseconds))
                {
                    var slot = Array.IndexOf(workers, e.Worker);
                    if (slot < 0) continue; // from a worker already replaced
                    if (e.Line is null)
                    {
                        workers[slot] = Died(e.Worker, work, heapLimit);
                        continue;
                    }
                    if (!e.Line.StartsWith(Worker.ResultPrefix, StringComparison.Ordinal) || e.Worker.Current is null) continue;
                    var result = JsonSerializer.Deserialize<CaseResult>(e.Line[Worker.ResultPrefix.Length..])!;
                    if (result.PeakRssKilobytes > peakKilobytes) (peakKilobytes, peakSeed) = (result.PeakRssKilobytes, result.Seed);
                    e.Worker.Finished();
                    report.Add(result);
                    if (e.Worker.CasesDone >= CasesPerWorker) workers[slot] = Replace(e.Worker, work, heapLimit);
                }
                for (var i = 0; i < workers.Length; i++)
                {
                    var w = workers[i];
                    var rss = PeakRss.CurrentOf(w.Pid);
                    var peak = Math.Max(rss, PeakRss.PeakOf(w.Pid));
                    if (peak > peakKilobytes) (peakKilobytes, peakSeed) = (peak, w.Current is { } busy ? Seeds.Format(busy) : peakSeed);
                    if (w.Current is not { } seed) continue;
                    if (rss > heapLimit / 1024)
                    {
                        workers[i] = Killed(w, work, heapLimit, Outcomes.Memory, $"over {options.MaxMemoryMegabytes} MB", rss);
                    }
                    else if (w.Since.Elapsed.TotalSeconds > options.TimeoutSeconds)
                    {
                        workers[i] = Killed(w, work, heapLimit, Outcomes.Hang, $"no answer in {options.TimeoutSeconds} s", rss);
                    }
                }
                progress();
            }
        }
        finally
        {
            foreach (var w in workers)
            {
                w.Stop();
                w.Dispose();
            }
        }
    }

    private WorkerProcess Start(int slot, string work, long heapLimit) =>
        new(slot, Path.Combine(work, "worker-" + slot), heapLimit, events);

    private WorkerProcess Replace(WorkerProcess old, string work, long heapLimit)
    {
        old.Stop();
        old.Dispose();
        return Start(old.Slot, work, heapLimit);
    }

    /// <summary>Kills a worker stuck on (or blown up by) its case, records the case, and starts another.</summary>
    private WorkerProcess Killed(WorkerProcess worker, string work, long heapLimit, string outcome, string why, long rss)
    {
        var seed = worker.Current!.Value;
        var elapsed = worker.Since.ElapsedMilliseconds;
        worker.Kill();
        var (kind, family) = KindOf(seed);
        report.Add(new CaseResult(Seeds.Format(seed), kind, outcome, family, why + ": " + family, 0, elapsed, rss, worker.StderrTail));
        worker.Dispose();
        return Start(worker.Slot, work, heapLimit);
    }

    /// <summary>A worker whose output ended: if it was working on a case, that case killed it.</summary>
    private WorkerProcess Died(WorkerProcess worker, string work, long heapLimit)
    {
        var code = worker.ExitCode;
        if (worker.Current is { } seed)
        {
            var signal = code is > 128 and < 160 ? $"signal {code - 128}" : $"exit {code?.ToString() ?? "?"}";
            var last = worker.StderrTail.Split('\n').Where(l => l.Trim().Length > 0).Take(1).FirstOrDefault() ?? "";
            var (kind, family) = KindOf(seed);
            report.Add(new CaseResult(Seeds.Format(seed), kind, Outcomes.Died, family, signal + (last.Length > 0 ? ": " + CaseRunner.Normalise(last) : ""),
                0, worker.Since.ElapsedMilliseconds, 0, worker.StderrTail));
        }
        worker.Dispose();
        return Start(worker.Slot, work, heapLimit);
    }

    /// <summary>The kind and family of a case that left no result (it is made again, without building, to find out).</summary>
    private (string Kind, string Family) KindOf(ulong seed)
    {
        var folder = Path.Combine(options.Out, "work", "family");
        try
        {
            var plan = CaseFactory.Create(seed, folder);
            return (plan.Kind.ToString(), plan.Family);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
