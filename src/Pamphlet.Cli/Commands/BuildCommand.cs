using System.CommandLine;
using System.Globalization;
using Pamphlet.Diagnostics;
using Pamphlet.Engine;

namespace Pamphlet.Cli.Commands;

/// <summary><c>pamphlet build INPUT.md [--layout NAME|PATH]... [--out DIR] [--impose saddle|2up|tile [--creep LENGTH]]</c></summary>
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
        var command = new Command("build", "Typeset statements into PDFs, one per layout: DIR/<name>.<layout>.pdf.")
        {
            inputs, layouts, outDir,
        };
        var imposition = new ImpositionOptions();
        imposition.AddTo(command);
        command.SetAction(parsed => Run(
            parsed.GetValue(inputs) ?? [],
            parsed.GetValue(layouts) ?? [],
            parsed.GetValue(outDir) ?? "out",
            ImpositionOptions.Request(parsed, imposition),
            output, error));
        return command;
    }

    private static int Run(string[] inputs, string[] layouts, string outDir, ImpositionRequest? imposition, TextWriter output, TextWriter error)
    {
        using var engine = new PamphletEngine();
        engine.StartWarmUp();
        var failed = false;
        foreach (var input in inputs)
        {
            try
            {
                engine.Build(new BuildRequest(input, layouts, outDir) { Imposition = imposition },
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
