using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Looks values up in a layout's merged tree by dotted path ("styles.pullquote.text.size"), for checks
/// made after binding that must point at the line that wrote a value (in whichever file of the chain).
/// </summary>
internal sealed class LayoutTree(RawMap merged)
{
    /// <summary>Where a style's size is given: its own <c>size</c>, else its font role's.</summary>
    public string SizePath(string stylePath) => SizePaths(stylePath)[0];

    /// <summary>
    /// The values a style's size comes from, most specific first: its own <c>size</c> when one is given
    /// (in em, it scales its role's), then its font role's size.
    /// </summary>
    public IReadOnlyList<string> SizePaths(string stylePath)
    {
        var role = Find($"{stylePath}.font") is RawScalar { IsNull: false } font ? font.Value.Trim() : "body";
        var roleSize = $"fonts.{role}.size";
        return Find($"{stylePath}.size") is not null ? [$"{stylePath}.size", roleSize] : [roleSize];
    }

    /// <summary>The node at a dotted path if a layout file (not the built-in defaults) wrote it; for a path into a scalar (margins: 20mm), that scalar.</summary>
    public RawNode? Written(string path) =>
        Find(path) is { } node && node.At.File != BuiltInDefaults.FileLabel ? node : null;

    public RawNode? Find(string path)
    {
        RawNode node = merged;
        foreach (var key in path.Split('.'))
        {
            if (node is not RawMap map) return node;
            if (map.Find(key) is not { } entry) return null;
            node = entry.Value;
        }

        return node;
    }
}
