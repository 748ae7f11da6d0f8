namespace Pamphlet.Layouts.Model;

/// <summary>A closed range a fitted value may move in; the layout's own value lies inside it.</summary>
public readonly record struct FitRange(double Min, double Max)
{
    public static FitRange Fixed(double value) => new(value, value);

    /// <summary>
    /// The value for a fitting step t in [-1, 1]: t = 0 is <paramref name="preferred"/>, -1 the minimum,
    /// +1 the maximum, linear in between (so one t moves every value by the same share of its range).
    /// </summary>
    public double At(double t, double preferred) =>
        t < 0 ? preferred + t * (preferred - Min) : preferred + t * (Max - preferred);
}

/// <summary>
/// How far a pamphlet may be adjusted to land on a page count (a saddle-stitched booklet is 4, 8, 12…
/// pages): ranges for the body size, its leading, the paragraph space and the figure height share, and
/// the page count to aim for when the command line names none (null: as it comes).
/// </summary>
public sealed record PageFitting(PageTarget? Pages, FitRange BodySize, FitRange Leading, FitRange ParagraphSpace, FitRange ImageShare);
