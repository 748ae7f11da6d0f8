using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Collects the font families a layout names while it is bound, with where each is written, so a
/// family the font folders lack is reported at the layout's line rather than at the statement's.
/// </summary>
internal sealed class FamilyNames
{
    private readonly List<NamedFamily> names = [];

    public IReadOnlyList<NamedFamily> All => names;

    /// <summary>Reads the family name at <paramref name="node"/> and remembers where it was written.</summary>
    public string Read(RawNode node, string path)
    {
        var family = Values.Text(node, path).Trim();
        names.Add(new NamedFamily(family, node.At));
        return family;
    }
}
