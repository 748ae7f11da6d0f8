using Pamphlet.Layouts;
using Pamphlet.Pages;

namespace Pamphlet.Composition;

/// <summary>
/// Where the text goes on a page. Pages are numbered from 1 (the cover); odd pages are right-hand
/// (recto) pages, whose inside margin — the binding side — is on the left; even pages mirror it.
/// </summary>
public sealed class PageGeometry(PageSetup page)
{
    public Size Size => new(page.Width, page.Height);

    public static bool IsRecto(int pageNumber) => pageNumber % 2 == 1;

    public Rect TextArea(int pageNumber)
    {
        var m = page.Margins;
        var left = IsRecto(pageNumber) ? m.Inside : m.Outside;
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
