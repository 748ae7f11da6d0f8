using System.CommandLine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// The statements and the options that say how to build them, shared by <c>build</c> and <c>watch</c>
/// so both read the same command line the same way.
/// </summary>
internal sealed class BuildOptionSet
{
    public Argument<string[]> Inputs { get; } = new("input")
    {
        Description = "The statement(s) to build: Markdown files with optional YAML front matter, or folders of them. None: the editions listed in pamphlet.yaml in the current folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Layouts { get; } = new("--layout", "-l")
    {
        Description = "Layout to build, by name (see 'pamphlet layouts') or path to a .yaml file. Repeat for several. Default: the statement's 'layouts:' list, else a5-pamphlet and poster-a3.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> OutDir { get; } = new("--out", "-o")
    {
        Description = "Folder for the PDFs and card images (created if needed).",
        DefaultValueFactory = _ => "out",
    };

    public Option<string> Pages { get; } = new("--pages")
    {
        Description = "Land the pamphlet on this many pages (e.g. 8), or 'fit4' for the nearest multiple of 4, by adjusting body size, leading, paragraph space and image height within the layout's 'fitting:' ranges.",
    };

    public Option<bool> NoBleed { get; } = new("--no-bleed")
    {
        Description = "Plain trimmed pages without the layout's bleed (artwork past the trim is cut off), for shops that ask for them.",
    };

    public Option<bool> Marks { get; } = new("--marks")
    {
        Description = "Add crop marks and a slug line outside the bleed; the page grows to hold them. On imposed desktop sheets: marks where the pages meet, only where they land on blank paper.",
    };

    public Option<string> Ink { get; } = new("--ink")
    {
        Description = "What the PDFs are printed with: color (default), black (photocopiers), cmyk (PDF/X-4 for print shops) or riso:INK,INK (risograph drums, e.g. riso:black,red). See 'pamphlet inks'.",
    };

    public Option<bool> Separations { get; } = new("--separations")
    {
        Description = "With a risograph ink, also write one greyscale master per ink: DIR/<name>.<layout>.<ink>.pdf.",
    };

    public Option<string> Manifest { get; } = new("--manifest")
    {
        Description = "Build the editions listed in this manifest (default: pamphlet.yaml in the current folder, when no statement is named).",
    };

    private readonly ImpositionOptions imposition = new();
    private readonly PngOptions png = new();

    public void AddTo(Command command)
    {
        OptionValues.RequireText(Inputs, "each statement named must be a Markdown file or a folder of them");
        OptionValues.RequireText(Layouts, "--layout must be a layout name (see 'pamphlet layouts') or the path of a .yaml file");
        OptionValues.RequireText(OutDir, "--out must be a folder name, e.g. --out print");
        OptionValues.RequireText(Manifest, "--manifest must be the path of a manifest such as pamphlet.yaml");
        command.Arguments.Add(Inputs);
        foreach (var option in (Option[])[Layouts, OutDir, Pages, NoBleed, Marks, Ink, Separations, Manifest]) command.Options.Add(option);
        imposition.AddTo(command);
        png.AddTo(command);
    }

    /// <summary>The statements named, in the order given (a statement right after <c>--png</c> included: see <see cref="PngOptions"/>).</summary>
    public string[] Statements(ParseResult parsed)
    {
        var named = parsed.GetResult(Inputs)?.Tokens ?? [];
        if (png.StatementTaken(parsed) is not { } taken) return [.. named.Select(t => t.Value)];
        var order = parsed.Tokens.ToList();
        return [.. named.Append(taken).OrderBy(order.IndexOf).Select(t => t.Value)];
    }

    /// <summary>The options as given, or a usage error's exit code (the message said) when a value is wrong.</summary>
    public BuildOptions? Read(ParseResult parsed, Messages messages, out int usageError)
    {
        usageError = 0;
        PageTarget? pageCount = null;
        if (parsed.GetValue(Pages) is { } text)
        {
            if (!PageTarget.TryParse(text, out var target))
            {
                usageError = messages.Usage($"--pages must be {PageTarget.Expected} (at most {PageTarget.MaxPages}); '{text}' is neither.");
                return null;
            }
            pageCount = target;
        }
        InkChoice? inkChoice = null;
        if (parsed.GetValue(Ink) is { } inkText)
        {
            if (!InkChoice.TryParse(inkText, out var chosen, out var error))
            {
                usageError = messages.Usage($"--ink: {error}.");
                return null;
            }
            inkChoice = chosen;
        }

        return new BuildOptions(parsed.GetValue(Layouts) ?? [], parsed.GetValue(OutDir) ?? "out", pageCount,
            parsed.GetValue(NoBleed), parsed.GetValue(Marks), ImpositionOptions.Request(parsed, imposition))
        {
            OutGiven = parsed.GetResult(OutDir) is { Implicit: false },
            Ink = inkChoice,
            Separations = parsed.GetValue(Separations),
            Png = png.Request(parsed),
        };
    }
}
