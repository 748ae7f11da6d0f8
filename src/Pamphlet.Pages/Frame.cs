namespace Pamphlet.Pages;

/// <summary>
/// A composed piece of content with its own origin (top-left) and size: a line, a figure, a boxed
/// panel. Composition builds frames at the origin and places them on pages by offsetting.
/// </summary>
public sealed record Frame(double Width, double Height, IReadOnlyList<PageItem> Items)
{
    public static Frame Empty(double width) => new(width, 0, []);

    /// <summary>The items moved by (x, y); at (0, 0) the items themselves (they are immutable), not copies.</summary>
    public IEnumerable<PageItem> PlacedAt(double x, double y) => x == 0 && y == 0 ? Items : Items.Select(i => i.Offset(x, y));
}
