using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// A long statement of many sections and paragraphs in the bundled a5-pamphlet: the column, the
/// justification, widows and orphans, and headings, checked on the composed pages.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class LongTextTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const double EdgeTolerance = PageAssert.EdgeTolerance;

    private static readonly string[] HeadingTexts =
    [
        "Why we are here", "Rents are out of control", "What the council promised and never delivered",
        "Repairs", "A city for the people who live in it", "Who profits", "Our plan for every neighbourhood", "Join us",
    ];

    internal static StatementWriter LongStatement()
    {
        var writer = new StatementWriter(seed: 7);
        var random = new Random(11);
        writer.Paragraph(60);
        foreach (var heading in HeadingTexts)
        {
            writer.Heading(heading);
            var paragraphs = random.Next(3, 7);
            for (var p = 0; p < paragraphs; p++) writer.Paragraph(random.Next(12, 130));
        }
        return writer;
    }

    private (PagedDocument Document, StatementWriter Statement) Composed()
    {
        var statement = LongStatement();
        var result = fixture.Shared("long", () => fixture.Compose(statement.Markdown));
        return (result.Document, statement);
    }

    private List<List<TextLine>> Paragraphs()
    {
        var (document, statement) = Composed();
        return PageText.ByParagraph(document.Lines("body"), statement.Paragraphs);
    }

    [Fact]
    public void The_statement_runs_over_many_pages_and_every_word_is_printed()
    {
        var (document, statement) = Composed();

        Assert.True(document.Pages.Count >= 8, $"only {document.Pages.Count} pages");
        Assert.Equal(statement.Paragraphs.Count, Paragraphs().Count(p => p.Count > 0));
    }

    [Fact]
    public void No_glyph_run_extends_past_the_text_column_on_inner_pages() =>
        PageAssert.GlyphRunsInsideTheColumn(Composed().Document, fixture.Pamphlet);

    [Fact]
    public void No_item_lies_outside_its_page() => PageAssert.ItemsOnThePage(Composed().Document);

    [Fact]
    public void Justified_lines_end_on_the_right_edge_except_the_last_of_each_paragraph()
    {
        var page = fixture.Pamphlet.Page;
        var checkedLines = 0;
        foreach (var paragraph in Paragraphs())
        {
            // A line that only spaces stretched beyond the tolerance could fill is left short by the emergency pass.
            foreach (var line in paragraph.Take(paragraph.Count - 1).Where(l => !l.LeftShortAtMostStretch))
            {
                var left = line.Page % 2 == 1 ? page.Margins.Inside : page.Margins.Outside;
                Assert.True(Math.Abs(line.Right - (left + page.ColumnWidth)) <= EdgeTolerance,
                    $"{line} ends at {line.Right:0.##}, the column at {left + page.ColumnWidth:0.##}");
                checkedLines++;
            }
        }
        Assert.True(checkedLines > 200);
    }

    [Fact]
    public void Paragraphs_are_indented_except_the_first_and_those_after_a_heading()
    {
        var (_, statement) = Composed();
        var indent = fixture.Pamphlet.Text.Indent;
        Assert.True(indent > 5);
        var paragraphs = Paragraphs();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var first = paragraphs[i][0];
            var (left, _) = PageAssert.Column(fixture.Pamphlet, first.Page);
            var expected = statement.Opening[i] ? left : left + indent;
            Assert.True(Math.Abs(first.Left - expected) < 0.01, $"{first} starts at {first.Left:0.##}, expected {expected:0.##}");
            Assert.All(paragraphs[i].Skip(1), l =>
                Assert.True(Math.Abs(l.Left - PageAssert.Column(fixture.Pamphlet, l.Page).Left) < 0.01, $"{l} starts at {l.Left:0.##}"));
        }
    }

    [Fact]
    public void Last_lines_of_paragraphs_are_not_stretched_to_the_edge()
    {
        var page = fixture.Pamphlet.Page;
        var lastLines = Paragraphs().Where(p => p.Count > 1).Select(p => p[^1]).ToList();

        // Ragged: on average clearly short of the edge (a few may fill the line by chance).
        var shortOnes = lastLines.Count(l => (l.Page % 2 == 1 ? page.Margins.Inside : page.Margins.Outside) + page.ColumnWidth - l.Right > 5);
        Assert.True(shortOnes > lastLines.Count * 0.8, $"{shortOnes} of {lastLines.Count} last lines are short");
    }

    [Fact]
    public void No_page_starts_or_ends_with_a_single_line_of_a_paragraph()
    {
        var split = 0;
        foreach (var paragraph in Paragraphs())
        {
            var perPage = paragraph.GroupBy(l => l.Page).ToList();
            if (perPage.Count == 1) continue;
            split++;
            Assert.All(perPage, g => Assert.True(g.Count() >= 2,
                $"page {g.Key} has a single line of the paragraph starting '{paragraph[0].Text}'"));
        }
        Assert.True(split >= 3, $"only {split} paragraphs cross a page break; the test proves little");
    }

    [Fact]
    public void Every_page_is_filled_to_the_bottom_but_the_last_give_or_take_a_few_lines()
    {
        // Widows, orphans and headings move at most a couple of lines on; a half-empty page is a bug.
        var (document, _) = Composed();
        var page = fixture.Pamphlet.Page;
        var bottom = page.Margins.Top + page.TextHeight;
        var leading = fixture.Pamphlet.Styles.Body.Font.Leading;
        foreach (var p in document.Pages.Skip(1).SkipLast(1))
        {
            var lowest = p.ItemsOf<GlyphRun>().Where(r => r.Role is "body" or "heading").Max(r => r.Origin.Y);
            // Up to 5 lines: the widows carried over with a keep (2) plus the room the kept block could not use.
            Assert.True(bottom - lowest < 5 * leading, $"page {p.Number} ends at {lowest:0.#}, the text area at {bottom:0.#}");
        }
    }

    [Fact]
    public void Headings_are_followed_on_their_page_by_at_least_two_body_lines()
    {
        var (document, _) = Composed();
        var body = document.Lines("body");
        var headings = document.Lines("heading");

        Assert.True(headings.Count >= HeadingTexts.Length);
        foreach (var heading in headings)
        {
            var after = body.Count(l => l.Page == heading.Page && l.Baseline > heading.Baseline);
            Assert.True(after >= 2, $"heading '{heading.Text}' on page {heading.Page} has {after} body lines after it");
        }
    }

    [Fact]
    public void Headings_are_set_ragged_and_never_hyphenated()
    {
        var (document, _) = Composed();

        Assert.All(document.Lines("heading"), h => Assert.False(h.EndsWithHyphen, h.ToString()));
    }

    [Fact]
    public void Headings_appear_in_order_with_their_text()
    {
        var (document, _) = Composed();
        var printed = string.Join(" ", document.Lines("heading").Select(l => l.Text));

        var at = 0;
        foreach (var heading in HeadingTexts)
        {
            // Runs are words, so compare without spaces.
            var found = printed.Replace(" ", "", StringComparison.Ordinal).IndexOf(heading.Replace(" ", "", StringComparison.Ordinal), at, StringComparison.Ordinal);
            Assert.True(found >= at, $"heading '{heading}' missing or out of order");
            at = found;
        }
    }

    [Fact]
    public void Composing_twice_gives_the_same_pages()
    {
        var statement = LongStatement();
        var first = fixture.Compose(statement.Markdown).Document;
        var second = new Composer(fixture.Fonts).Compose(Pamphlet.Documents.Markdown.MarkdownReader.Parse(statement.Markdown, fixture.StatementPath), fixture.Pamphlet).Document;

        Assert.Equal(first.Pages.Count, second.Pages.Count);
        for (var i = 0; i < first.Pages.Count; i++)
        {
            Assert.Equal(Describe(first.Pages[i]), Describe(second.Pages[i]));
        }
        Assert.Equal(first.Info, second.Info);
    }

    /// <summary>Every item of a page as text, lists and all, so two compositions compare value by value.</summary>
    internal static List<string> Describe(Page page) =>
        page.Items.Select(item => item switch
        {
            GlyphRun g => FormattableString.Invariant(
                $"glyphs {g.Role} {g.Origin} {g.Font.Path} {g.FontSize} {g.Color} [{string.Join(",", g.Glyphs)}] [{string.Join(",", g.Positions)}] '{g.Text}' [{string.Join(",", g.Clusters)}] {g.Width} {g.Ascent} {g.Descent} {g.RightToLeft}"),
            _ => item.ToString(),
        }).ToList();
}
