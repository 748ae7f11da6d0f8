using System.CommandLine;
using System.Globalization;
using Pamphlet.Diagnostics;
using Pamphlet.Engine;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>pamphlet build INPUT.md [--layout NAME|PATH]... [--out DIR] [--pages N|fit4] [--no-bleed] [--marks]
/// [--impose saddle|2up|tile [--creep LENGTH]]</c>
/// </summary>
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
            Description = "Add crop marks and a slug line outside the bleed; the page grows to hold them.",
        };
        var command = new Command("build", "Typeset statements into PDFs, one per layout: DIR/<name>.<layout>.pdf.")
        {
            inputs, layouts, outDir, pages, noBleed, marks,
        };
        var imposition = new ImpositionOptions();
        imposition.AddTo(command);
        command.SetAction(parsed =>
        {
            int? pageCount = null;
            if (parsed.GetValue(pages) is { } text)
            {
                if (text == "fit4") pageCount = 0;
                else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) pageCount = n;
                else
                {
                    error.WriteLine($"pamphlet: --pages must be a page count such as 8, or fit4; '{text}' is neither.");
                    return ExitCodes.Usage;
                }
            }
            var options = new BuildOptions(parsed.GetValue(layouts) ?? [], parsed.GetValue(outDir) ?? "out", pageCount,
                parsed.GetValue(noBleed), parsed.GetValue(marks), ImpositionOptions.Request(parsed, imposition));
            return Run(parsed.GetValue(inputs) ?? [], options, output, error);
        });
        return command;
    }

    /// <summary>Everything on the command line except the inputs: applied to each statement in turn.</summary>
    private sealed record BuildOptions(string[] Layouts, string OutDir, int? Pages, bool NoBleed, bool Marks, ImpositionRequest? Imposition)
    {
        public BuildRequest For(string input) =>
            new(input, Layouts, OutDir, Pages) { NoBleed = NoBleed, Marks = Marks, Imposition = Imposition };
    }

    private static int Run(string[] inputs, BuildOptions options, TextWriter output, TextWriter error)
    {
        using var engine = new PamphletEngine();
        engine.StartWarmUp();
        var failed = false;
        foreach (var input in inputs)
        {
            try
            {
                engine.Build(options.For(input),
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
