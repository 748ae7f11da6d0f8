using Pamphlet.Pages;

namespace Pamphlet.Composition.Text;

/// <summary>
/// The words of one set display line, left to right, for judging its breaks by sense
/// (<see cref="Pamphlet.Text.Display.DisplayBreakSense"/>): its glyph runs split at spaces, since a run may
/// hold one word or several. Left-to-right lines only: a right-to-left line's runs are in visual order.
/// </summary>
internal static class DisplayLineWords
{
    public static IReadOnlyList<string> Of(IEnumerable<GlyphRun> runs) =>
        runs.OrderBy(g => g.Origin.X)
            .SelectMany(g => g.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
}
