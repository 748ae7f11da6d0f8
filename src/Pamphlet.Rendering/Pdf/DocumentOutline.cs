using Pamphlet.Pages;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Bookmarks: the title, then each <c>##</c> heading, in reading order, each opening its page at the
/// heading. Built from the structure elements, so bookmarks and tags name the same headings.
/// </summary>
internal static class DocumentOutline
{
    /// <summary>Writes the outline and returns its root, or null when the statement has no title or headings placed.</summary>
    public static PdfRef? Write(PdfFileWriter file, DocumentTagging tagging, IReadOnlyList<PdfRef> pages)
    {
        var entries = tagging.InReadingOrder()
            .Where(e => e.Kind is StructureKind.Title or StructureKind.Heading && !string.IsNullOrWhiteSpace(e.Title))
            .Where(e => tagging.FirstPlace.ContainsKey(e))
            .ToList();
        if (entries.Count == 0) return null;
        var root = file.Reserve();
        var items = entries.Select(_ => file.Reserve()).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var (page, top) = tagging.FirstPlace[entries[i]];
            var dict = new PdfDict()
                .Set("Title", PdfValue.Text(Collapse(entries[i].Title!)))
                .Set("Parent", root)
                // /XYZ with null left and zoom keeps the reader's zoom and opens at the heading's top.
                .Set("Dest", $"[{pages[page]} /XYZ null {PdfValue.Number(top)} null]");
            if (i > 0) dict.Set("Prev", items[i - 1]);
            if (i + 1 < entries.Count) dict.Set("Next", items[i + 1]);
            file.Write(items[i], dict);
        }

        return file.Write(root, new PdfDict()
            .SetName("Type", "Outlines")
            .Set("First", items[0])
            .Set("Last", items[^1])
            .Set("Count", items.Count));
    }

    /// <summary>Headings set on several lines are one bookmark line.</summary>
    private static string Collapse(string title) => string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
