using Pamphlet.Cli;

namespace Pamphlet.Tests.Cli;

/// <summary>What one in-process run of the <c>pamphlet</c> command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}--- stderr ---\n{Error}";
}

/// <summary>Runs <see cref="PamphletCli.Run"/> in-process with captured output: fast, and the same code the executable runs.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = PamphletCli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Builds one statement into the folder's own output folder.</summary>
    public static CliResult Build(StatementFolder folder, string statement, params string[] more) =>
        Run(["build", statement, "--out", folder.Out, .. more]);
}
