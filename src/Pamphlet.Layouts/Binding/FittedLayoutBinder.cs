using System.Globalization;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Re-binds a layout's merged tree with fitted body size, leading, paragraph space and figure height,
/// as if the layout had been written with them: em lengths (indents, spaces, rules), the <c>body</c>
/// font role and every style that uses it follow, so 1em stays one body size after fitting.
/// </summary>
internal static class FittedLayoutBinder
{
    public static LayoutDefinition Bind(LayoutDefinition layout, FittedSettings fitted)
    {
        var tree = layout.Tree ?? throw new InvalidOperationException($"layout '{layout.Name}' was not bound from a file, so it cannot be re-bound with fitted values");
        var size = Points(fitted.BodySize);
        var leading = Points(fitted.Leading);
        // The body style takes the role's values unless it sets its own; setting both keeps them equal either way.
        tree = Set(tree, ["fonts", "body", "size"], size);
        tree = Set(tree, ["fonts", "body", "leading"], leading);
        tree = Set(tree, ["styles", "body", "size"], size);
        tree = Set(tree, ["styles", "body", "leading"], leading);
        tree = Set(tree, ["text", "paragraph-space"], Points(fitted.ParagraphSpace));
        tree = Set(tree, ["styles", "figure", "max-height"], Percent(fitted.ImageShare));
        // The ranges were checked against the layout as written (and em in them means its body size):
        // they are carried over as bound, not re-read against the fitted size.
        var bound = LayoutBinder.Bind(tree.Without("fitting"), layout.Name, layout.Description, layout.SourcePath);
        return bound with { Fitting = layout.Fitting, Tree = layout.Tree };
    }

    private static string Points(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "pt";

    private static string Percent(double share) => (share * 100).ToString("R", CultureInfo.InvariantCulture) + "%";

    /// <summary>The tree with the scalar at <paramref name="path"/> replaced (maps on the way created as needed).</summary>
    private static RawMap Set(RawMap map, ReadOnlySpan<string> path, string value)
    {
        var key = path[0];
        var entry = map.Find(key);
        RawNode replacement;
        if (path.Length == 1)
        {
            replacement = new RawScalar(entry?.Value.At ?? map.At, value, Quoted: false);
        }
        else
        {
            var child = entry?.Value as RawMap ?? new RawMap(entry?.Value.At ?? map.At, []);
            replacement = Set(child, path[1..], value);
        }

        var entries = map.Entries.ToList();
        var index = entries.FindIndex(e => e.Key == key);
        if (index < 0) entries.Add(new RawEntry(key, map.At, replacement));
        else entries[index] = entries[index] with { Value = replacement };
        return map with { Entries = entries };
    }
}
