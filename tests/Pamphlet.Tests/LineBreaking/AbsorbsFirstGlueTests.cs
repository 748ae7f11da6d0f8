using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.LineBreaking;

/// <summary>Glue that absorbs first (letter-spacing) takes a line's slack before the word spaces, never beyond its own stretch or shrink.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class AbsorbsFirstGlueTests
{
    private static readonly KnuthPlassBreaker Breaker = new();

    /// <summary>
    /// A first line of two boxes tied by letter glue (stretch and shrink 4), a word space (10, +5, −3) and a third
    /// box, natural width 130; then a word too wide to join it, so the first line always ends before it.
    /// </summary>
    private static List<LineItem> Paragraph() =>
    [
        LineItem.Box(40),
        LineItem.NoBreak(),
        LineItem.Glue(0, 4, 4) with { AbsorbsFirst = true },
        LineItem.Box(40),
        LineItem.Glue(10, 5, 3),
        LineItem.Box(40),
        LineItem.Glue(10, 5, 3),
        LineItem.Box(100),
        .. LineItem.ParagraphEnd(),
    ];

    [Theory]
    [InlineData(133, 0.75, 0)]      // 3 short: the letters take it all, the space stays natural
    [InlineData(140, 1, 1.2)]       // 10 short: the letters take their 4, the space the other 6
    [InlineData(125, -1, -1 / 3.0)] // 5 long: the letters give their 4, the space the last 1
    public void Letters_take_the_slack_first_and_the_space_the_rest(double width, double firstRatio, double spaceRatio)
    {
        var items = Paragraph();

        var result = Breaker.Break(items, _ => width, LineBreakParameters.Default);

        Assert.Equal(2, result.Lines.Count);
        var line = result.Lines[0];
        Assert.Equal(firstRatio, line.FirstRatio, 6);
        Assert.Equal(spaceRatio, line.AdjustmentRatio, 6);
        Assert.Equal(width, LineAssert.SetWidth(items, line), 6);
    }

    [Fact]
    public void A_line_its_letters_can_fill_counts_as_perfect()
    {
        var result = Breaker.Break(Paragraph(), _ => 133, LineBreakParameters.Default);

        Assert.Equal(0, result.Lines[0].Badness);
    }

    [Theory]
    [InlineData(1, 100 / 27.0)]    // slack 3 against stretch 4 + 5: ratio ⅓
    [InlineData(0.25, 100 / 8.0)]  // the letters counted as 1: slack 3 against 1 + 5, ratio ½
    public void A_glue_judged_at_a_share_sets_the_same_and_is_judged_as_less_stretch(double share, double badness)
    {
        var items = Paragraph();
        items[2] = items[2] with { JudgedStretchShare = share };
        using var measure = new ParagraphMeasure(items);

        // The first line ends at the space before the 100-wide word (item 6), 3 short of 133.
        var fit = measure.Fit(0, 6, 133, 0);

        Assert.Equal(0.75, fit.FirstRatio, 6);
        Assert.Equal(0, fit.Ratio, 6);
        Assert.Equal(badness, fit.Badness, 6);
    }

    [Fact]
    public void Glue_is_judged_in_full_unless_told()
    {
        Assert.Equal(1, LineItem.Glue(0, 4, 4).JudgedStretchShare);
        Assert.Equal(1, default(LineItem).JudgedStretchShare);
    }
}
