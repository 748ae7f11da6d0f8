using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The marked content of one page in a tagged PDF: each run of content of one structure element gets
/// the next MCID, in drawing order; where each element first appears is kept for bookmarks.
/// <paramref name="trimTop"/> is the y of the trim's top edge in the page's PDF user space: the
/// painter gives tops in page coordinates negated (0 at the trim's top), bookmarks need user space.
/// </summary>
internal sealed class PageMarking(int pageIndex, double trimTop)
{
    public int PageIndex { get; } = pageIndex;

    public List<(StructureElement Element, int Mcid)> Marks { get; } = [];

    /// <summary>The top of the first thing each element draws on this page, in PDF user space (y up).</summary>
    public Dictionary<StructureElement, double> FirstTop { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The next MCID for <paramref name="element"/>, whose content starts at <paramref name="top"/> (page coordinates, negated).</summary>
    public int Mark(StructureElement element, double top)
    {
        Marks.Add((element, Marks.Count));
        FirstTop.TryAdd(element, trimTop + top);
        return Marks.Count - 1;
    }
}
