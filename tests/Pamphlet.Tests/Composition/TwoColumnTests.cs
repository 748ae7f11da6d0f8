using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>The rich statement in two columns (TestData layout "two-columns").</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class TwoColumnTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private PagedDocument Composed() =>
        fixture.Shared("two-columns", () => fixture.Compose(RichStatementTests.RichStatement().Markdown, fixture.TestLayout("two-columns"))).Document;

    /// <summary>The columns of a page: the text area's left edge mirrors on facing pages.</summary>
    private List<(double Left, double Right)> Columns(int pageNumber)
    {
        var layout = fixture.TestLayout("two-columns");
        var (left, _) = PageAssert.Column(layout, pageNumber);
        var width = layout.Page.ColumnWidth;
        return [(left, left + width), (left + width + layout.Page.Gutter, left + 2 * width + layout.Page.Gutter)];
    }

    [Fact]
    public void Every_item_on_an_inner_page_keeps_to_one_column()
    {
        var document = Composed();
        Assert.True(document.Pages.Count >= 3);
        foreach (var page in document.Pages.Skip(1))
        {
            var columns = Columns(page.Number);
            foreach (var item in page.Items.Where(i => i.Role is not ("folio" or "footer" or "footer-rule")))
            {
                var (from, to) = Horizontal(item);
                Assert.True(columns.Any(c => from >= c.Left - PageAssert.EdgeTolerance && to <= c.Right + PageAssert.EdgeTolerance),
                    $"page {page.Number}: {item.Role} spans {from:0.##}..{to:0.##}, columns {string.Join(", ", columns)}");
            }
        }
    }

    /// <summary>
    /// Where an item starts and ends across the page. Rules are drawn with butt caps, so they end at
    /// their end points; <see cref="RuleItem.Bounds"/> pads them by half the thickness all round.
    /// </summary>
    private static (double From, double To) Horizontal(PageItem item) => item switch
    {
        RuleItem r => (Math.Min(r.From.X, r.To.X) - (r.From.X == r.To.X ? r.Thickness / 2 : 0),
                       Math.Max(r.From.X, r.To.X) + (r.From.X == r.To.X ? r.Thickness / 2 : 0)),
        _ => (item.Bounds.X, item.Bounds.Right),
    };

    [Fact]
    public void Both_columns_are_used()
    {
        var document = Composed();
        var page = document.Pages[1];
        var columns = Columns(page.Number);

        Assert.Contains(page.ItemsOf<GlyphRun>(), r => r.Role == "body" && r.Origin.X >= columns[1].Left - 0.5);
        Assert.Contains(page.ItemsOf<GlyphRun>(), r => r.Role == "body" && r.Origin.X + r.Width <= columns[0].Right + 0.5);
    }

    [Fact]
    public void The_signature_is_on_the_last_page() =>
        Assert.Equal([Composed().Pages[^1].Number], Composed().Pages.Where(p => p.Items.Any(i => i.Role == "signature")).Select(p => p.Number));
}
