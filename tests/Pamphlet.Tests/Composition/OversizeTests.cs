using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// A block that may not split but cannot fit any page is cut between its lines across pages, so nothing
/// runs off the page, and reported where the author can find it.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class OversizeTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private static string Markdown()
    {
        var writer = new StatementWriter(seed: 8, title: "Oversize");
        writer.Paragraph(30);
        // A heading never splits; this one needs far more than the short page's 16 lines.
        writer.Heading(writer.Prose(120));
        writer.Paragraph(30);
        return writer.Markdown;
    }

    private static int HeadingLine() =>
        Markdown().Split('\n').Select((line, i) => (line, i)).First(x => x.line.StartsWith("## ", StringComparison.Ordinal)).i + 1;

    [Fact]
    public void A_heading_taller_than_the_page_is_reported_as_a_warning()
    {
        var result = fixture.Compose(Markdown(), fixture.TestLayout("small-page"));

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("taller than a whole page, so it was split between its lines", warning.Message, StringComparison.Ordinal);
        Assert.Contains("heading", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_oversize_warning_points_at_the_blocks_line()
    {
        var result = fixture.Compose(Markdown(), fixture.TestLayout("small-page"));

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(HeadingLine(), warning.Location.Line);
    }

    [Fact]
    public void The_oversize_heading_starts_at_the_top_of_a_page_runs_on_over_the_next_and_the_text_goes_on_after_it()
    {
        var layout = fixture.TestLayout("small-page");
        var document = fixture.Compose(Markdown(), layout).Document;

        var heading = document.Lines("heading").ToList();
        var headingPages = heading.Select(l => l.Page).Distinct().Order().ToList();
        Assert.True(headingPages.Count > 1, "the heading is cut between its lines across pages");
        Assert.Equal(Enumerable.Range(headingPages[0], headingPages.Count), headingPages);
        var top = heading.Where(l => l.Page == headingPages[0]).Min(l => l.Runs.Min(r => r.Bounds.Y));
        Assert.InRange(top, layout.Page.Margins.Top - 1, layout.Page.Margins.Top + 15);
        var bottom = layout.Page.Height - layout.Page.Margins.Bottom;
        Assert.All(heading, l => Assert.True(l.Runs.Max(r => r.Origin.Y) <= bottom + 0.01, $"a heading line on page {l.Page} sits below the bottom margin"));
        var body = document.Lines("body");
        Assert.Contains(body, l => l.Page < headingPages[0]);
        var headingEnd = heading.Where(l => l.Page == headingPages[^1]).Max(l => l.Runs.Max(r => r.Origin.Y));
        Assert.Contains(body, l => l.Page > headingPages[^1] || (l.Page == headingPages[^1] && l.Runs.Min(r => r.Origin.Y) > headingEnd));
    }

    [Theory]
    [InlineData("::: slogan\n{0}\n:::", "slogan")]
    [InlineData("::: pullquote\n{0}\n\n— Someone\n:::", "pullquote")]
    [InlineData("::: signature\n- {0}\n- {0}\n:::", "signature")]
    public void A_display_block_taller_than_the_page_loses_no_word_and_nothing_passes_the_bottom_margin(string block, string role)
    {
        var layout = fixture.TestLayout("small-page");
        var writer = new StatementWriter(seed: 3, title: "Oversize");
        writer.Paragraph(20);
        var prose = writer.Prose(90);
        writer.Raw(string.Format(System.Globalization.CultureInfo.InvariantCulture, block, prose));
        writer.Paragraph(20);

        var result = fixture.Compose(writer.Markdown, layout);

        var printed = PageWords.Words(result.Document);
        PageWords.AssertInOrder(printed.Where(w => w.Role.StartsWith(role, StringComparison.Ordinal)).ToList(), PageWords.Of(prose));
        var bottom = layout.Page.Height - layout.Page.Margins.Bottom;
        Assert.All(result.Document.Pages.SelectMany(p => p.ItemsOf<Pamphlet.Pages.GlyphRun>()).Where(r => r.Role.StartsWith(role, StringComparison.Ordinal)),
            run => Assert.True(run.Origin.Y <= bottom + 0.01, $"'{run.Text}' sits below the bottom margin"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("so it was split between its lines", StringComparison.Ordinal));
    }
}
