namespace Pamphlet.Pages;

/// <summary>One trimmed page: its size in points and what is drawn on it, in drawing order.</summary>
public sealed record Page(int Number, Size Size, IReadOnlyList<PageItem> Items)
{
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
public sealed record PagedDocument(DocumentInfo Info, IReadOnlyList<Page> Pages);
