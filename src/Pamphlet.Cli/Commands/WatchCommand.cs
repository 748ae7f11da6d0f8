using System.CommandLine;
using Pamphlet.Cli.Watching;

namespace Pamphlet.Cli.Commands;

/// <summary><c>pamphlet watch INPUT.md… [build options]</c>: builds, then rebuilds on every change until Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter output, Messages messages, CliContext context)
    {
        var command = new Command("watch", "Build the statements, then build them again whenever the statement, its images, its layouts or pamphlet.yaml change, printing one line per build; a failed build keeps the last good files. Ctrl+C stops.");
        var set = new BuildOptionSet();
        set.AddTo(command);
        command.SetAction(parsed =>
        {
            if (set.Read(parsed, messages, out var usageError) is not { } options) return usageError;
            return new WatchRun(output, messages, context).Run(set.Statements(parsed), parsed.GetValue(set.Manifest), options);
        });
        return command;
    }
}
