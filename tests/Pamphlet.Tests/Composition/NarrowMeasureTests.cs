using Pamphlet.Pages;
using Pamphlet.Text.Hyphenation;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Justified text on a narrow measure (TestData layout "narrow", about 30 characters a line), where
/// hyphenation does real work: where words break, how many hyphens in a row, headings, and words
/// too long for any line.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class NarrowMeasureTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private static readonly BreakRules English = BreakRules.For("en");

    private static StatementWriter NarrowStatement()
    {
        var writer = new StatementWriter(seed: 99, title: "Narrow");
        var random = new Random(3);
        writer.Heading("Intergovernmental accountability and responsibility");
        for (var i = 0; i < 14; i++) writer.Paragraph(random.Next(25, 90));
        writer.Heading("Environmental consultation for representatives");
        for (var i = 0; i < 8; i++) writer.Paragraph(random.Next(25, 90));
        return writer;
    }

    private (PagedDocument Document, StatementWriter Statement) Composed()
    {
        var statement = NarrowStatement();
        return (fixture.Shared("narrow", () => fixture.Compose(statement.Markdown, fixture.TestLayout("narrow"))).Document, statement);
    }

    private List<List<TextLine>> Paragraphs()
    {
        var (document, statement) = Composed();
        return PageText.ByParagraph(document.Lines("body"), statement.Paragraphs);
    }

    private static string LettersOf(string text) => new(text.Where(char.IsLetter).ToArray());

    /// <summary>Every hyphenated line end as (word, letters before the break), the word rejoined from both lines.</summary>
    private List<(string Word, int Before, TextLine Line)> Breaks()
    {
        var breaks = new List<(string, int, TextLine)>();
        foreach (var lines in Paragraphs())
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].EndsWithHyphen) continue;
                Assert.True(i + 1 < lines.Count, $"the last line of a paragraph ends with a hyphen: {lines[i]}");
                var before = LettersOf(lines[i].Runs[^1].Text);
                var after = LettersOf(lines[i + 1].Runs[0].Text);
                breaks.Add((before + after, before.Length, lines[i]));
            }
        }
        return breaks;
    }

    [Fact]
    public void The_narrow_layout_is_narrow()
    {
        var layout = fixture.TestLayout("narrow");

        Assert.InRange(layout.Page.ColumnWidth, 150, 180);
        Assert.True(layout.Text.Hyphenate);
    }

    [Fact]
    public void Justified_text_on_a_narrow_measure_is_hyphenated()
    {
        Assert.True(Breaks().Count >= 10, $"only {Breaks().Count} hyphenated lines");
    }

    [Fact]
    public void Words_break_only_where_the_rules_allow_never_inside_the_first_or_last_three_letters()
    {
        foreach (var (word, before, line) in Breaks())
        {
            Assert.True(before >= 3 && word.Length - before >= 3, $"'{word}' broken after {before} letters ({line})");
            Assert.Contains(before, English.InWord(word).Select(p => p.Index));
        }
    }

    [Fact]
    public void No_more_than_two_hyphenated_lines_follow_each_other()
    {
        foreach (var lines in Paragraphs())
        {
            var run = 0;
            foreach (var line in lines)
            {
                run = line.EndsWithHyphen ? run + 1 : 0;
                Assert.True(run <= 2, $"three hyphens in a row, ending at {line}");
            }
        }
    }

    [Fact]
    public void Justified_lines_end_on_the_right_edge_even_when_hyphenated()
    {
        var layout = fixture.TestLayout("narrow");
        foreach (var lines in Paragraphs())
        {
            // A line of one word (a piece of a word too long for the measure) has no space to justify it, and its
            // letters spread by 1 % of an em at most (issue 11): it stays short, like a ragged line.
            // A line that only spaces stretched beyond the tolerance could fill is left short by the emergency pass.
            foreach (var line in lines.Take(lines.Count - 1).Where(l => l.Runs.Count > 1 && !l.LeftShortAtMostStretch))
            {
                var (_, right) = PageAssert.Column(layout, line.Page);
                Assert.True(Math.Abs(line.Right - right) <= PageAssert.EdgeTolerance, $"{line} ends at {line.Right:0.##}, the column at {right:0.##}");
            }
        }
    }

    [Fact]
    public void Headings_wrap_without_hyphens()
    {
        var headings = Composed().Document.Lines("heading");

        Assert.True(headings.Count >= 4, "the headings should need two lines or more each on this measure");
        Assert.All(headings, h => Assert.False(h.EndsWithHyphen, h.ToString()));
    }

    [Fact]
    public void Nothing_leaves_the_column() => PageAssert.GlyphRunsInsideTheColumn(Composed().Document, fixture.TestLayout("narrow"));

    [Fact]
    public void A_word_too_long_for_the_line_is_cut_with_a_warning_and_no_line_is_wider_than_the_measure()
    {
        var layout = fixture.TestLayout("narrow");
        var digits = string.Concat(Enumerable.Repeat("0123456789", 5));
        var result = fixture.Compose($"---\ntitle: Long\n---\n\nCall the number {digits} to join the union and help us.\n", layout);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("too long to fit a line", warning.Message, StringComparison.Ordinal);
        Assert.Equal(5, warning.Location.Line);
        var lines = result.Document.Lines("body");
        Assert.Equal(digits, string.Concat(lines.SelectMany(l => l.Runs).Select(r => r.Text).Where(t => t.All(char.IsDigit))));
        Assert.True(lines.Count(l => l.Text.Any(char.IsDigit)) >= 2, "the number should be cut over two lines at least");
        foreach (var line in lines)
        {
            var (left, right) = PageAssert.Column(layout, line.Page);
            Assert.True(line.Right <= right + PageAssert.EdgeTolerance && line.Left >= left - PageAssert.EdgeTolerance,
                $"{line} spans {line.Left:0.##}..{line.Right:0.##}, the column {left:0.##}..{right:0.##}");
        }
    }

    [Fact]
    public void Words_with_their_own_hyphens_break_after_them_without_a_second_hyphen()
    {
        var layout = fixture.TestLayout("narrow");
        var words = "rent-controlled well-being council-owned long-term cross-party";
        var text = string.Join(" ", Enumerable.Repeat(words, 6));
        var lines = fixture.Compose($"---\ntitle: Hyphens\n---\n\n{text}\n", layout).Document.Lines("body");

        Assert.DoesNotContain(lines, l => l.Runs.Any(r => r.Text.Contains("--", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.EndsWithHyphen);
        // Rejoined, the lines give back the text exactly: no hyphen added, none lost.
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines.SelectMany(l => l.Runs).Select(r => r.Text)));
    }

    [Fact]
    public void A_long_url_breaks_after_its_punctuation_without_hyphens_and_stays_in_the_column()
    {
        var layout = fixture.TestLayout("narrow");
        const string url = "https://example.org/campaigns/housing/2026/join-the-tenants-union?ref=leaflet";
        var result = fixture.Compose($"---\ntitle: Links\n---\n\nFind out more at [our campaign page]({url}) and come along.\n", layout);
        var lines = result.Document.Lines("body");

        var printed = string.Concat(lines.SelectMany(l => l.Runs).Where(r => r.FontSize < 10).Select(r => r.Text));
        Assert.Equal(url, printed);
        Assert.True(lines.Count(l => l.Runs.Any(r => r.FontSize < 10)) >= 2, "the URL should need two lines on this measure");
        foreach (var line in lines)
        {
            var (left, right) = PageAssert.Column(layout, line.Page);
            Assert.True(line.Left >= left - PageAssert.EdgeTolerance && line.Right <= right + PageAssert.EdgeTolerance, line.ToString());
        }
        Assert.Empty(result.Warnings);
    }
}
