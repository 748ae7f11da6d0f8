using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Batch;

/// <summary>Runs the CLI in-process as if from <paramref name="workingDirectory"/>, with stdout redirected unless said otherwise.</summary>
internal static class BatchRunner
{
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, interactive: false, args);

    public static CliResult Run(string workingDirectory, bool interactive, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = PamphletCli.Run(args, output, error, new CliContext(workingDirectory, interactive));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>A short statement that builds in a fraction of a second.</summary>
    public static string Statement(string title) =>
        $"---\ntitle: {title}\n---\n\nHello, neighbours of {title}. We meet on Thursday at the library.\n";

    /// <summary>Front matter that is not valid YAML: the edition fails before anything is written.</summary>
    public const string Broken = "---\ntitle: [unclosed\n---\n\nHello.\n";
}
