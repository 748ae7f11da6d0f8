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
}
