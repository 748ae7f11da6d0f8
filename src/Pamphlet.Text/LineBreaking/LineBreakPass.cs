namespace Pamphlet.Text.LineBreaking;

/// <summary>Which pass of the breaker produced the result (later passes mean a harder paragraph).</summary>
public enum LineBreakPass
{
    /// <summary>Every line within <see cref="LineBreakParameters.Pretolerance"/> without any hyphen break.</summary>
    WithoutHyphenation,

    /// <summary>Every line within <see cref="LineBreakParameters.Tolerance"/>, hyphen breaks allowed.</summary>
    WithHyphenation,

    /// <summary>Needed <see cref="LineBreakParameters.EmergencyStretchShare"/> to judge lines within tolerance.</summary>
    EmergencyStretch,

    /// <summary>Any badness accepted, and lines that cannot fit were set overfull.</summary>
    LastResort,

    /// <summary>The greedy first-fit baseline (<see cref="FirstFitBreaker"/>).</summary>
    FirstFit,

    /// <summary>Display type balanced by <see cref="Display.BalancedLineBreaker"/> (one pass, no tolerance).</summary>
    Balanced,
}
