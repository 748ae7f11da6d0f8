using System.Text;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Pdf.Document;

/// <summary>
/// Writes the structure tree: StructTreeRoot, every element, the role map for our own element types,
/// and the parent tree that leads from each page's marked content (and each link annotation) back to
/// its element — what screen readers and text extraction follow.
/// </summary>
internal static class StructureTreeWriter
{
    /// <param name="pages">Each page's object, by page index.</param>
    /// <remarks>
    /// Parent-tree keys: a page's /StructParents is its index, and each annotation's /StructParent (in
    /// <see cref="AnnotationKid"/>) a key after the pages' keys.
    /// </remarks>
    public static PdfRef Write(PdfFileWriter file, StructureNode root, IReadOnlyList<PdfRef> pages,
        IReadOnlyDictionary<string, string> roleMap)
    {
        var rootRef = file.Reserve();
        var all = new List<(StructureNode Node, PdfRef Parent)>();
        Assign(file, root, rootRef, all);

        // Parent tree: a page's key maps to the array of elements indexed by MCID; an annotation's key to its element.
        var byPage = new SortedDictionary<int, SortedDictionary<int, PdfRef>>();
        var byAnnotation = new SortedDictionary<int, PdfRef>();
        foreach (var (node, _) in all)
        {
            foreach (var kid in node.Kids)
            {
                switch (kid)
                {
                    case MarkedContentKid mc:
                        if (!byPage.TryGetValue(mc.PageIndex, out var mcids)) byPage[mc.PageIndex] = mcids = [];
                        mcids[mc.Mcid] = node.Reference;
                        break;
                    case AnnotationKid annotation:
                        byAnnotation[annotation.StructParent] = node.Reference;
                        break;
                }
            }
        }

        foreach (var (node, parent) in all)
        {
            // /Type /StructElem is optional (ISO 32000-1, Table 323) and left out: a tree has hundreds of elements.
            var dict = new PdfDict().SetName("S", node.Type).Set("P", parent);
            if (node.Title is { } title) dict.Set("T", PdfValue.Text(title));
            if (node.Language is { } language) dict.Set("Lang", PdfValue.Text(language));
            if (node.Alt is { } alt) dict.Set("Alt", PdfValue.Text(alt));
            if (node.ActualText is { } actual) dict.Set("ActualText", PdfValue.Text(actual));
            var pageOfKids = node.Kids.OfType<MarkedContentKid>().Select(k => k.PageIndex).Distinct().ToList();
            // One /Pg for an element on one page, its marked content kids then bare MCIDs; elements
            // across pages (or with an annotation) name the page in each kid.
            var onePage = pageOfKids.Count == 1 && !node.Kids.Any(k => k is AnnotationKid);
            if (onePage) dict.Set("Pg", pages[pageOfKids[0]]);
            var kids = node.Kids.Select(kid => kid switch
            {
                ElementKid e => e.Node.Reference.ToString(),
                MarkedContentKid mc when onePage => mc.Mcid.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MarkedContentKid mc => $"<</Type /MCR /Pg {pages[mc.PageIndex]} /MCID {mc.Mcid}>>",
                AnnotationKid a => $"<</Type /OBJR /Pg {pages[a.PageIndex]} /Obj {a.Annotation}>>",
                _ => throw new InvalidOperationException(),
            }).ToList();
            if (kids.Count == 1) dict.Set("K", kids[0]);
            else if (kids.Count > 1) dict.Set("K", PdfValue.Array(kids));
            file.Write(node.Reference, dict);
        }

        var nums = new StringBuilder("[");
        foreach (var (page, mcids) in byPage)
        {
            var max = mcids.Keys.Max();
            var array = Enumerable.Range(0, max + 1).Select(m => mcids.TryGetValue(m, out var r) ? r.ToString() : "null");
            nums.Append(page).Append(' ').Append(PdfValue.Array(array)).Append(' ');
        }

        foreach (var (key, element) in byAnnotation) nums.Append(key).Append(' ').Append(element).Append(' ');
        if (nums.Length > 1) nums.Length--;
        var parentTree = file.Write(new PdfDict().Set("Nums", nums.Append(']').ToString()));
        var roles = new PdfDict();
        foreach (var (own, standard) in roleMap.OrderBy(r => r.Key, StringComparer.Ordinal)) roles.SetName(own, standard);
        var next = Math.Max(byPage.Count == 0 ? 0 : byPage.Keys.Max() + 1, byAnnotation.Count == 0 ? 0 : byAnnotation.Keys.Max() + 1);
        file.Write(rootRef, new PdfDict()
            .SetName("Type", "StructTreeRoot")
            .Set("K", root.Reference)
            .Set("ParentTree", parentTree)
            .Set("ParentTreeNextKey", next)
            .Set("RoleMap", roles));
        return rootRef;
    }

    private static void Assign(PdfFileWriter file, StructureNode node, PdfRef parent, List<(StructureNode, PdfRef)> all)
    {
        node.Reference = file.Reserve();
        all.Add((node, parent));
        foreach (var kid in node.Kids.OfType<ElementKid>()) Assign(file, kid.Node, node.Reference, all);
    }
}
