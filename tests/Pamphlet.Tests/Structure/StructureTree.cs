using System.Runtime.CompilerServices;
using System.Text;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Structure;

/// <summary>
/// The structure tree as a writer sees it: every element reached from the pages' items by their
/// Parent chains, each element's children sorted by Order, and the items each element carries.
/// </summary>
public sealed class StructureTree
{
    private readonly Dictionary<StructureElement, List<StructureElement>> children = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StructureElement, List<PageItem>> items = new(ReferenceEqualityComparer.Instance);

    public StructureTree(PagedDocument document)
    {
        Document = document;
        foreach (var item in document.Pages.SelectMany(p => p.Items))
        {
            if (item.Structure is not { } element) continue;
            if (!items.TryGetValue(element, out var carried)) items[element] = carried = [];
            carried.Add(item);
            for (var e = element; e.Parent is { } parent; e = parent)
            {
                if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                if (list.Contains(e, ReferenceEqualityComparer.Instance)) break;
                list.Add(e);
            }
        }
        foreach (var list in children.Values) list.Sort((a, b) => a.Order.CompareTo(b.Order));
    }

    public PagedDocument Document { get; }

    /// <summary>Every element reached from an item, with its ancestors.</summary>
    public IEnumerable<StructureElement> Elements =>
        items.Keys.SelectMany(Ancestry).Distinct(ReferenceEqualityComparer.Instance).Cast<StructureElement>();

    public IReadOnlyList<StructureElement> ChildrenOf(StructureElement element) =>
        children.TryGetValue(element, out var list) ? list : [];

    public IReadOnlyList<PageItem> ItemsOf(StructureElement element) =>
        items.TryGetValue(element, out var list) ? list : [];

    /// <summary>The text an element's own glyph runs draw, in drawing order.</summary>
    public string TextOf(StructureElement element) =>
        string.Join(" ", ItemsOf(element).OfType<GlyphRun>().Select(r => r.Text));

    /// <summary>The text of an element and everything under it, in reading order (children by Order, own runs first).</summary>
    public string DeepText(StructureElement element)
    {
        var own = TextOf(element);
        var inner = ChildrenOf(element).Select(DeepText).Where(t => t.Length > 0);
        return string.Join(" ", new[] { own }.Where(t => t.Length > 0).Concat(inner));
    }

    public static IEnumerable<StructureElement> Ancestry(StructureElement element)
    {
        for (StructureElement? e = element; e is not null; e = e.Parent) yield return e;
    }

    public static StructureElement RootOf(StructureElement element) => Ancestry(element).Last();

    /// <summary>The tree as indented text, for failure messages.</summary>
    public string Dump(StructureElement root, int maxDepth = 4)
    {
        var text = new StringBuilder();
        void Write(StructureElement e, int depth)
        {
            var own = TextOf(e);
            text.Append(' ', depth * 2).Append(e.Kind).Append(" @").Append(e.Order)
                .Append(e.Title is null ? "" : $" '{e.Title}'")
                .Append(own.Length == 0 ? "" : $": {(own.Length > 50 ? own[..50] + "…" : own)}").AppendLine();
            if (depth >= maxDepth) return;
            foreach (var c in ChildrenOf(e)) Write(c, depth + 1);
        }
        Write(root, 0);
        return text.ToString();
    }
}
