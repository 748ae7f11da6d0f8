namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// One line: items <see cref="Start"/> to <see cref="End"/>. The break item at <see cref="End"/> belongs to the
/// line only when it is a penalty (its width is the hyphen); a glue break is dropped, as are glue and
/// penalties right after a break (the next line's <see cref="Start"/> skips them).
/// </summary>
/// <param name="Start">Index of the line's first item.</param>
/// <param name="End">Index of the break item.</param>
/// <param name="Width">The measure this line was set to.</param>
/// <param name="AdjustmentRatio">How much of each glue's stretch (positive) or shrink (negative) to use; −1 at most shrink.</param>
/// <param name="FillRatio">Width per unit of <see cref="LineItem.FillStretch"/> when the line has fill glue, else 0.</param>
/// <param name="Badness">TeX badness of the line as set (10 000 = "infinitely bad": short with nothing to stretch).</param>
/// <param name="EndsWithHyphen">The line ends at a flagged penalty.</param>
/// <param name="Overfull">The line is wider than its measure even fully shrunk: warn the user.</param>
public readonly record struct LineBreak(
    int Start,
    int End,
    double Width,
    double AdjustmentRatio,
    double FillRatio,
    double Badness,
    bool EndsWithHyphen,
    bool Overfull)
{
    /// <summary>How much of each <see cref="LineItem.AbsorbsFirst"/> glue's stretch (positive) or shrink (negative) to use, within ±1.</summary>
    public double FirstRatio { get; init; }

    /// <summary>
    /// The line ends short of its measure on purpose, like a ragged line: its word spaces at the loosest the passes
    /// before the emergency one set (the ratio at <see cref="LineBreakParameters.Tolerance"/>, 1.26) and its letters
    /// at their cap could not fill it. Only the emergency passes set such lines; justifying must not spread the rest.
    /// </summary>
    public bool LeftShort { get; init; }

    /// <summary>
    /// The width at which to set the item at <paramref name="index"/> (which is <paramref name="item"/>) in this
    /// line: glue adjusted by the ratios, boxes as they are, penalties nothing except the break at <see cref="End"/>.
    /// </summary>
    public double SetWidth(in LineItem item, int index) => item.Kind switch
    {
        LineItemKind.Glue when item.AbsorbsFirst => item.Width + FirstRatio * (FirstRatio < 0 ? item.Shrink : item.Stretch),
        LineItemKind.Glue when AdjustmentRatio < 0 => item.Width + AdjustmentRatio * item.Shrink,
        LineItemKind.Glue => item.Width + AdjustmentRatio * item.Stretch + FillRatio * item.FillStretch,
        LineItemKind.Penalty => index == End ? item.Width : 0,
        _ => item.Width,
    };
}
