namespace Pamphlet.Text.LineBreaking;

/// <summary>The demerits of one line, as in Knuth &amp; Plass (1981) with TeX's and our extra terms.</summary>
internal static class Demerits
{
    /// <param name="fit">The line as set.</param>
    /// <param name="breakItem">The item the line ends at.</param>
    /// <param name="isParagraphEnd">The break is the paragraph's final item.</param>
    /// <param name="previousEndsWithHyphen">The line before ends with a hyphen.</param>
    /// <param name="previousFitness">The fitness class of the line before (decent for the first line).</param>
    public static double ForLine(
        in LineFit fit,
        in LineItem breakItem,
        bool isParagraphEnd,
        bool previousEndsWithHyphen,
        FitnessClass previousFitness,
        double lineWidth,
        LineBreakParameters p)
    {
        // The line as set, not as judged with emergency stretch (see ParagraphMeasure.Fit); in the last resort, its ranking.
        double d = Square(p.LinePenalty + (fit.RankingBadness ?? fit.SetBadness));
        if (breakItem.Kind == LineItemKind.Penalty)
        {
            double penalty = breakItem.PenaltyValue;
            if (penalty > 0)
            {
                d += Square(penalty);
            }
            else if (!breakItem.IsForcedBreak)
            {
                d -= Square(penalty);
            }
        }

        bool flagged = breakItem.Kind == LineItemKind.Penalty && breakItem.Flagged;
        if (previousEndsWithHyphen && flagged)
        {
            d += p.FlaggedDemerits;
        }
        else if (previousEndsWithHyphen && isParagraphEnd)
        {
            d += p.FinalHyphenDemerits;
        }

        if (Math.Abs((int)fit.Fitness - (int)previousFitness) > 1)
        {
            d += p.FitnessDemerits;
        }

        if (isParagraphEnd && fit.NaturalWidth < p.ShortLastLineShare * lineWidth)
        {
            d += p.ShortLastLineDemerits;
        }

        return d;
    }

    private static double Square(double x) => x * x;
}
