using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>A demand box too long for one page (TestData layout "small-page"): it splits between demands and says so.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class DemandSplitTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private static (string Markdown, List<string> Demands) Statement()
    {
        var writer = new StatementWriter(seed: 4, title: "Demands");
        writer.Paragraph(50);
        var demands = Enumerable.Range(0, 10).Select(_ => writer.Prose(18)).ToList();
        writer.Raw("::: demands\n### Our demands\n\n" + string.Join("\n", demands.Select((d, i) => $"{i + 1}. {d}")) + "\n:::");
        writer.Paragraph(30);
        return (writer.Markdown, demands);
    }

    private PagedDocument Composed() =>
        fixture.Shared("demands", () => fixture.Compose(Statement().Markdown, fixture.TestLayout("small-page"))).Document;

    private List<Page> PagesWithDemands() => Composed().Pages.Where(p => p.Items.Any(i => i.Role == "demands")).ToList();

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    [Fact]
    public void The_box_is_split_over_several_pages_one_box_per_page()
    {
        var pages = PagesWithDemands();

        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Single(p.ItemsOf<FillItem>(), f => f.Role == "demands"));
        Assert.Equal(pages.Select(p => p.Number), Enumerable.Range(pages[0].Number, pages.Count));
    }

    [Fact]
    public void The_first_part_has_the_title_and_every_later_part_the_continued_title()
    {
        var pages = PagesWithDemands();

        Assert.Equal("OUR DEMANDS", pages[0].TextOf("demands-title"));
        Assert.All(pages.Skip(1), p => Assert.Equal("OUR DEMANDS (CONTINUED)", p.TextOf("demands-title")));
    }

    [Fact]
    public void The_title_opens_each_box()
    {
        foreach (var page in PagesWithDemands())
        {
            var box = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "demands");
            var first = page.ItemsOf<GlyphRun>().Where(r => r.Role.StartsWith("demands", StringComparison.Ordinal)).MinBy(r => r.Origin.Y)!;
            Assert.Equal("demands-title", first.Role);
            Assert.InRange(first.Bounds.Y - box.Area.Y, 0, 20);
        }
    }

    [Fact]
    public void Every_demand_is_whole_on_one_page_and_inside_that_pages_box()
    {
        var pages = PagesWithDemands();
        var perPage = pages.Select(p => Letters(p.TextOf("demands"))).ToList();

        foreach (var demand in Statement().Demands)
        {
            Assert.Single(perPage, text => text.Contains(Letters(demand), StringComparison.Ordinal));
        }
        Assert.Equal(10, pages.Sum(p => p.ItemsOf<GlyphRun>().Count(r => r.Role == "demands-marker")));
        foreach (var page in pages)
        {
            var box = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "demands");
            Assert.All(page.ItemsOf<GlyphRun>().Where(r => r.Role.StartsWith("demands", StringComparison.Ordinal)),
                r => Assert.True(box.Area.Contains(r.Bounds), $"page {page.Number}: '{r.Text}' at {r.Bounds} is outside {box.Area}"));
        }
    }

    [Fact]
    public void Boxes_stay_inside_the_text_area()
    {
        var layout = fixture.TestLayout("small-page");
        foreach (var page in PagesWithDemands())
        {
            var box = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "demands");
            var (left, right) = PageAssert.Column(layout, page.Number);
            var area = new Rect(left, layout.Page.Margins.Top, right - left, layout.Page.TextHeight);
            Assert.True(area.Contains(box.Area, PageAssert.EdgeTolerance), $"page {page.Number}: box {box.Area} leaves the text area {area}");
        }
    }
}
