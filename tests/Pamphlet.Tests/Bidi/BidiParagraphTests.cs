using Pamphlet.Text.Bidi;

namespace Pamphlet.Tests.Bidi;

/// <summary>The API composition relies on: paragraph level, per-line levels, visual order and runs, surrogates.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BidiParagraphTests
{
    [Theory]
    [InlineData("plain English", BidiDirection.Auto, 0)]
    [InlineData("עברית", BidiDirection.Auto, 1)]
    [InlineData("عربي", BidiDirection.Auto, 1)]
    [InlineData("2025 — 123", BidiDirection.Auto, 0)]          // no strong character: left to right
    [InlineData("\u2067abc\u2069 שלום", BidiDirection.Auto, 1)] // P2 skips the isolate
    [InlineData("\u2067abc שלום", BidiDirection.Auto, 0)]       // an unmatched isolate runs to the end
    [InlineData("שלום", BidiDirection.LeftToRight, 0)]
    [InlineData("hello", BidiDirection.RightToLeft, 1)]
    public void The_paragraph_level_follows_P2_P3_or_the_override(string text, BidiDirection direction, int expected)
    {
        Assert.Equal(expected, BidiParagraph.Analyze(text, direction).ParagraphLevel);
    }

    [Fact]
    public void Left_to_right_text_in_a_right_to_left_paragraph_is_raised_to_level_two()
    {
        var paragraph = BidiParagraph.Analyze("hello", BidiDirection.RightToLeft);
        Assert.Equal([2, 2, 2, 2, 2], paragraph.Levels);
        Assert.Equal([0, 1, 2, 3, 4], paragraph.VisualOrder(0, 5));
    }

    [Fact]
    public void Hebrew_inside_English_is_one_reversed_run()
    {
        const string text = "abc אבג def";
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.Auto);
        Assert.Equal(
            [new BidiRun(0, 4, 0), new BidiRun(4, 3, 1), new BidiRun(7, 4, 0)],
            paragraph.VisualRuns(0, text.Length));
        Assert.Equal([0, 1, 2, 3, 6, 5, 4, 7, 8, 9, 10], paragraph.VisualOrder(0, text.Length));
    }

    [Fact]
    public void Each_line_is_reordered_on_its_own()
    {
        const string text = "אבג דהו abc";
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.Auto);
        // Line one "אבג " (its trailing space goes to the paragraph level by L1), line two "דהו abc".
        Assert.Equal([3, 2, 1, 0], paragraph.VisualOrder(0, 4));
        Assert.Equal([8, 9, 10, 7, 6, 5, 4], paragraph.VisualOrder(4, 11));
        Assert.Equal([new BidiRun(8, 3, 2), new BidiRun(4, 4, 1)], paragraph.VisualRuns(4, 11));
    }

    [Fact]
    public void Trailing_white_space_returns_to_the_paragraph_level()
    {
        const string text = "abc אבג  ";
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.LeftToRight);
        byte[] line = paragraph.LineLevels(0, text.Length);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 0, 0], line);
        // L1 also resets white space before a segment separator such as a tab.
        var tabbed = BidiParagraph.Analyze("אבג \tדהו", BidiDirection.LeftToRight);
        Assert.Equal([1, 1, 1, 0, 0, 1, 1, 1], tabbed.LineLevels(0, 8));
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1], tabbed.Levels); // before L1 both sit between two R
    }

    [Fact]
    public void A_supplementary_character_keeps_its_surrogates_in_order()
    {
        // U+10900 and U+10901 are Phoenician letters (R), each two UTF-16 units.
        const string text = "a\U00010900\U00010901b";
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.LeftToRight);
        Assert.Equal([0, 1, 1, 1, 1, 0], paragraph.Levels);
        Assert.Equal([0, 3, 4, 1, 2, 5], paragraph.VisualOrder(0, text.Length));
        Assert.Throws<ArgumentException>(() => paragraph.VisualOrder(0, 2));
    }

    [Fact]
    public void A_zero_width_joiner_stays_with_its_Arabic_neighbours()
    {
        // ZWJ is BN, removed by X9; it takes the level of the letter before it so shaping sees it in the run.
        const string text = "abc ل\u200Dا";
        var paragraph = BidiParagraph.Analyze(text, BidiDirection.LeftToRight);
        Assert.Equal([new BidiRun(0, 4, 0), new BidiRun(4, 3, 1)], paragraph.VisualRuns(0, text.Length));
    }

    [Fact]
    public void An_empty_paragraph_has_no_runs()
    {
        var paragraph = BidiParagraph.Analyze("", BidiDirection.RightToLeft);
        Assert.Empty(paragraph.Levels);
        Assert.Empty(paragraph.VisualOrder(0, 0));
        Assert.Empty(paragraph.VisualRuns(0, 0));
    }

    [Fact]
    public void A_line_outside_the_paragraph_is_refused()
    {
        var paragraph = BidiParagraph.Analyze("abc", BidiDirection.Auto);
        Assert.Throws<ArgumentOutOfRangeException>(() => paragraph.VisualRuns(1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => paragraph.VisualRuns(2, 1));
    }
}
