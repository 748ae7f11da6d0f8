using System.CommandLine;
using Pamphlet.Cli.Commands;

namespace Pamphlet.Cli;

/// <summary>The command tree. Parse errors are usage errors (exit 2); each command maps its own failures.</summary>
public static class PamphletCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Pamphlet: typesets a statement written in Markdown into print-ready PDFs (pamphlets and more).")
        {
            BuildCommand.Create(output, error),
            LayoutsCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine($"pamphlet: {e.Message}");
            error.WriteLine("Run 'pamphlet --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
