namespace Pamphlet.Text.LineBreaking;

/// <summary>How one candidate line sets: its natural width, ratios, badness and fitness class.</summary>
/// <param name="Badness">Badness used for decisions (counts emergency stretch).</param>
/// <param name="Ratio">Adjustment ratio of the ordinary glue (after the <see cref="LineItem.AbsorbsFirst"/> glue is used up).</param>
/// <param name="SetBadness">Badness of the line as actually set (real stretch only), for the report.</param>
internal readonly record struct LineFit(
    double NaturalWidth,
    double Ratio,
    double FillRatio,
    double Badness,
    double SetBadness,
    bool Overfull,
    FitnessClass Fitness)
{
    /// <summary>How much of the <see cref="LineItem.AbsorbsFirst"/> glue's stretch (positive) or shrink (negative) the line uses, within ±1.</summary>
    public double FirstRatio { get; init; }

    /// <summary>The line is set shorter than its measure on purpose: its spaces at the tolerance's ratio could not fill it (emergency passes only).</summary>
    public bool LeftShort { get; init; }

    /// <summary>
    /// The last resort's measure of a line too short for every other pass: its badness judged with the emergency stretch
    /// (the share of the width that a line without spaces is judged by, too) and not capped at
    /// <see cref="LineBreaking.Badness.Infinite"/>, so that lines that are all "infinitely bad" are still ranked: a word
    /// alone on a line nine tenths empty costs more than two lines each a fifth short. Null: the line as set counts.
    /// </summary>
    public double? RankingBadness { get; init; }
}
