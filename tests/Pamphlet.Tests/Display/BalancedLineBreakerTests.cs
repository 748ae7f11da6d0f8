using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Display;
using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.Display;

/// <summary>The balanced breaker on item lists of its own: fewest lines, even lengths, penalties, the measure.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BalancedLineBreakerTests
{
    private static readonly LineBreakParameters Parameters = new();

    /// <summary>Centred items of words of the given widths, one space of 5 between them; <paramref name="penalties"/> per space.</summary>
    private static List<LineItem> Items(double[] words, double[]? penalties = null)
    {
        var items = new List<LineItem>();
        var recipe = new LineItemRecipe(TextAlign.Center, 30);
        recipe.AddParagraphStart(items);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                var at = items.Count;
                recipe.AddSpace(items, 5, 0, 0);
                if (penalties is not null)
                {
                    var p = items.FindIndex(at, item => item.Kind == LineItemKind.Penalty && !item.IsForbiddenBreak);
                    items[p] = items[p] with { PenaltyValue = penalties[i - 1] };
                }
            }
            items.Add(LineItem.Box(words[i], i));
        }
        recipe.AddParagraphEnd(items);
        return items;
    }

    private static List<int> WordsPerLine(List<LineItem> items, LineBreakResult result) =>
        result.Lines.Select(l => Enumerable.Range(l.Start, l.End - l.Start + 1).Count(i => items[i].Kind == LineItemKind.Box && items[i].Tag >= 0)).ToList();

    [Fact]
    public void Lines_are_as_even_as_the_words_allow_in_the_fewest_that_fit()
    {
        // Six words of 40: 265 wide on one line; a measure of 200 needs two lines, and balanced they take three each.
        var items = Items([40, 40, 40, 40, 40, 40]);
        var result = new BalancedLineBreaker().Break(items, _ => 200, Parameters);

        Assert.Equal([3, 3], WordsPerLine(items, result));
        Assert.All(result.Lines, l => Assert.False(l.Overfull));
    }

    [Fact]
    public void A_bad_break_costs_one_more_line_rather_than_be_taken()
    {
        // The only two-line balance breaks after word 3, which is bad: three lines avoid it.
        double[] penalties = [0, 0, DisplayBreakSense.BadBreak, 0, 0];
        var items = Items([40, 40, 40, 40, 40, 40], penalties);
        var result = new BalancedLineBreaker().Break(items, _ => 140, Parameters);

        Assert.Equal(3, result.Lines.Count);
        Assert.DoesNotContain(3, WordsPerLine(items, result).Take(1));
    }

    [Fact]
    public void A_bonus_decides_between_even_choices_but_does_not_unbalance_the_lines()
    {
        // Five words: two against three or three against two are equally even; the comma decides.
        var five = Items([40, 40, 40, 40, 40], [0, 0, DisplayBreakSense.CommaBreakBonus, 0]);
        Assert.Equal([3, 2], WordsPerLine(five, new BalancedLineBreaker().Break(five, _ => 200, Parameters)));

        // One word against five is too uneven for a comma.
        var six = Items([40, 40, 40, 40, 40, 40], [DisplayBreakSense.CommaBreakBonus, 0, 0, 0, 0]);
        Assert.Equal([3, 3], WordsPerLine(six, new BalancedLineBreaker().Break(six, _ => 200, Parameters)));
    }

    [Fact]
    public void Forced_breaks_are_kept_and_each_stretch_is_balanced_on_its_own()
    {
        var items = new List<LineItem>();
        var recipe = new LineItemRecipe(TextAlign.Center, 30);
        recipe.AddParagraphStart(items);
        items.Add(LineItem.Box(40, 0));
        recipe.AddLineBreak(items);
        for (var i = 1; i <= 4; i++)
        {
            if (i > 1) recipe.AddSpace(items, 5, 0, 0);
            items.Add(LineItem.Box(40, i));
        }
        recipe.AddParagraphEnd(items);
        var result = new BalancedLineBreaker().Break(items, _ => 100, Parameters);

        Assert.Equal([1, 2, 2], WordsPerLine(items, result));
    }

    [Fact]
    public void A_word_wider_than_the_measure_gets_a_line_of_its_own()
    {
        var items = Items([40, 300, 40]);
        var result = new BalancedLineBreaker().Break(items, _ => 100, Parameters);

        Assert.Equal([1, 1, 1], WordsPerLine(items, result));
        Assert.True(result.Lines[1].Overfull);
    }

    [Fact]
    public void Display_text_of_more_words_than_the_balancing_bound_is_filled_like_body_text()
    {
        var words = Enumerable.Repeat(40.0, BalancedLineBreaker.MaxBalancedBreakpoints + 10).ToArray();
        var items = Items(words);
        var result = new BalancedLineBreaker().Break(items, _ => 200, Parameters);

        Assert.NotEqual(LineBreakPass.Balanced, result.Pass);
        Assert.Equal(words.Length, WordsPerLine(items, result).Sum());
        Assert.All(result.Lines, l => Assert.False(l.Overfull));
    }
}
