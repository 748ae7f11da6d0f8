using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>Messages shared by the binders, so the same mistake is always explained the same way.</summary>
internal static class Errors
{
    public static PamphletException Expected(RawNode node, string path, string expected)
    {
        var hint = node is RawScalar { IsNull: true } ? " (an empty value; give one, or delete the line to inherit it)" : "";
        return new PamphletException(node.At, $"'{path}' must be {expected}, but it is {node.Describe()}{hint}.");
    }

    public static PamphletException At(RawNode node, string message) => new(node.At, message);
}
