using System.CommandLine;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight;
using Pamphlet.Preflight.Rules;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>pamphlet check FILE.pdf… [--ink NAME] [--json]</c>: a print shop's preflight of any PDF. The
/// report (or JSON) goes to stdout; a file that cannot be read is an error on stderr naming it, and
/// the other files are still checked. Exit 1 when any file has an error or cannot be read.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, Messages messages, CliContext context)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "The PDFs to check: ours or any other tool's.",
            Arity = ArgumentArity.OneOrMore,
        };
        var ink = new Option<string>("--ink")
        {
            Description = "What it will be printed with: color (default), black, cmyk (PDF/X-4) or riso:INK,INK (e.g. riso:black,red).",
            DefaultValueFactory = _ => "color",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the facts and findings as one JSON document on stdout.",
        };
        OptionValues.RequireText(files, "each file named must be a PDF");
        var command = new Command("check", "Preflight PDFs as a print shop would: boxes and bleed, colours and ink, text sizes, lines, fonts, images, transparency, PDF/X.")
        {
            files, ink, json,
        };
        command.SetAction(parsed =>
        {
            var inkText = parsed.GetValue(ink) ?? "color";
            if (!InkChoice.TryParse(inkText, out var choice, out var problem)) return messages.Usage($"--ink: {problem}.");
            var asJson = parsed.GetValue(json);
            var checkedFiles = new List<CheckedFile>();
            foreach (var file in parsed.GetValue(files) ?? [])
            {
                checkedFiles.Add(Check(file, choice, context, messages, asJson ? null : output));
            }

            var errors = checkedFiles.Sum(f => f.Errors);
            if (asJson) output.Write(CheckJsonContext.Write(new CheckJsonReport(choice.Name, checkedFiles, errors, checkedFiles.Sum(f => f.Warnings))) + "\n");
            return errors > 0 ? ExitCodes.BuildFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Checks one file; writes its report to <paramref name="report"/> unless the report is JSON.</summary>
    private static CheckedFile Check(string file, InkChoice ink, CliContext context, Messages messages, TextWriter? report)
    {
        try
        {
            var facts = PdfInspector.Inspect(Path.GetFullPath(file, context.WorkingDirectory), file);
            var findings = PreflightRules.Check(facts, ink);
            if (report is not null) CheckReport.Write(report, file, facts, ink, findings);
            var errors = findings.Count(f => f.IsError);
            return new CheckedFile(file, null, facts, findings, errors, findings.Count - errors);
        }
        catch (PamphletException e)
        {
            foreach (var d in e.Diagnostics) messages.Report(d);
            return new CheckedFile(file, string.Join("\n", e.Diagnostics.Select(d => d.ToString())), null, [], e.Diagnostics.Count(d => d.Severity == Severity.Error), 0);
        }
    }
}
