namespace Pamphlet.Text.LineBreaking;

/// <summary>TeX's badness scale and fitness classes.</summary>
internal static class Badness
{
    /// <summary>TeX's "infinitely bad" (inf_bad): a short line with nothing to stretch, or worse than this.</summary>
    public const double Infinite = 10000;

    /// <summary>Badness of a line using all its stretch or shrink (|r| = 1): TeX's cube law, 100·|r|³.</summary>
    private const double FullAdjustmentBadness = 100;

    /// <summary>Above this a stretched line is very loose (TeX: badness ≥ 100, i.e. r ≥ 1).</summary>
    private const double VeryLooseAbove = 99;

    /// <summary>Above this a line is loose or tight rather than decent (TeX: 13 and up, |r| ≳ 0.5).</summary>
    private const double DecentUpTo = 12;

    public static double FromRatio(double ratio) =>
        Math.Min(Infinite, Uncapped(ratio));

    /// <summary>
    /// 100·|r|³ without TeX's cap at <see cref="Infinite"/>: the last-resort pass ranks lines that are all "infinitely
    /// bad" by how bad they are, so a line left nine tenths empty costs more than one left a fifth short.
    /// </summary>
    public static double Uncapped(double ratio) => FullAdjustmentBadness * Math.Abs(ratio * ratio * ratio);

    public static FitnessClass Fitness(double badness, bool shrinking) =>
        shrinking
            ? badness > DecentUpTo ? FitnessClass.Tight : FitnessClass.Decent
            : badness > VeryLooseAbove ? FitnessClass.VeryLoose
            : badness > DecentUpTo ? FitnessClass.Loose
            : FitnessClass.Decent;
}
