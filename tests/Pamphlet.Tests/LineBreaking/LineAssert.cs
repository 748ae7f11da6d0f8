using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.LineBreaking;

/// <summary>Checks every breaker result must pass, whatever the paragraph.</summary>
internal static class LineAssert
{
    private const double Epsilon = 1e-6;

    /// <summary>Lines tile the items in order, and no line is wider than its measure unless it says Overfull.</summary>
    public static void WellFormed(IReadOnlyList<LineItem> items, LineBreakResult result)
    {
        Assert.NotEmpty(result.Lines);
        Assert.Equal(items.Count - 1, result.Lines[^1].End);
        int previousEnd = -1;
        foreach (var line in result.Lines)
        {
            Assert.True(line.End > previousEnd, "lines must advance");
            Assert.True(line.Start > previousEnd, "a line starts after the previous break");
            Assert.True(line.Start <= line.End);
            previousEnd = line.End;

            (double natural, double shrink) = NaturalAndShrink(items, line);
            if (!line.Overfull)
            {
                Assert.True(natural - shrink <= line.Width + Epsilon,
                    $"line {line.Start}..{line.End} is {natural - shrink} wide fully shrunk, measure {line.Width}, not reported overfull");
                Assert.True(line.AdjustmentRatio >= -1 - Epsilon);
            }
            else
            {
                Assert.True(natural - shrink > line.Width, "a line reported overfull must really be too wide");
            }
        }
    }

    /// <summary>The width of the line as set (glue adjusted by the reported ratios).</summary>
    public static double SetWidth(IReadOnlyList<LineItem> items, LineBreak line)
    {
        double width = 0;
        for (int i = line.Start; i <= line.End; i++)
        {
            // The break item itself counts only as a penalty (its hyphen); a glue break is dropped.
            width += i == line.End && items[i].Kind == LineItemKind.Glue ? 0 : line.SetWidth(items[i], i);
        }

        return width;
    }

    public static (double Natural, double Shrink) NaturalAndShrink(IReadOnlyList<LineItem> items, LineBreak line)
    {
        double natural = 0, shrink = 0;
        for (int i = line.Start; i < line.End; i++)
        {
            if (items[i].Kind != LineItemKind.Penalty)
            {
                natural += items[i].Width;
                shrink += items[i].Kind == LineItemKind.Glue ? items[i].Shrink : 0;
            }
        }

        var end = items[line.End];
        return (end.Kind == LineItemKind.Penalty ? natural + end.Width : natural, shrink);
    }

    public static int LongestHyphenRun(LineBreakResult result)
    {
        int longest = 0, run = 0;
        foreach (var line in result.Lines)
        {
            run = line.EndsWithHyphen ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
