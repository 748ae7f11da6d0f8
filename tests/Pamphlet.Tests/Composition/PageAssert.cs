using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>Checks every composition test wants on every document: things stay in their column and on their page.</summary>
internal static class PageAssert
{
    /// <summary>Tolerance for "on the edge" in points: well below anything a reader could see.</summary>
    public const double EdgeTolerance = 0.5;

    /// <summary>The text column of a one-column layout on a page: odd pages have the inside (binding) margin on the left.</summary>
    public static (double Left, double Right) Column(LayoutDefinition layout, int pageNumber)
    {
        var page = layout.Page;
        var left = pageNumber % 2 == 1 ? page.Margins.Inside : page.Margins.Outside;
        return (left, left + page.ColumnWidth);
    }

    /// <summary>No glyph run starts before or ends after the text column, on any page but the cover.</summary>
    public static void GlyphRunsInsideTheColumn(PagedDocument document, LayoutDefinition layout)
    {
        foreach (var p in document.Pages.Where(p => p.Number > 1))
        {
            var (left, right) = Column(layout, p.Number);
            foreach (var run in p.ItemsOf<GlyphRun>())
            {
                Assert.True(run.Origin.X >= left - EdgeTolerance && run.Origin.X + run.Width <= right + EdgeTolerance,
                    $"page {p.Number}: '{run.Text}' ({run.Role}) spans {run.Origin.X:0.##}..{run.Origin.X + run.Width:0.##}, column {left:0.##}..{right:0.##}");
            }
        }
    }

    /// <summary>Every item's bounds lie within the trimmed page, or its bleed for artwork that runs off the edge.</summary>
    public static void ItemsOnThePage(PagedDocument document)
    {
        foreach (var p in document.Pages)
        {
            foreach (var item in p.Items)
            {
                Assert.True(p.BleedArea.Contains(item.Bounds, EdgeTolerance), $"page {p.Number}: {item.Role} at {item.Bounds} is off the page");
            }
        }
    }
}
