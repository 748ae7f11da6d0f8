using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Looks values up in a layout's merged tree by dotted path ("styles.pullquote.text.size"), for checks
/// made after binding that must point at the line that wrote a value (in whichever file of the chain).
/// </summary>
internal sealed class LayoutTree(RawMap merged)
{
    /// <summary>Where a style's size is given: its own <c>size</c>, else its font role's.</summary>
    public string SizePath(string stylePath)
    {
        if (Find($"{stylePath}.size") is not null) return $"{stylePath}.size";
        var role = Find($"{stylePath}.font") is RawScalar { IsNull: false } font ? font.Value.Trim() : "body";
        return $"fonts.{role}.size";
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
