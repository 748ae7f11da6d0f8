using Pamphlet.Text.Bidi;

namespace Pamphlet.Tests.Bidi;

/// <summary>Mixed-direction text a statement will hold: numbers, names and union locals inside Arabic or Hebrew.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class MixedDirectionTests
{
    // The text as it is seen, leftmost character first.
    private static string Visual(BidiParagraph paragraph) =>
        string.Concat(paragraph.VisualOrder(0, paragraph.Text.Length).Select(i => paragraph.Text[i]));

    private static string Reversed(string s) => new(s.Reverse().ToArray());

    [Fact]
    public void A_year_inside_Arabic_keeps_its_digits_in_logical_order()
    {
        const string text = "في عام 2025"; // "in the year 2025"
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.Auto);

        Assert.Equal(1, paragraph.ParagraphLevel);
        Assert.Equal([7, 8, 9, 10, 6, 5, 4, 3, 2, 1, 0], paragraph.VisualOrder(0, text.Length));
        Assert.Equal("2025 " + Reversed("في عام"), Visual(paragraph));
        Assert.All(paragraph.Levels[7..], level => Assert.Equal(2, level)); // W2: digits after Arabic are AN, raised to 2
    }

    [Fact]
    public void A_union_local_inside_Arabic_reads_left_to_right_as_one_block()
    {
        const string text = "إضراب UAW Local 4811 مستمر"; // "the UAW Local 4811 strike continues"
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.RightToLeft);

        Assert.Equal(Reversed("مستمر") + " UAW Local 4811 " + Reversed("إضراب"), Visual(paragraph));
        int latin = text.IndexOf("UAW", StringComparison.Ordinal);
        Assert.All(paragraph.Levels[latin..(latin + "UAW Local 4811".Length)], level => Assert.Equal(2, level));
        // Composition shapes these three runs and places them left to right.
        Assert.Equal(
            [new BidiRun(20, 6, 1), new BidiRun(6, 14, 2), new BidiRun(0, 6, 1)],
            paragraph.VisualRuns(0, text.Length));
    }

    [Fact]
    public void A_Latin_name_inside_Hebrew_stays_in_reading_order()
    {
        const string text = "נאום של Angela Davis היום"; // "a speech by Angela Davis today"
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.Auto);

        Assert.Equal(1, paragraph.ParagraphLevel);
        Assert.Equal(Reversed("היום") + " Angela Davis " + Reversed("נאום של"), Visual(paragraph));
    }

    [Fact]
    public void Parentheses_in_right_to_left_text_resolve_right_to_left_and_mirror()
    {
        const string text = "אחדות (סולידריות) עכשיו"; // "unity (solidarity) now"
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.Auto);
        int open = text.IndexOf('('), close = text.IndexOf(')');

        Assert.Equal(1, paragraph.Levels[open]);
        Assert.Equal(1, paragraph.Levels[close]);
        // Drawn at an odd level, each parenthesis shows its mirrored glyph, so "(" still opens on the right.
        Assert.Equal(')', (char)BidiParagraph.Mirror(text[open]));
        Assert.Equal('(', (char)BidiParagraph.Mirror(text[close]));
        string drawn = string.Concat(paragraph.VisualOrder(0, text.Length)
            .Select(i => paragraph.Levels[i] % 2 == 1 ? (char)BidiParagraph.Mirror(text[i]) : text[i]));
        Assert.Equal(Reversed("עכשיו") + " (" + Reversed("סולידריות") + ") " + Reversed("אחדות"), drawn);
    }

    [Fact]
    public void Brackets_around_Latin_inside_Hebrew_follow_the_embedding_direction()
    {
        // N0: the pair holds only L, and the context before it is R, so the brackets take the embedding direction R.
        const string text = "שם (Noam) סוף";
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.RightToLeft);
        Assert.Equal(1, paragraph.Levels[text.IndexOf('(')]);
        Assert.Equal(1, paragraph.Levels[text.IndexOf(')')]);
        Assert.Equal(2, paragraph.Levels[text.IndexOf('N')]);
    }
}
