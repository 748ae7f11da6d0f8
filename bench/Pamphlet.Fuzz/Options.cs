using System.Globalization;

namespace Pamphlet.Fuzz;

/// <summary>
/// <c>run [--cases N] [--seed S] [--jobs J] [--out DIR] [--timeout SECONDS] [--max-memory MB]</c>,
/// <c>repro SEED [--out DIR] [--timeout SECONDS] [--max-memory MB]</c>, or (internal) <c>worker --work DIR</c>.
/// </summary>
internal sealed record Options
{
    /// <summary>The figure for a full run.</summary>
    public const int DefaultCases = 100_000;

    /// <summary>A case that takes longer is a hang (the threshold).</summary>
    public const int DefaultTimeoutSeconds = 10;

    /// <summary>
    /// A worker that grows past this is killed and the case recorded: well above any sane build (the
    /// sample takes about 150 MB), well below what would starve the others sharing the machine.
    /// </summary>
    public const int DefaultMaxMemoryMegabytes = 3072;

    public string Mode { get; init; } = "run";
    public int Cases { get; init; } = DefaultCases;
    public ulong Seed { get; init; } = 8;
    public int Jobs { get; init; } = 1;
    public string Out { get; init; } = Path.Combine(RepositoryFiles.Root, "bench", "out", "fuzz");
    public int TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;
    public int MaxMemoryMegabytes { get; init; } = DefaultMaxMemoryMegabytes;
    public ulong? Only { get; init; }
    public string? Work { get; init; }

    public static Options Parse(string[] args)
    {
        var options = new Options { Mode = args.Length > 0 ? args[0] : "run" };
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--cases" => options with { Cases = PositiveInt(Next(), "--cases") },
                "--seed" => options with { Seed = Seeds.Parse(Next()) },
                "--jobs" => options with { Jobs = PositiveInt(Next(), "--jobs") },
                "--out" => options with { Out = Path.GetFullPath(Next()) },
                "--timeout" => options with { TimeoutSeconds = PositiveInt(Next(), "--timeout") },
                "--max-memory" => options with { MaxMemoryMegabytes = PositiveInt(Next(), "--max-memory") },
                "--work" => options with { Work = Next() },
                var seed when options.Mode == "repro" && options.Only is null => options with { Only = Seeds.Parse(seed) },
                var other => throw new ArgumentException($"unknown argument '{other}'"),
            };
        }
        if (options.Mode == "repro" && options.Only is null) throw new ArgumentException("repro needs the seed of a case, e.g. repro 0x1f530534379b75c9");
        return options;
    }

    private static int PositiveInt(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n
            : throw new ArgumentException($"{name} must be a whole number of at least 1, not '{text}'");
}
