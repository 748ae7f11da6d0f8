using Pamphlet.Diagnostics;

namespace Pamphlet.Tests.Composition;

/// <summary>A block that cannot fit any page is placed anyway and reported where the author can find it.</summary>
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
        Assert.Contains("taller than a whole page", warning.Message, StringComparison.Ordinal);
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
    public void The_oversize_heading_starts_at_the_top_of_a_page_and_the_text_goes_on_after_it()
    {
        var layout = fixture.TestLayout("small-page");
        var document = fixture.Compose(Markdown(), layout).Document;

        var headingPage = document.Lines("heading").Select(l => l.Page).Distinct().Single();
        var top = document.Lines("heading").Min(l => l.Runs.Min(r => r.Bounds.Y));
        Assert.InRange(top, layout.Page.Margins.Top - 1, layout.Page.Margins.Top + 15);
        var body = document.Lines("body");
        Assert.Contains(body, l => l.Page < headingPage);
        Assert.Contains(body, l => l.Page > headingPage);
    }
}
