using Pamphlet.Composition.Blocks;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Furniture;

/// <summary>
/// Where the text goes on a page. Pages are numbered from 1 (the cover). In a left-to-right booklet odd
/// pages are right-hand pages, bound on their left: the inside margin is on the left; even pages mirror
/// it. A right-to-left booklet is bound on the right, so everything mirrors: odd pages are bound on
/// their right.
/// </summary>
internal sealed class PageGeometry(PageSetup page, bool rightToLeft = false)
{
    public Size Size => new(page.Width, page.Height);

    /// <summary>Whether the page's binding (inside) edge is its left edge.</summary>
    public bool BoundOnLeft(int pageNumber) => (pageNumber % 2 == 1) != rightToLeft;

    public Rect TextArea(int pageNumber)
    {
        var m = page.Margins;
        var left = BoundOnLeft(pageNumber) ? m.Inside : m.Outside;
        return new Rect(left, m.Top, page.Width - m.Inside - m.Outside, page.Height - m.Top - m.Bottom);
    }

    public IReadOnlyList<Rect> Columns(int pageNumber)
    {
        var area = TextArea(pageNumber);
        var width = page.ColumnWidth;
        return Enumerable.Range(0, page.Columns)
            .Select(i => new Rect(area.X + i * (width + page.Gutter), area.Y, width, area.Height))
            .ToList();
    }
}
