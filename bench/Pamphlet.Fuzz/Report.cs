using System.Text;

namespace Pamphlet.Fuzz;

/// <summary>
/// Counts cases by outcome, groups failures by cause (outcome and signature), writes the inputs of
/// the first few failures of each group to <c>failures/</c>, all seeds to <c>report.txt</c>, and
/// prints the short summary.
/// </summary>
internal sealed class Report(string outFolder)
{
    /// <summary>Inputs kept per group: enough to see the pattern, not a folder per repeat.</summary>
    private const int KeptPerGroup = 3;

    /// <summary>Groups printed in the summary (the rest are in report.txt).</summary>
    private const int GroupsShown = 25;

    private readonly Dictionary<string, Group> groups = [];
    private readonly Dictionary<string, int> outcomes = [];
    private readonly Dictionary<CaseKind, (int Count, long TotalMs, long MaxMs)> times = [];

    public int Cases { get; private set; }
    public int Failures { get; private set; }
    public long LostWords { get; private set; }
    public CaseResult? Last { get; private set; }

    private sealed class Group(string outcome, string signature)
    {
        public string Outcome { get; } = outcome;
        public string Signature { get; } = signature;
        public List<string> Seeds { get; } = [];
        public SortedSet<string> Families { get; } = new(StringComparer.Ordinal);
        public long LostWords { get; set; }
    }

    public void Add(CaseResult result)
    {
        Cases++;
        Last = result;
        outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
        if (Enum.TryParse<CaseKind>(result.Kind, out var kind))
        {
            var (count, total, max) = times.GetValueOrDefault(kind);
            times[kind] = (count + 1, total + result.Milliseconds, Math.Max(max, result.Milliseconds));
        }
        if (!result.Failed) return;
        Failures++;
        LostWords += result.LostWords;
        var key = result.Outcome + "|" + result.Signature;
        if (!groups.TryGetValue(key, out var group)) groups[key] = group = new Group(result.Outcome, result.Signature);
        group.Seeds.Add(result.Seed);
        group.Families.Add(result.Family);
        group.LostWords += result.LostWords;
        if (group.Seeds.Count <= KeptPerGroup) Keep(result);
    }

    /// <summary>Writes the case's files again from its seed, with what happened, into failures/.</summary>
    private void Keep(CaseResult result)
    {
        var folder = Path.Combine(outFolder, "failures", result.Outcome + "-" + result.Seed);
        try
        {
            var plan = CaseFactory.Create(Seeds.Parse(result.Seed), folder);
            File.WriteAllText(Path.Combine(folder, "result.txt"),
                $"""
                case {result.Seed}: {plan.Kind}: {plan.Description}
                outcome: {result.Outcome} {result.Signature} ({result.Milliseconds} ms)
                reproduce: bench/fuzz.sh --repro {result.Seed}
                by hand, in this folder: {plan.Reproduce}

                {result.Detail}

                """);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"fuzz: could not keep the inputs of {result.Seed} ({e.Message})");
        }
    }

    public void Write(TextWriter output, TimeSpan elapsed, long peakKilobytes, string? peakSeed, Options options)
    {
        int Count(string outcome) => outcomes.GetValueOrDefault(outcome);
        var crashes = Count(Outcomes.Crash) + Count(Outcomes.Died) + Count(Outcomes.Memory);
        var ordered = groups.Values.OrderBy(g => Rank(g.Outcome)).ThenByDescending(g => g.Seeds.Count).ToList();

        var full = new StringBuilder();
        foreach (var g in ordered)
        {
            full.Append($"{g.Outcome} ×{g.Seeds.Count}: {g.Signature}\n  families: {string.Join(", ", g.Families)}\n  seeds: {string.Join(' ', g.Seeds)}\n\n");
        }
        full.Append("time per case, by kind:\n");
        foreach (var (kind, (count, total, max)) in times.OrderBy(t => t.Key))
        {
            full.Append($"  {kind,-17} {count,7} cases, mean {total / Math.Max(1, count),5} ms, max {max,6} ms\n");
        }
        Directory.CreateDirectory(outFolder);
        File.WriteAllText(Path.Combine(outFolder, "report.txt"), full.ToString());

        output.WriteLine($"fuzz: {Cases} cases ({Count(Outcomes.Refused)} refused with an error), {crashes} crashes"
            + (Count(Outcomes.Memory) > 0 ? $" ({Count(Outcomes.Memory)} over {options.MaxMemoryMegabytes} MB)" : "")
            + $", {Count(Outcomes.Hang)} hangs (> {options.TimeoutSeconds} s), {LostWords} lost words in {Count(Outcomes.Lost)} cases"
            + $", max memory {peakKilobytes / 1024} MB{(peakSeed is null ? "" : $" ({peakSeed})")}, {Duration(elapsed)} (seed {Seeds.Format(options.Seed)}, {options.Jobs} jobs)");
        foreach (var g in ordered.Take(GroupsShown))
        {
            var families = string.Join(", ", g.Families.Take(3)) + (g.Families.Count > 3 ? ", …" : "");
            output.WriteLine($"  {g.Outcome,-7} ×{g.Seeds.Count,-5} {g.Signature}  [{families}]  bench/fuzz.sh --repro {g.Seeds[0]}");
        }
        if (ordered.Count > GroupsShown) output.WriteLine($"  … {ordered.Count - GroupsShown} more causes in {Path.Combine(outFolder, "report.txt")}");
        if (ordered.Count > 0) output.WriteLine($"  inputs of failing cases: {Path.Combine(outFolder, "failures")}; every seed: {Path.Combine(outFolder, "report.txt")}");
    }

    /// <summary>Crashes first, then hangs and memory, then lost words.</summary>
    private static int Rank(string outcome) => outcome switch
    {
        Outcomes.Died => 0,
        Outcomes.Crash => 1,
        Outcomes.Memory => 2,
        Outcomes.Hang => 3,
        _ => 4,
    };

    public static string Duration(TimeSpan t) => t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:00}m" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m{t.Seconds:00}s" : $"{t.TotalSeconds:0.0}s";
}
