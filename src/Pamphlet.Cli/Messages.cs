using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;

namespace Pamphlet.Cli;

/// <summary>
/// Everything the command line says on stderr, one line per message, each made printable by
/// <see cref="MessageText.Printable"/> (control characters escaped, very long values cut). Commands
/// hold this, never the raw stream, so no message can skip it.
/// </summary>
internal sealed class Messages(TextWriter error)
{
    public void Say(string message) => error.WriteLine(MessageText.Printable(message));

    /// <summary>A warning or error as <c>file:line: error: message</c>, its file name printable too.</summary>
    public void Report(Diagnostic diagnostic) =>
        Say((diagnostic with { Location = diagnostic.Location with { File = MessageText.PrintablePath(diagnostic.Location.File) } }).ToString());

    /// <summary>A wrong command line (exit 2): what was wrong, then where to read about usage.</summary>
    public int Usage(string message)
    {
        Say($"pamphlet: {message}");
        Say("Run 'pamphlet --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>A bug in Pamphlet (exit 70): the exception with its stack trace, line by line, for the bug report.</summary>
    public void Bug(Exception exception, string? input = null)
    {
        Say(input is null
            ? "pamphlet: internal error (a bug in Pamphlet); please report it with the input that caused it and these lines:"
            : $"pamphlet: internal error (a bug in Pamphlet) while building {input}; please report it with that statement and these lines:");
        foreach (var line in exception.ToString().Split('\n')) Say($"  {line.TrimEnd('\r')}");
    }
}
