using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// Where one list item's parts go in the structure tree: its marker (a Label) and its blocks (the
/// body: a ListBody, or for an endnote the Note itself).
/// </summary>
internal sealed record ItemStructure(StructureElement Label, StructureElement Body)
{
    /// <summary>The body comes after the label in an item that starts on the label's source line.</summary>
    private const double BodyAfterLabel = 0.5;

    /// <summary>
    /// A List under <paramref name="parent"/> in the list's source line's place, and for each item a
    /// ListItem holding a Label (its number or bullet) and a ListBody (its blocks).
    /// </summary>
    public static IReadOnlyList<ItemStructure> OfList(ListBlock list, StructureElement parent)
    {
        var element = new StructureElement(StructureKind.List, parent, list.Location.Line);
        return list.Items.Select(item =>
        {
            var line = item.Location.Line;
            var listItem = new StructureElement(StructureKind.ListItem, element, line);
            return new ItemStructure(new StructureElement(StructureKind.Label, listItem, line), new StructureElement(StructureKind.ListBody, listItem, line + BodyAfterLabel));
        }).ToList();
    }
}
