using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.LineBreaking;

[Trait(Tier.Name, Tier.Unit)]
public sealed class AlignmentRecipeTests
{
    private static readonly KnuthPlassBreaker Breaker = new();

    [Theory]
    [InlineData(180)]
    [InlineData(250)]
    [InlineData(390)]
    public void RaggedLinesKeepWordSpacesRigid(double width)
    {
        var paragraph = SyntheticParagraph.Build(SyntheticParagraph.ReadTestText("frog-king-hyphenated.txt"), TextAlign.Start);

        var result = Breaker.Break(paragraph.Items, _ => width, LineBreakParameters.Default);

        LineAssert.WellFormed(paragraph.Items, result);
        var lengths = new List<double>();
        foreach (var line in result.Lines)
        {
            double text = 0;
            for (int i = line.Start; i < line.End; i++)
            {
                var item = paragraph.Items[i];
                if (item.Kind == LineItemKind.Box || (item.Kind == LineItemKind.Glue && item.Width > 0))
                {
                    // Boxes and word spaces: a word space must come out exactly as wide as it was designed.
                    Assert.Equal(item.Width, SpaceAsSet(paragraph.Items, line, i), 6);
                    text += item.Width;
                }
            }

            lengths.Add(text);
            Assert.True(text <= width + 1e-6);
        }

        Assert.True(lengths.Take(lengths.Count - 1).Distinct().Count() > 1, "ragged lines differ in length");
    }

    [Fact]
    public void CentredLinesHaveEqualSpaceOnBothSides()
    {
        var paragraph = SyntheticParagraph.Build(SyntheticParagraph.ReadTestText("frog-king.txt"), TextAlign.Center);

        var result = Breaker.Break(paragraph.Items, _ => 250, LineBreakParameters.Default);

        LineAssert.WellFormed(paragraph.Items, result);
        foreach (var line in result.Lines)
        {
            var (left, right) = SideSpace(paragraph.Items, line);
            Assert.Equal(left, right, 6);
            Assert.Equal(250, LineAssert.SetWidth(paragraph.Items, line), 6);
        }
    }

    [Fact]
    public void FlushEndLinesPutAllSpaceAtTheStart()
    {
        var paragraph = SyntheticParagraph.Build(SyntheticParagraph.ReadTestText("frog-king.txt"), TextAlign.End);

        var result = Breaker.Break(paragraph.Items, _ => 250, LineBreakParameters.Default);

        LineAssert.WellFormed(paragraph.Items, result);
        foreach (var line in result.Lines)
        {
            var (left, right) = SideSpace(paragraph.Items, line);
            Assert.Equal(0, right, 6);
            Assert.True(left > 0);
            Assert.Equal(250, LineAssert.SetWidth(paragraph.Items, line), 6);
        }
    }

    private static double SpaceAsSet(IReadOnlyList<LineItem> items, LineBreak line, int index)
    {
        // A rigid word space in the ragged recipe is glue(w, −S) cancelling the glue(0, S) before it.
        var item = items[index];
        if (item.Kind != LineItemKind.Glue)
        {
            return item.Width;
        }

        double set = line.SetWidth(item, index);
        if (index > line.Start && items[index - 1].Kind == LineItemKind.Penalty && index >= 2 && items[index - 2].Kind == LineItemKind.Glue)
        {
            set += line.SetWidth(items[index - 2], index - 2);
        }

        return set;
    }

    /// <summary>Set width before the first and after the last visible box of a line.</summary>
    private static (double Left, double Right) SideSpace(IReadOnlyList<LineItem> items, LineBreak line)
    {
        int first = -1, lastBox = -1;
        for (int i = line.Start; i < line.End; i++)
        {
            if (items[i].Kind == LineItemKind.Box && items[i].Width > 0)
            {
                first = first < 0 ? i : first;
                lastBox = i;
            }
        }

        double left = 0, right = 0;
        for (int i = line.Start; i < first; i++)
        {
            left += items[i].Kind == LineItemKind.Penalty ? 0 : line.SetWidth(items[i], i);
        }

        for (int i = lastBox + 1; i < line.End; i++)
        {
            right += items[i].Kind == LineItemKind.Penalty ? 0 : line.SetWidth(items[i], i);
        }

        return (left, right);
    }
}
