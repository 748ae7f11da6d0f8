using System.Diagnostics;

namespace Pamphlet.Tests.Cli;

/// <summary>
/// The real <c>pamphlet</c> program (pamphlet.dll beside the tests, run by the same dotnet host) as a
/// separate process: for what only a process shows (working folder, environment, signals, exit codes).
/// </summary>
internal sealed class PamphletProcess : IDisposable
{
    /// <summary>Generous: the process starts the runtime and loads fonts; a build takes a second or two.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;
    private readonly string command;

    private PamphletProcess(string workingFolder, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "pamphlet.dll");
        Assert.True(File.Exists(program), $"{program} should be copied beside the tests by the project reference");
        var start = new ProcessStartInfo(DotnetHost(), [program, .. args])
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        command = $"pamphlet {string.Join(' ', args)}";
        process = Process.Start(start)!;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts the program and returns while it runs.</summary>
    public static PamphletProcess Start(string workingFolder, params string[] args) => new(workingFolder, new Dictionary<string, string?>(), args);

    /// <summary>Runs the program to its end, with extra environment variables for it alone.</summary>
    public static CliResult Run(string workingFolder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var running = new PamphletProcess(workingFolder, environment, args);
        return running.WaitForExit();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Sends a signal by name (INT, TERM, KILL…) with the system's kill command.</summary>
    public void Signal(string name)
    {
        var start = new ProcessStartInfo("kill", ["-s", name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        using var kill = Process.Start(start)!;
        var said = kill.StandardError.ReadToEnd();
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -s {name} {process.Id} failed ({kill.ExitCode}): {said}");
    }

    public CliResult WaitForExit()
    {
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} did not finish within {Timeout.TotalSeconds} s");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    /// <summary>The dotnet host running these tests, so the child uses the same runtime; else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
