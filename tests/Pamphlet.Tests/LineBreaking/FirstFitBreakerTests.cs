using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.LineBreaking;

[Trait(Tier.Name, Tier.Unit)]
public sealed class FirstFitBreakerTests
{
    private static readonly FirstFitBreaker Breaker = new();

    [Theory]
    [InlineData(120)]
    [InlineData(250)]
    [InlineData(400)]
    public void FillsEachLineAsFarAsItFits(double width)
    {
        var paragraph = SyntheticParagraph.Build(SyntheticParagraph.ReadTestText("frog-king.txt"));

        var result = Breaker.Break(paragraph.Items, _ => width, LineBreakParameters.Default);

        LineAssert.WellFormed(paragraph.Items, result);
        Assert.Equal(LineBreakPass.FirstFit, result.Pass);
        for (int i = 0; i < result.Lines.Count - 1; i++)
        {
            // Greedy: the next line's first word would not have fitted even fully shrunk.
            var line = result.Lines[i];
            int nextWordEnd = result.Lines[i + 1].Start;
            while (paragraph.Items[nextWordEnd + 1].Kind == LineItemKind.Box)
            {
                nextWordEnd++;
            }

            var longer = line with { End = nextWordEnd + 1 };
            var (natural, shrink) = LineAssert.NaturalAndShrink(paragraph.Items, longer);
            Assert.True(natural - shrink > width);
        }
    }

    [Fact]
    public void AWordLongerThanTheLineIsReportedOverfull()
    {
        var paragraph = SyntheticParagraph.Build("no to Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch and yes");

        var result = Breaker.Break(paragraph.Items, _ => 100, LineBreakParameters.Default);

        LineAssert.WellFormed(paragraph.Items, result);
        Assert.Single(result.Lines, l => l.Overfull);
    }
}
