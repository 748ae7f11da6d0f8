using System.CommandLine;
using System.CommandLine.Parsing;
using Pamphlet.Cli.Commands;

namespace Pamphlet.Cli;

/// <summary>The command tree. Parse errors are usage errors (exit 2); each command maps its own failures.</summary>
public static class PamphletCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, CliContext.For(output));

    public static int Run(string[] args, TextWriter output, TextWriter error, CliContext context)
    {
        var root = new RootCommand("Pamphlet: typesets a statement written in Markdown into print-ready PDFs (pamphlets and more).")
        {
            BuildCommand.Create(output, error, context),
            LayoutsCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        var errors = parsed.Errors.Select(e => e.Message).Concat(UnknownOptions(parsed)).ToList();
        if (errors.Count > 0)
        {
            foreach (var e in errors) error.WriteLine($"pamphlet: {e}");
            error.WriteLine("Run 'pamphlet --help' for usage.");
            return ExitCodes.Usage;
        }
        // System.CommandLine's own handler would print the exception and return 1, which means "your input
        // was wrong"; an exception that escapes a command is a bug in Pamphlet, so it gets its own code.
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            error.WriteLine($"pamphlet: internal error, please report it with the input that caused it: {e}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// System.CommandLine hands an unknown option such as <c>build --bogus x.md</c> to the input
    /// argument as if it were a file name, which would then fail as a missing statement (exit 1)
    /// instead of a usage error (exit 2). After <c>--</c> every token is an argument, as usual.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parsed) =>
        parsed.Tokens
            .TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-')
            .Where(t => !parsed.UnmatchedTokens.Contains(t.Value)) // System.CommandLine reports those itself
            .Select(t => $"Unrecognized option '{t.Value}'. (A file whose name starts with '-' can be given as ./{t.Value} or after --.)");
}
