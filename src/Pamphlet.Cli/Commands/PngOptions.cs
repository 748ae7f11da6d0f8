using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Pamphlet.Engine.Previews;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>--png [DPI]</c> and <c>--show-trim</c>. The resolution is optional, but System.CommandLine
/// hands an option with an optional value the next word whatever it is, so a word after <c>--png</c>
/// that does not start with a digit is a statement (<c>build --png statement.md</c> builds
/// statement.md at the default resolution): <see cref="BuildOptionSet.Statements"/> puts it back
/// among them.
/// </summary>
internal sealed class PngOptions
{
    public Option<string> Png { get; } = new("--png")
    {
        Description = $"Also write one PNG per page, DIR/<name>.<layout>-<page>.png, and a contact sheet of all pages (a pamphlet's as spreads), DIR/<name>.<layout>.sheet.png, at DPI dots per inch ({PngRequest.MinDpi}–{PngRequest.MaxDpi}; default {PngRequest.DefaultDpi}, an A5 page about as large as printed on a screen).",
        Arity = ArgumentArity.ZeroOrOne,
        HelpName = "DPI",
    };

    public Option<bool> ShowTrim { get; } = new("--show-trim")
    {
        Description = "With --png: show each page's bleed and draw the trim (cyan) and the bleed's edge (red).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Png);
        command.Options.Add(ShowTrim);
        command.Validators.Add(result =>
        {
            if (result.GetResult(ShowTrim) is { Implicit: false } trim && result.GetResult(Png) is null)
            {
                trim.AddError("--show-trim draws on the PNG previews: add --png, or leave out --show-trim.");
            }
        });
        Png.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && IsResolution(token.Value) && !(TryRead(token.Value, out var dpi) && PngRequest.Accepts(dpi)))
            {
                result.AddError($"--png takes a resolution from {PngRequest.MinDpi} to {PngRequest.MaxDpi} dots per inch (e.g. --png 150), or none for {PngRequest.DefaultDpi}; '{token.Value}' is not one.");
            }
        });
    }

    /// <summary>The PNG previews asked for, or null without <c>--png</c>.</summary>
    public PngRequest? Request(ParseResult parsed) => parsed.GetResult(Png) is { } png
        ? new PngRequest(png.Tokens is [var token] && TryRead(token.Value, out var dpi) ? dpi : PngRequest.DefaultDpi, parsed.GetValue(ShowTrim))
        : null;

    /// <summary>The word System.CommandLine gave <c>--png</c> that is no resolution but a statement, if any.</summary>
    public Token? StatementTaken(ParseResult parsed) =>
        parsed.GetResult(Png) is { Tokens: [var token] } && !IsResolution(token.Value) ? token : null;

    /// <summary>A word meant as a resolution starts with a digit (<c>150</c>, and the typo <c>150dpi</c>).</summary>
    private static bool IsResolution(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    private static bool TryRead(string word, out int dpi) => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out dpi);
}
