using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Layouts.Yaml;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Binds <c>ink:</c>, <c>black-only:</c>, <c>cmyk:</c> and <c>riso:</c>. The colour maps are keyed by
/// palette names, so a typo or a colour the palette lacks is an error at its line, not a colour that
/// silently keeps its default.
/// </summary>
internal static class InkSetupBinder
{
    public static readonly string[] Keys = ["ink", "black-only", "cmyk", "riso"];

    /// <summary>The <c>cmyk:</c> key that is not a palette name.</summary>
    public const string RichBlackKey = "rich-black";

    /// <summary>The <c>riso:</c> keys that are not palette names.</summary>
    private static readonly string[] RisoKeys = ["photo", "margins"];
    private static readonly string[] MarginKeys = ["lead", "sides", "tail"];

    /// <summary>The merged tree always has every key: the built-in defaults state them all.</summary>
    public static InkSetup Bind(MapReader root, Palette palette)
    {
        var (colors, richBlack) = Cmyk(root.Required("cmyk"), palette);
        return new InkSetup
        {
            Default = Ink(root.Required("ink"), "ink"),
            BlackOnly = BlackOnly(root.Required("black-only"), palette),
            Cmyk = colors,
            RichBlack = richBlack,
            Riso = Riso(root.Required("riso"), palette),
        };
    }

    /// <summary>An ink choice written in a layout, front matter or manifest: the one parser, with the error at the value.</summary>
    public static InkChoice Ink(RawNode node, string path)
    {
        var text = Values.Text(node, path);
        return InkChoice.TryParse(text, out var choice, out var error) ? choice : throw Errors.At(node, $"'{path}': {error}.");
    }

    private static Dictionary<string, double> BlackOnly(RawNode node, Palette palette)
    {
        if (PaletteBinder.IsNone(node)) return [];
        var map = Entries(node, "black-only", palette, []);
        var shares = new Dictionary<string, double>();
        foreach (var entry in map.Entries)
        {
            var path = $"black-only.{entry.Key}";
            shares[entry.Key] = BlackShare(entry.Value, path);
        }

        return shares;
    }

    /// <summary>A share of black ink: "100%" solid, "12%" a light tint; gray(0.88) and a grey "#e0e0e0" are read as the grey they print.</summary>
    private static double BlackShare(RawNode node, string path)
    {
        var text = Values.Text(node, path).Trim();
        if (LengthLiteral.TryParse(text, out var literal, out _) && literal.Unit == LengthUnit.Percent && literal.Number is >= 0 and <= 100)
        {
            return literal.Number / 100;
        }

        if (Color.TryParse(text, out var color) && color.Space == ColorSpace.Gray) return 1 - color.Components[0];
        throw Errors.At(node, $"'{path}' must be a share of black ink from 0% (paper) to 100% (solid), such as 12%, or a grey such as gray(0.88); it is '{text}'.");
    }

    private static (Dictionary<string, Color> Colors, Color RichBlack) Cmyk(RawNode node, Palette palette)
    {
        var map = Entries(node, "cmyk", palette, [RichBlackKey]);
        var colors = new Dictionary<string, Color>();
        Color? richBlack = null;
        foreach (var entry in map.Entries)
        {
            var path = $"cmyk.{entry.Key}";
            var text = Values.Text(entry.Value, path);
            if (!Color.TryParse(text, out var color) || color.Space != ColorSpace.Cmyk)
            {
                throw Errors.At(entry.Value, $"'{path}' must be process inks written as cmyk(C, M, Y, K) in percent, such as cmyk(0, 100, 85, 30); it is '{text}'.");
            }

            InkCoverage.Checked(color, entry.Value, path);
            if (entry.Key == RichBlackKey) richBlack = color;
            else colors[entry.Key] = color;
        }

        return (colors, richBlack ?? throw Errors.At(node, $"'cmyk' needs a '{RichBlackKey}:' value, such as cmyk(60, 40, 40, 100)."));
    }

    private static RisoSetup Riso(RawNode node, Palette palette)
    {
        var map = Entries(node, "riso", palette, RisoKeys);
        var photo = Values.Integer(map.Required("photo"), map.PathOf("photo"), 1, InkChoice.MaxRisoInks);
        var margins = Margins(map.Map("margins", MarginKeys));
        var colors = new Dictionary<string, DrumTint>();
        foreach (var entry in map.Entries)
        {
            var path = $"riso.{entry.Key}";
            if (!RisoKeys.Contains(entry.Key)) colors[entry.Key] = Drum(entry.Value, path);
        }

        return new RisoSetup { Colors = colors, PhotoDrum = photo, Margins = margins };
    }

    /// <summary>"2" (drum 2, solid) or "2 at 15%" (drum 2 at a 15 % tint).</summary>
    private static DrumTint Drum(RawNode node, string path)
    {
        var text = Values.Text(node, path).Trim();
        var parts = text.Split(" at ", 2, StringSplitOptions.TrimEntries);
        if (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var drum) && drum is >= 1 and <= InkChoice.MaxRisoInks)
        {
            if (parts.Length == 1) return new DrumTint(drum, 1);
            if (LengthLiteral.TryParse(parts[1], out var tint, out _) && tint.Unit == LengthUnit.Percent && tint.Number is > 0 and <= 100)
            {
                return new DrumTint(drum, tint.Number / 100);
            }
        }

        throw Errors.At(node, $"'{path}' must be a drum number from 1 to {InkChoice.MaxRisoInks} (1 is the first ink named in riso:…), optionally with a tint: 2 or \"2 at 15%\"; it is '{text}'.");
    }

    private static RisoMargins Margins(MapReader margins)
    {
        double Side(string key) => Values.Length(margins.Required(key), margins.PathOf(key), emSize: null);
        return new RisoMargins(Side("lead"), Side("sides"), Side("tail"));
    }

    /// <summary>The section as a map whose keys are palette names or one of <paramref name="reserved"/>.</summary>
    private static MapReader Entries(RawNode node, string place, Palette palette, string[] reserved) =>
        new(node, place, [.. palette.Named.Keys, .. reserved]);
}
