namespace Pamphlet.Pages;

/// <summary>
/// One trimmed page: its size in points and what is drawn on it, in drawing order. <see cref="Size"/>
/// is always the TRIM size; items that bleed extend up to <see cref="Bleed"/> past every edge, into
/// [-Bleed, Size + Bleed]. Renderers keep that band and clip anything further out.
/// </summary>
public sealed record Page(int Number, Size Size, IReadOnlyList<PageItem> Items)
{
    /// <summary>How far past the trim, in points, the printed page extends (0: a plain trimmed page).</summary>
    public double Bleed { get; init; }

    /// <summary>
    /// The slug line (title, layout, date, page) with its baseline starting at (0, 0). Printed only
    /// with printer's marks: the renderer places it in the marks band, below the trim and outside
    /// the bleed, where it is cut away.
    /// </summary>
    public GlyphRun? Slug { get; init; }

    /// <summary>The page number printed on the page (its folio), or null where none is printed (the cover, blank pages): PDF page labels follow it.</summary>
    public string? Folio { get; init; }

    /// <summary>The trim box grown by <see cref="Bleed"/> on every side, in page coordinates.</summary>
    public Rect BleedArea => new(-Bleed, -Bleed, Size.Width + 2 * Bleed, Size.Height + 2 * Bleed);

    public IEnumerable<T> ItemsOf<T>() where T : PageItem => Items.OfType<T>();
}

/// <summary>Document-level facts a renderer writes as metadata.</summary>
public sealed record DocumentInfo(
    string Title,
    string? Author,
    string? Subject,
    string Language,
    string Creator,
    DateTimeOffset? Date);

/// <summary>What composition hands to renderers: the pages and their metadata.</summary>
public sealed record PagedDocument(DocumentInfo Info, IReadOnlyList<Page> Pages)
{
    /// <summary>
    /// The root of the structure tree (<see cref="StructureKind.Document"/>, carrying the statement's
    /// language): every page item's <see cref="PageItem.Structure"/> chains up to it. Null for pages
    /// made without composition (tests, imposition).
    /// </summary>
    public StructureElement? Structure { get; init; }
}
