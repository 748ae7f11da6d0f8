namespace Pamphlet.Rendering.Previews;

/// <summary>
/// One cell of a contact sheet: the pages shown side by side in it, as 0-based page indexes from the
/// left; null is an empty slot (the left of a pamphlet's front cover, which is a right-hand page).
/// </summary>
public sealed record SheetCell(IReadOnlyList<int?> Slots);

/// <summary>
/// Which pages a contact sheet shows together. A pamphlet is seen as it is read: its front cover
/// alone (a right-hand page), then the spreads 2–3, 4–5…, and a last even page alone on the left (the
/// back cover). A right-to-left statement's booklet binds on the right, so every cell is mirrored:
/// the cover alone on the left, then 3–2, 5–4… A poster or card is one page per cell.
/// </summary>
public static class ContactSheet
{
    public static IReadOnlyList<SheetCell> Cells(int pageCount, bool spreads, bool rightToLeft)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageCount);
        if (pageCount == 0) return [];
        if (!spreads) return [.. Enumerable.Range(0, pageCount).Select(i => new SheetCell([i]))];
        var cells = new List<SheetCell>();
        for (var first = -1; first < pageCount; first += 2)
        {
            // Index first is an even page (counted from 1): the verso, left of the fold when reading left to right.
            int? verso = first >= 0 ? first : null;
            int? recto = first + 1 < pageCount ? first + 1 : null;
            cells.Add(new SheetCell(rightToLeft ? [recto, verso] : [verso, recto]));
        }
        return cells;
    }
}
