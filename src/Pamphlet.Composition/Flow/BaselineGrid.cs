using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
namespace Pamphlet.Composition.Flow;

/// <summary>
/// The body text's baseline grid: lines one <see cref="Pitch"/> apart counted from the top of each
/// column, so that full pages end on the same baseline and lines back each other through thin paper.
/// Body text starts on it; everything else (headings, quotes, boxes, figures) sits between grid lines.
/// </summary>
/// <param name="Pitch">The body leading.</param>
/// <param name="FirstBaseline">The body text's first baseline below a column's top (where its line frames put it).</param>
internal sealed record BaselineGrid(double Pitch, double FirstBaseline = 0)
{
    /// <summary>Rounding slack (points): a position this close above a grid line is on it.</summary>
    private const double Tolerance = 0.01;

    /// <summary>Whether text of line pitch <paramref name="pitch"/> is grid text.</summary>
    public bool Matches(double pitch) => Math.Abs(pitch - Pitch) <= Tolerance;

    /// <summary>The first grid line at or below <paramref name="y"/> in a column whose top is <paramref name="columnTop"/>.</summary>
    public double Snap(double y, double columnTop)
    {
        var steps = Math.Ceiling((y - columnTop - Tolerance) / Pitch);
        return columnTop + Math.Max(0, steps) * Pitch;
    }

    /// <summary>The baseline of the lowest body line whose whole pitch fits a column from <paramref name="columnTop"/> to <paramref name="columnBottom"/>.</summary>
    public double FootBaseline(double columnTop, double columnBottom) =>
        columnTop + (Math.Floor((columnBottom - columnTop + Tolerance) / Pitch) - 1) * Pitch + FirstBaseline;

    /// <summary>The first body baseline of the grid at or below <paramref name="baseline"/>, in a column whose top is <paramref name="columnTop"/>.</summary>
    public double BaselineAtOrBelow(double baseline, double columnTop) => Snap(baseline - FirstBaseline, columnTop) + FirstBaseline;
}
