using Pamphlet.Engine.Batch;

namespace Pamphlet.Cli;

/// <summary>
/// Where the command runs: the folder relative paths and pamphlet.yaml are found in, and whether
/// stdout is a terminal (live progress) or redirected (plain lines). Tests pass their own, since
/// they run in parallel and may not change the process's current folder.
/// </summary>
public sealed record CliContext(string WorkingDirectory, bool Interactive)
{
    /// <summary>The real process: its current folder, and a terminal when stdout is the console and not redirected.</summary>
    public static CliContext For(TextWriter output) =>
        new(Environment.CurrentDirectory, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);

    /// <summary>Ctrl+C for a command that runs until stopped (<c>watch</c>); Program hands the same one to <see cref="Interruption"/>.</summary>
    public StopSignal Stop { get; init; } = new();

    /// <summary>
    /// Wraps how each edition is built. Only tests set it, to make one edition hit a bug on purpose and
    /// see the run report it; a real run builds with the engine as it is.
    /// </summary>
    internal Func<EditionBuild, EditionBuild>? EditionBuild { get; init; }
}
