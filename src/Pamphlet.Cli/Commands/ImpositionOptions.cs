using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Pamphlet.Engine;
using Pamphlet.Layouts.Units;
using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>--impose saddle|2up|tile</c>, <c>--creep LENGTH</c> and <c>--sheet NAME</c>: bad values and
/// options that do not go together are usage errors (exit 2).
/// </summary>
internal sealed class ImpositionOptions
{
    // Creep per sheet is a fraction of a millimetre for copier paper (about the paper's thickness);
    // more than this per sheet would eat the inner margins of even a short booklet, so it is a typo.
    private const double MaximumCreepMillimetres = 2;

    public Option<ImpositionKind?> Impose { get; } = new("--impose")
    {
        Description = "Also write the pages imposed on printer sheets as DIR/<name>.<layout>.<kind>.pdf: 'saddle' (booklet order, print duplex, fold, staple), '2up' (each page twice, to cut apart; on desktop sheets both need pages half a sheet, A5 on A4 or Half-Letter on Letter; --sheet puts them on a press sheet) or 'tile' (a poster larger than A4/Letter on overlapping portrait sheets with a tile map).",
        CustomParser = ParseKind,
    };

    public Option<double?> Creep { get; } = new("--creep")
    {
        Description = "With --impose saddle: move each inner sheet's pages this far towards the fold per sheet (e.g. 0.2mm), so the trimmed margins line up.",
        CustomParser = ParseCreep,
    };

    public Option<PrinterSheet?> Sheet { get; } = new("--sheet")
    {
        Description = $"With --impose saddle or 2up: print on this press sheet ({PrinterSheets.PressNames}) instead of desktop sheets: the pages keep their bleed, crop and fold marks and a slug per side go in the margin outside it.",
        CustomParser = ParseSheet,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Impose);
        command.Options.Add(Creep);
        command.Options.Add(Sheet);
        command.Validators.Add(result =>
        {
            // GetValue would throw on an --impose value that failed to parse (that error is reported already).
            var impose = result.GetResult(Impose);
            ImpositionKind? kind = impose?.Tokens is [var token] && ImpositionKinds.TryParse(token.Value, out var parsed) ? parsed : null;
            var imposesOther = impose is null || kind is { } k && k != ImpositionKind.Saddle;
            if (result.GetResult(Creep) is { } creep && imposesOther)
            {
                creep.AddError("--creep only applies to --impose saddle; add --impose saddle or leave out --creep.");
            }

            if (result.GetResult(Sheet) is { } sheet)
            {
                if (impose is null) sheet.AddError("--sheet only applies with --impose saddle or --impose 2up; add one of them or leave out --sheet.");
                else if (kind == ImpositionKind.Tile)
                {
                    sheet.AddError("--sheet does not apply to --impose tile: tiles are for office printers, overlapped and glued. " +
                        "A shop prints the poster whole: leave out --impose (add --marks for crop marks), or leave out --sheet to tile on A4 or Letter.");
                }
            }
        });
    }

    public static ImpositionRequest? Request(ParseResult parsed, ImpositionOptions options) =>
        parsed.GetValue(options.Impose) is { } kind
            ? new ImpositionRequest(kind, parsed.GetValue(options.Creep) ?? 0) { Sheet = parsed.GetValue(options.Sheet) }
            : null;

    private static PrinterSheet? ParseSheet(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (PrinterSheets.PressSheet(text) is { } sheet) return sheet;
        result.AddError($"--sheet '{text}' is not a press sheet we know; use {PrinterSheets.PressNames} (or leave it out for desktop sheets).");
        return null;
    }

    private static ImpositionKind? ParseKind(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (ImpositionKinds.TryParse(text, out var kind)) return kind;
        var names = string.Join(" or ", Enum.GetValues<ImpositionKind>().Select(k => $"'{k.Name()}'"));
        result.AddError($"--impose '{text}' is not an imposition; use {names}.");
        return null;
    }

    private static double? ParseCreep(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (!LengthLiteral.TryParse(text, out var length, out _) ||
            length.Unit is not (LengthUnit.Point or LengthUnit.Millimetre or LengthUnit.Centimetre or LengthUnit.Inch))
        {
            result.AddError($"--creep '{text}' is not a length; write a number with a unit, e.g. 0.2mm or 0.5pt.");
            return null;
        }

        var points = length.ToPoints(emSize: 0);
        if (points < 0 || points > MaximumCreepMillimetres * LengthLiteral.PointsPerMillimetre)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture,
                $"--creep '{text}' is out of range; use 0 to {MaximumCreepMillimetres} mm per sheet (about the paper's thickness, e.g. 0.1mm)."));
            return null;
        }

        return points;
    }
}
