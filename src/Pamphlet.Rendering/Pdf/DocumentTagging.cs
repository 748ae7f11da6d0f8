using Pamphlet.Pages;
using Pamphlet.Pdf.Document;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Builds the PDF structure tree from the structure elements that page items carry: one node per
/// element, chained to its parents up to the Document root; marked content and link annotations as
/// kids in the order they are drawn, and child elements among their siblings in the statement's order
/// (<see cref="StructureElement.Order"/>), so a poster reads as the statement does, not as its grid.
/// </summary>
internal sealed class DocumentTagging(string language)
{
    private readonly Dictionary<StructureElement, Entry> entries = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StructureNode, Entry> byNode = new(ReferenceEqualityComparer.Instance);
    private StructureElement? root;
    private int seen;

    /// <summary>Where each element was first drawn (page index, top in PDF user space), for bookmarks.</summary>
    public Dictionary<StructureElement, (int Page, double Top)> FirstPlace { get; } = new(ReferenceEqualityComparer.Instance);

    public void AddPage(PageMarking marking)
    {
        foreach (var (element, mcid) in marking.Marks)
        {
            EntryOf(element).Node.Kids.Add(new MarkedContentKid(marking.PageIndex, mcid));
        }

        foreach (var (element, top) in marking.FirstTop) FirstPlace.TryAdd(element, (marking.PageIndex, top));
    }

    public void AddAnnotation(StructureElement element, int pageIndex, PdfRef annotation, int structParent) =>
        EntryOf(element).Node.Kids.Add(new AnnotationKid(pageIndex, annotation, structParent));

    /// <summary>The root of the tree, with every element's kids in reading order; null when nothing is tagged.</summary>
    public StructureNode? Build()
    {
        if (root is null) return null;
        foreach (var entry in entries.Values) SortElementKids(entry.Node);
        return entries[root].Node;
    }

    /// <summary>The Title and Heading elements in reading order, for bookmarks.</summary>
    public IEnumerable<StructureElement> InReadingOrder()
    {
        if (root is null) yield break;
        var stack = new Stack<StructureElement>([root]);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            var children = entries[element].Node.Kids.OfType<ElementKid>().Select(k => byNode[k.Node].Element).Reverse();
            foreach (var child in children) stack.Push(child);
        }
    }

    private Entry EntryOf(StructureElement element)
    {
        if (entries.TryGetValue(element, out var entry)) return entry;
        entry = new Entry(element, new StructureNode(StructureTypes.Of(element.Kind))
        {
            Alt = element.Alt,
            Title = element.Title,
            // The document's own language is on the catalog; only spans in another language say theirs.
            Language = element.Language is { } lang && !string.Equals(lang, language, StringComparison.OrdinalIgnoreCase) ? lang : null,
            ActualText = element.Kind == StructureKind.QrCode ? element.Url : null,
        }, element.Order, seen++);
        entries.Add(element, entry);
        byNode.Add(entry.Node, entry);
        if (element.Parent is { } parent) EntryOf(parent).Node.Kids.Add(new ElementKid(entry.Node));
        else if (root is null) root = element;
        else if (!ReferenceEquals(root, element)) throw new InvalidOperationException("Page items carry structure elements of two different documents.");
        return entry;
    }

    /// <summary>Keeps marked content where it was drawn and reorders only the child elements among their own slots.</summary>
    private void SortElementKids(StructureNode node)
    {
        var slots = Enumerable.Range(0, node.Kids.Count).Where(i => node.Kids[i] is ElementKid).ToList();
        if (slots.Count < 2) return;
        var sorted = slots.Select(i => (ElementKid)node.Kids[i])
            .OrderBy(k => byNode[k.Node].Order).ThenBy(k => byNode[k.Node].Seen).ToList();
        for (var i = 0; i < slots.Count; i++) node.Kids[slots[i]] = sorted[i];
    }

    private sealed record Entry(StructureElement Element, StructureNode Node, double Order, int Seen);
}
