using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;
using Pamphlet.Pages;

namespace Pamphlet.Layouts.Binding;

/// <summary>Binds <c>colors:</c> (any names; ink, accent, paper and muted always exist) and resolves colour references.</summary>
internal static class PaletteBinder
{
    public static readonly string[] RequiredNames = ["ink", "accent", "paper", "muted"];

    /// <summary>The word that means "no colour" where a fill or background is optional.</summary>
    public const string None = "none";

    public static Palette Bind(RawNode node, string path)
    {
        if (node is not RawMap map) throw Errors.Expected(node, path, "a map of colour names to colours (\"#rrggbb\", gray(0.6), cmyk(0, 100, 85, 30) or spot(\"Name\", cmyk(…)))");
        var named = new Dictionary<string, Color>();
        foreach (var entry in map.Entries)
        {
            var entryPath = $"{path}.{entry.Key}";
            var text = ColorText(entry.Value, entryPath);
            if (!Color.TryParse(text, out var color))
            {
                throw Errors.At(entry.Value, $"'{entryPath}' must be a colour: {Notations}; '{text}' is not.");
            }

            named[entry.Key] = InkCoverage.Checked(color, entry.Value, entryPath);
        }

        return new Palette(named["ink"], named["accent"], named["paper"], named["muted"], named);
    }

    /// <summary>A palette name or a hex value.</summary>
    public static Color Resolve(RawNode node, string path, Palette palette)
    {
        var text = ColorText(node, path).Trim();
        if (LooksLikeNotation(text))
        {
            if (Color.TryParse(text, out var given)) return InkCoverage.Checked(given, node, path);
            throw Errors.At(node, $"'{path}' is '{text}', which is not a colour; write one of {Notations}.");
        }

        if (palette.Named.TryGetValue(text, out var named)) return named;
        throw new PamphletException(node.At,
            $"'{path}' is '{text}', which is neither a colour name from 'colors:' ({Suggestions.List(palette.Named.Keys)}) nor a colour such as \"#b3001b\" or cmyk(0, 100, 85, 30); add it to 'colors:' or use one of those.{Suggestions.DidYouMean(text, palette.Named.Keys)}");
    }

    /// <summary>The notations a layout may write, for messages.</summary>
    private const string Notations = "\"#b3001b\" (in quotes), gray(0.6) (0 black, 1 white), cmyk(0, 100, 85, 30) (percent ink) or spot(\"Name\", cmyk(0, 100, 85, 30))";

    /// <summary>Text written as a colour rather than a palette name: a hex value or a colour function.</summary>
    private static bool LooksLikeNotation(string text) => text.StartsWith('#') || text.Contains('(');

    /// <summary>Like <see cref="Resolve"/>, but <c>none</c> means no colour at all.</summary>
    public static Color? ResolveOptional(RawNode node, string path, Palette palette) =>
        node is RawScalar { IsNull: false } && IsNone(node) ? null : Resolve(node, path, palette);

    /// <summary>True for <c>none</c> or an empty value: "nothing here", also for an inherited map a layout drops.</summary>
    public static bool IsNone(RawNode node) =>
        node is RawScalar scalar && (scalar.IsNull || string.Equals(scalar.Value.Trim(), None, StringComparison.OrdinalIgnoreCase));

    /// <summary>An unquoted "#…" is a YAML comment, leaving the value empty: say so, since the mistake is invisible.</summary>
    private static string ColorText(RawNode node, string path)
    {
        if (node is RawScalar { IsNull: true })
        {
            throw Errors.At(node, $"'{path}' has no value. If you wrote a hex colour, put it in quotes (\"#b3001b\"): an unquoted # starts a YAML comment.");
        }

        return Values.Text(node, path);
    }
}
