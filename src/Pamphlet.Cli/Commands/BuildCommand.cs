using System.CommandLine;
using System.Globalization;
using Pamphlet.Diagnostics;
using Pamphlet.Engine;

namespace Pamphlet.Cli.Commands;

/// <summary><c>pamphlet build INPUT.md [--layout NAME|PATH]... [--out DIR] [--no-bleed] [--marks]</c></summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "The statement(s) to build: Markdown files with optional YAML front matter.",
            Arity = ArgumentArity.OneOrMore,
        };
        var layouts = new Option<string[]>("--layout", "-l")
        {
            Description = "Layout to build, by name (see 'pamphlet layouts') or path to a .yaml file. Repeat for several. Default: the statement's 'layouts:' list, else a5-pamphlet and poster-a3.",
            AllowMultipleArgumentsPerToken = false,
        };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "Folder for the PDFs (created if needed).",
            DefaultValueFactory = _ => "out",
        };
        var noBleed = new Option<bool>("--no-bleed")
        {
            Description = "Plain trimmed pages without the layout's bleed (artwork past the trim is cut off), for shops that ask for them.",
        };
        var marks = new Option<bool>("--marks")
        {
            Description = "Add crop marks outside the bleed; the page grows to hold them.",
        };
        var command = new Command("build", "Typeset statements into PDFs, one per layout: DIR/<name>.<layout>.pdf.")
        {
            inputs, layouts, outDir, noBleed, marks,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(inputs) ?? [],
            parsed.GetValue(layouts) ?? [],
            parsed.GetValue(outDir) ?? "out",
            new PrintOptions(parsed.GetValue(noBleed), parsed.GetValue(marks)),
            output, error));
        return command;
    }

    /// <summary>How the PDFs are prepared for the printshop.</summary>
    private readonly record struct PrintOptions(bool NoBleed, bool Marks);

    private static int Run(string[] inputs, string[] layouts, string outDir, PrintOptions print, TextWriter output, TextWriter error)
    {
        using var engine = new PamphletEngine();
        engine.StartWarmUp();
        var failed = false;
        foreach (var input in inputs)
        {
            try
            {
                engine.Build(new BuildRequest(input, layouts, outDir) { NoBleed = print.NoBleed, Marks = print.Marks },
                    written: f => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{f.Path}  {f.Pages} {(f.Pages == 1 ? "page" : "pages")}  {f.Elapsed.TotalSeconds:0.00} s")),
                    warned: w => error.WriteLine(w));
            }
            catch (PamphletException e)
            {
                foreach (var d in e.Diagnostics) error.WriteLine(d);
                failed = true;
            }
        }
        return failed ? ExitCodes.BuildFailed : ExitCodes.Success;
    }
}
