using System.CommandLine;
using System.CommandLine.Parsing;
using Pamphlet.Cli.Commands;
using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Cli;

/// <summary>
/// The command tree. Parse errors are usage errors (exit 2); a <see cref="PamphletException"/> or a
/// refusal of the file system is the user's to fix (exit 1); any other exception escaping a command is
/// a bug (exit 70). Every message goes to stderr through <see cref="Messages"/>.
/// </summary>
public static class PamphletCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, CliContext.For(output));

    public static int Run(string[] args, TextWriter output, TextWriter error, CliContext context)
    {
        var messages = new Messages(error);
        var root = new RootCommand("Pamphlet: typesets a statement written in Markdown into print-ready PDFs (pamphlets and more).")
        {
            BuildCommand.Create(output, messages, context),
            WatchCommand.Create(output, messages, context),
            ServeCommand.Create(output, messages, context),
            LayoutsCommand.Create(output, messages),
            InksCommand.Create(output),
            CheckCommand.Create(output, messages, context),
        };
        var parsed = root.Parse(args);
        var errors = parsed.Errors.Select(e => e.Message).Concat(UnknownOptions(parsed)).Concat(SwitchesGivenValues(args, parsed)).ToList();
        if (errors.Count > 0)
        {
            foreach (var e in errors) messages.Say($"pamphlet: {e}");
            messages.Say("Run 'pamphlet --help' for usage.");
            return ExitCodes.Usage;
        }
        // System.CommandLine's own handler would print the exception and return 1, which means "your input
        // was wrong"; an exception that escapes a command is a bug in Pamphlet, so it gets its own code.
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (PamphletException e)
        {
            foreach (var d in e.Diagnostics) messages.Report(d);
            return ExitCodes.BuildFailed;
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            // A read or write whose refusal nobody put in words yet: still the machine's answer, not a bug.
            messages.Say($"pamphlet: error: {e.Message}");
            return ExitCodes.BuildFailed;
        }
        catch (Exception e)
        {
            messages.Bug(e);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// A switch given a value, such as <c>--marks=maybe</c>: System.CommandLine takes a value it cannot
    /// read as true or false for a statement to build, which would then fail as a missing file (exit 1).
    /// </summary>
    private static IEnumerable<string> SwitchesGivenValues(string[] args, ParseResult parsed)
    {
        var switches = parsed.CommandResult.Command.Options.OfType<Option<bool>>().Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || !switches.Contains(arg[..equals])) continue;
            var value = arg[(equals + 1)..];
            if (!bool.TryParse(value, out _)) yield return $"{arg[..equals]} is a switch: give it alone (or {arg[..equals]}=false); '{value}' is not a value it takes.";
        }
    }

    /// <summary>
    /// System.CommandLine hands an unknown option such as <c>build --bogus x.md</c> to the input
    /// argument as if it were a file name, which would then fail as a missing statement (exit 1)
    /// instead of a usage error (exit 2). Only tokens taken as statements count: a value given to an
    /// option (<c>--jobs -1</c>) is that option's to judge. After <c>--</c> every token is a statement.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parsed)
    {
        var statements = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToHashSet();
        return parsed.Tokens
            .TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => statements.Contains(t) && t.Value.Length > 1 && t.Value[0] == '-')
            .Where(t => !parsed.UnmatchedTokens.Contains(t.Value)) // System.CommandLine reports those itself
            .Select(t => $"Unrecognized option '{t.Value}'. (A file whose name starts with '-' can be given as ./{t.Value} or after --.)");
    }
}
