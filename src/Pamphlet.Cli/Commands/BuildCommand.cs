using System.CommandLine;
using Pamphlet.Cli.Batch;
using Pamphlet.Layouts;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>pamphlet build INPUT.md [--layout NAME|PATH]... [--out DIR] [--pages N|fit4] [--no-bleed] [--marks]
/// [--impose saddle|2up|tile [--creep LENGTH] [--sheet SRA4|SRA3|A3|A4|Letter|Tabloid]] [--ink NAME [--separations]]</c>
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, Messages messages, CliContext context)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "The statement(s) to build: Markdown files with optional YAML front matter, or folders of them. None: the editions listed in pamphlet.yaml in the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var layouts = new Option<string[]>("--layout", "-l")
        {
            Description = "Layout to build, by name (see 'pamphlet layouts') or path to a .yaml file. Repeat for several. Default: the statement's 'layouts:' list, else a5-pamphlet and poster-a3.",
            AllowMultipleArgumentsPerToken = false,
        };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "Folder for the PDFs and card images (created if needed).",
            DefaultValueFactory = _ => "out",
        };
        var pages = new Option<string>("--pages")
        {
            Description = "Land the pamphlet on this many pages (e.g. 8), or 'fit4' for the nearest multiple of 4, by adjusting body size, leading, paragraph space and image height within the layout's 'fitting:' ranges.",
        };
        var noBleed = new Option<bool>("--no-bleed")
        {
            Description = "Plain trimmed pages without the layout's bleed (artwork past the trim is cut off), for shops that ask for them.",
        };
        var marks = new Option<bool>("--marks")
        {
            Description = "Add crop marks and a slug line outside the bleed; the page grows to hold them. On imposed desktop sheets: marks where the pages meet, only where they land on blank paper.",
        };
        var ink = new Option<string>("--ink")
        {
            Description = "What the PDFs are printed with: color (default), black (photocopiers), cmyk (PDF/X-4 for print shops) or riso:INK,INK (risograph drums, e.g. riso:black,red). See 'pamphlet inks'.",
        };
        var separations = new Option<bool>("--separations")
        {
            Description = "With a risograph ink, also write one greyscale master per ink: DIR/<name>.<layout>.<ink>.pdf.",
        };
        var manifest = new Option<string>("--manifest")
        {
            Description = "Build the editions listed in this manifest (default: pamphlet.yaml in the current folder, when no statement is named).",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print a machine-readable report (files, pages, warnings, errors) on stdout instead of lines and a table.",
        };
        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "Build this many editions at once (default: one per core). The PDFs are the same whatever the number.",
            CustomParser = OptionValues.ParseJobs,
        };
        OptionValues.RequireText(inputs, "each statement named must be a Markdown file or a folder of them");
        OptionValues.RequireText(layouts, "--layout must be a layout name (see 'pamphlet layouts') or the path of a .yaml file");
        OptionValues.RequireText(outDir, "--out must be a folder name, e.g. --out print");
        OptionValues.RequireText(manifest, "--manifest must be the path of a manifest such as pamphlet.yaml");
        var command = new Command("build", "Typeset statements into PDFs, one per layout: DIR/<name>.<layout>.pdf; a card layout also writes DIR/<name>.<layout>.png.")
        {
            inputs, layouts, outDir, pages, noBleed, marks, ink, separations, manifest, json, jobs,
        };
        var imposition = new ImpositionOptions();
        imposition.AddTo(command);
        command.SetAction(parsed =>
        {
            PageTarget? pageCount = null;
            if (parsed.GetValue(pages) is { } text)
            {
                if (!PageTarget.TryParse(text, out var target))
                {
                    return messages.Usage($"--pages must be {PageTarget.Expected} (at most {PageTarget.MaxPages}); '{text}' is neither.");
                }
                pageCount = target;
            }
            InkChoice? inkChoice = null;
            if (parsed.GetValue(ink) is { } inkText)
            {
                if (!InkChoice.TryParse(inkText, out var chosen, out var error)) return messages.Usage($"--ink: {error}.");
                inkChoice = chosen;
            }

            var options = new BuildOptions(parsed.GetValue(layouts) ?? [], parsed.GetValue(outDir) ?? "out", pageCount,
                parsed.GetValue(noBleed), parsed.GetValue(marks), ImpositionOptions.Request(parsed, imposition))
            {
                OutGiven = parsed.GetResult(outDir) is { Implicit: false },
                Ink = inkChoice,
                Separations = parsed.GetValue(separations),
            };
            var run = new BatchRun(output, messages, context)
            {
                Json = parsed.GetValue(json),
                Parallelism = parsed.GetValue(jobs) ?? Environment.ProcessorCount,
            };
            return run.Run(parsed.GetValue(inputs) ?? [], parsed.GetValue(manifest), options);
        });
        return command;
    }
}
