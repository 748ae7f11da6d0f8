namespace Pamphlet.Text.LineBreaking;

/// <summary>Chooses where a paragraph's lines end.</summary>
public interface ILineBreaker
{
    /// <summary>
    /// Breaks <paramref name="items"/> (which must end with a forced break) into lines.
    /// <paramref name="lineWidth"/> gives the measure of line <c>i</c> (0-based) and must answer for any index.
    /// Never fails for a well-formed item list: lines that cannot fit are reported <see cref="LineBreak.Overfull"/>.
    /// </summary>
    LineBreakResult Break(IReadOnlyList<LineItem> items, Func<int, double> lineWidth, LineBreakParameters p);
}
