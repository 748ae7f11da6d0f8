using System.CommandLine;
using Pamphlet.Cli.Batch;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>pamphlet build INPUT.md [--layout NAME|PATH]... [--out DIR] [--pages N|fit4] [--no-bleed] [--marks]
/// [--impose saddle|2up|tile [--creep LENGTH] [--sheet SRA4|SRA3|A3|A4|Letter|Tabloid]] [--ink NAME [--separations]]
/// [--png [DPI] [--show-trim]]</c>
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, Messages messages, CliContext context)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print a machine-readable report (files, pages, warnings, errors) on stdout instead of lines and a table.",
        };
        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "Build this many editions at once (default: one per core). The PDFs are the same whatever the number.",
            CustomParser = OptionValues.ParseJobs,
        };
        var command = new Command("build", "Typeset statements into PDFs, one per layout: DIR/<name>.<layout>.pdf; a card layout also writes DIR/<name>.<layout>.png.");
        var set = new BuildOptionSet();
        set.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(jobs);
        command.SetAction(parsed =>
        {
            if (set.Read(parsed, messages, out var usageError) is not { } options) return usageError;
            var run = new BatchRun(output, messages, context)
            {
                Json = parsed.GetValue(json),
                Parallelism = parsed.GetValue(jobs) ?? Environment.ProcessorCount,
            };
            return run.Run(set.Statements(parsed), parsed.GetValue(set.Manifest), options);
        });
        return command;
    }
}
