using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The marked content of one page in a tagged PDF: each run of content of one structure element gets
/// the next MCID, in drawing order; where each element first appears is kept for bookmarks.
/// </summary>
internal sealed class PageMarking(int pageIndex)
{
    public int PageIndex { get; } = pageIndex;

    public List<(StructureElement Element, int Mcid)> Marks { get; } = [];

    /// <summary>The top of the first thing each element draws on this page, in PDF user space (y up).</summary>
    public Dictionary<StructureElement, double> FirstTop { get; } = new(ReferenceEqualityComparer.Instance);

    public int Mark(StructureElement element, double top)
    {
        Marks.Add((element, Marks.Count));
        FirstTop.TryAdd(element, top);
        return Marks.Count - 1;
    }
}
