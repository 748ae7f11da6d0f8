using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// Lays out a broken line's runs in visual order (UAX #9 rule L2). Lines are broken in logical order;
/// here the words and the spaces between them are reordered by their bidi levels — a word space has its
/// own resolved level; a gap inside a word (between two styles) has its parts' level when they share
/// one, else the paragraph's — and a right-to-left
/// paragraph is set from the right edge: its first line's indent is on the right, its ragged lines
/// hang to the left.
/// </summary>
internal static class VisualOrder
{
    /// <param name="gapLevels">For each run, the resolved level of the word space before it, or null when none is.</param>
    public static List<LineRun> Place(List<LineRun> runs, IReadOnlyList<byte> levels, IReadOnlyList<byte?> gapLevels, byte paragraphLevel,
        double lineWidth, double indent, TextAlign align)
    {
        if (runs.Count == 0) return runs;

        // The line as a sequence of runs and the gaps before them (logical order).
        var sequence = new List<(LineRun? Run, double Width, byte Level)>();
        for (var i = 0; i < runs.Count; i++)
        {
            if (i > 0)
            {
                var gap = runs[i].X - (runs[i - 1].X + runs[i - 1].Width);
                var level = gapLevels[i] ?? (levels[i - 1] == levels[i] ? levels[i] : paragraphLevel);
                sequence.Add((null, gap, level));
            }
            sequence.Add((runs[i], runs[i].Width, levels[i]));
        }

        BidiReordering.ToVisual(sequence, s => s.Level);

        var total = sequence.Sum(s => s.Width);
        var rightToLeft = paragraphLevel % 2 == 1;
        var x = rightToLeft
            ? align switch
            {
                TextAlign.Center => (lineWidth - total) / 2,
                TextAlign.End => 0,
                _ => lineWidth - total,
            }
            : runs[0].X; // a left-to-right paragraph keeps its indent and alignment offset
        var placed = new List<LineRun>(runs.Count);
        foreach (var (run, w, _) in sequence)
        {
            if (run is not null) placed.Add(run with { X = x });
            x += w;
        }
        return placed;
    }
}
