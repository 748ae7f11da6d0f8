using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>The long statement in other layouts: spaced paragraphs without a cover, and ragged large print.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class LayoutVariantTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private (PagedDocument Document, StatementWriter Statement) Spaced()
    {
        var statement = LongTextTests.LongStatement();
        return (fixture.Shared("spaced", () => fixture.Compose(statement.Markdown, fixture.TestLayout("spaced"))).Document, statement);
    }

    private (PagedDocument Document, StatementWriter Statement) LargePrint()
    {
        var statement = LongTextTests.LongStatement();
        return (fixture.Shared("large", () => fixture.Compose(statement.Markdown, fixture.Catalog.Resolve("a5-pamphlet-large-print"))).Document, statement);
    }

    [Fact]
    public void Without_a_cover_the_text_starts_on_page_one_with_its_folio()
    {
        var (document, _) = Spaced();
        var first = document.Pages[0];

        Assert.Equal(1, first.Number);
        Assert.DoesNotContain(first.Items, i => i.Role.StartsWith("cover", StringComparison.Ordinal));
        Assert.Contains(first.ItemsOf<GlyphRun>(), r => r.Role == "body");
        Assert.Equal("1", first.TextOf("folio"));
        PageAssert.GlyphRunsInsideTheColumn(document with { Pages = [.. document.Pages.Skip(1)] }, fixture.TestLayout("spaced"));
    }

    [Fact]
    public void The_first_page_without_a_cover_is_a_right_hand_page()
    {
        var (document, _) = Spaced();
        var layout = fixture.TestLayout("spaced");
        var (left, right) = PageAssert.Column(layout, 1);

        var body = document.Pages[0].ItemsOf<GlyphRun>().Where(r => r.Role == "body").ToList();
        Assert.Equal(left, body.Min(r => r.Origin.X), 2);
        Assert.True(body.Max(r => r.Origin.X + r.Width) <= right + PageAssert.EdgeTolerance);
    }

    [Fact]
    public void Spaced_paragraphs_are_not_indented_and_are_separated_by_the_paragraph_space()
    {
        var (document, statement) = Spaced();
        var layout = fixture.TestLayout("spaced");
        var leading = layout.Styles.Body.Font.Leading;
        var paragraphs = PageText.ByParagraph(document.Lines("body"), statement.Paragraphs);

        var gaps = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var first = paragraphs[i][0];
            Assert.Equal(PageAssert.Column(layout, first.Page).Left, first.Left, 2);
            if (i == 0 || statement.Opening[i]) continue;
            var previous = paragraphs[i - 1][^1];
            if (previous.Page != first.Page) continue;
            Assert.Equal(leading + layout.Text.ParagraphSpace, first.Baseline - previous.Baseline, 2);
            gaps++;
        }
        Assert.True(gaps > 10);
    }

    [Fact]
    public void Large_print_is_ragged_unhyphenated_and_inside_the_column()
    {
        var (document, statement) = LargePrint();
        var layout = fixture.Catalog.Resolve("a5-pamphlet-large-print");
        var lines = document.Lines("body");

        Assert.All(lines, l => Assert.False(l.EndsWithHyphen, l.ToString()));
        PageAssert.GlyphRunsInsideTheColumn(document, layout);
        var full = lines.Count(l => Math.Abs(l.Right - PageAssert.Column(layout, l.Page).Right) < 0.5);
        Assert.True(full < lines.Count / 4, $"{full} of {lines.Count} ragged lines end exactly at the edge");
        Assert.Equal(statement.Paragraphs.Count, PageText.ByParagraph(lines, statement.Paragraphs).Count(p => p.Count > 0));
    }
}
