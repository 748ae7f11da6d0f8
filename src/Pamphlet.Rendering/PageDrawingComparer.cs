using Pamphlet.Pages;

namespace Pamphlet.Rendering;

/// <summary>
/// Two pages are equal when their display lists hold the same items with the same values, in the same
/// order: drawn, they give the same pixels. Every property of every item counts except
/// <see cref="PageItem.Structure"/> (tagging, which no raster shows) and the page's number and folio
/// label (the folio's glyphs are items of their own), so a page that only moved is found again. List
/// properties (glyphs, positions, clusters) are compared element by element; a font counts as the same
/// only with the same bytes (<see cref="FontFace.Data"/>), so a font file replaced on disk is drawn anew.
/// An image is named by its path only: callers that keep pixels between renders add the file's stamp
/// (<see cref="ImageFileStamp"/>).
/// </summary>
internal sealed class PageDrawingComparer : IEqualityComparer<Page>
{
    public static readonly PageDrawingComparer Instance = new();

    public bool Equals(Page? x, Page? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;
        if (x.Size != y.Size || x.Bleed != y.Bleed || x.Items.Count != y.Items.Count) return false;
        if (!(x.Slug is null ? y.Slug is null : y.Slug is not null && Same(x.Slug, y.Slug))) return false;
        for (var i = 0; i < x.Items.Count; i++)
        {
            if (!Same(x.Items[i], y.Items[i])) return false;
        }

        return true;
    }

    public int GetHashCode(Page page)
    {
        var hash = new HashCode();
        hash.Add(page.Size);
        hash.Add(page.Items.Count);
        foreach (var item in page.Items)
        {
            hash.Add(item.GetType());
            hash.Add(item.Bounds);
        }

        return hash.ToHashCode();
    }

    private static bool Same(PageItem a, PageItem b) => (a, b) switch
    {
        (GlyphRun x, GlyphRun y) => Same(x, y),
        (ImageItem x, ImageItem y) => x.Role == y.Role && x.Frame == y.Frame && x.Path == y.Path && x.Source == y.Source
            && x.Orientation == y.Orientation && Equals(x.Monochrome, y.Monochrome),
        (RuleItem x, RuleItem y) => x.Role == y.Role && x.From == y.From && x.To == y.To && x.Thickness == y.Thickness && x.Color == y.Color,
        (FillItem x, FillItem y) => x.Role == y.Role && x.Area == y.Area && x.Fill == y.Fill && x.Stroke == y.Stroke
            && x.StrokeWidth == y.StrokeWidth && x.CornerRadius == y.CornerRadius,
        (LinkItem x, LinkItem y) => x.Role == y.Role && x.Area == y.Area && x.Url == y.Url,
        _ when a.GetType() != b.GetType() => false,
        _ => throw new NotSupportedException($"No drawing comparison for page item {a.GetType().Name}."),
    };

    private static bool Same(GlyphRun x, GlyphRun y) =>
        x.Role == y.Role && x.Origin == y.Origin && SameFont(x.Font, y.Font) && x.FontSize == y.FontSize && x.Color == y.Color
        && x.Width == y.Width && x.Ascent == y.Ascent && x.Descent == y.Descent && x.RightToLeft == y.RightToLeft
        && x.HyphenInserted == y.HyphenInserted && x.BidiLevel == y.BidiLevel && x.HorizontalScale == y.HorizontalScale
        && x.Text == y.Text && SameList(x.Glyphs, y.Glyphs) && SameList(x.Positions, y.Positions) && SameList(x.Clusters, y.Clusters);

    private static bool SameFont(FontFace a, FontFace b) => ReferenceEquals(a, b) || (a.Equals(b) && a.Data.Equals(b.Data));

    private static bool SameList<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) where T : IEquatable<T>
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].Equals(b[i])) return false;
        }

        return true;
    }
}
