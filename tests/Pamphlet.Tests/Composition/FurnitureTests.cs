using System.Globalization;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>The cover, folios and running footer of the bundled a5-pamphlet.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class FurnitureTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private PagedDocument Composed() => fixture.Shared("long", () => fixture.Compose(LongTextTests.LongStatement().Markdown)).Document;

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    [Fact]
    public void The_cover_is_page_one_and_carries_the_title()
    {
        var document = Composed();
        var cover = document.Pages[0];

        Assert.Equal(1, cover.Number);
        Assert.Equal(Letters("Homes for All"), Letters(cover.TextOf("cover-title")));
        Assert.Contains("Tenants Union", cover.TextOf("cover-author"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(cover.ItemsOf<FillItem>(), f => f.Role == "cover-background" && f.Area.Contains(new Rect(0, 0, cover.Size.Width, cover.Size.Height)));
        Assert.DoesNotContain(cover.Items, i => i.Role is "body" or "folio" or "footer");
    }

    [Fact]
    public void Pages_are_numbered_in_order_from_one()
    {
        var document = Composed();

        Assert.Equal(Enumerable.Range(1, document.Pages.Count), document.Pages.Select(p => p.Number));
    }

    [Fact]
    public void Every_inner_page_has_a_folio_equal_to_its_number()
    {
        foreach (var page in Composed().Pages.Skip(1))
        {
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), page.TextOf("folio"));
        }
    }

    [Fact]
    public void Folios_sit_on_the_outside_edge_right_on_odd_pages_left_on_even_pages()
    {
        var document = Composed();
        foreach (var page in document.Pages.Skip(1))
        {
            var folio = Assert.Single(page.ItemsOf<GlyphRun>(), r => r.Role == "folio");
            var (left, right) = PageAssert.Column(fixture.Pamphlet, page.Number);
            if (page.Number % 2 == 1)
            {
                Assert.Equal(right, folio.Origin.X + folio.Width, 1);
            }
            else
            {
                Assert.Equal(left, folio.Origin.X, 1);
            }
            Assert.True(folio.Origin.Y > fixture.Pamphlet.Page.Margins.Top + fixture.Pamphlet.Page.TextHeight, "the folio is below the text area");
        }
    }

    [Fact]
    public void The_running_footer_carries_the_title_on_every_inner_page_clear_of_the_folio()
    {
        foreach (var page in Composed().Pages.Skip(1))
        {
            Assert.Equal("Homes for All", page.TextOf("footer"));
            var folio = Assert.Single(page.ItemsOf<GlyphRun>(), r => r.Role == "folio");
            Assert.All(page.ItemsOf<GlyphRun>().Where(r => r.Role == "footer"), r => Assert.False(r.Bounds.Intersects(folio.Bounds)));
        }
    }

    [Fact]
    public void The_document_info_comes_from_the_front_matter()
    {
        var info = Composed().Info;

        Assert.Equal("Homes for All", info.Title);
        Assert.Equal("Tenants Union", info.Author);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), info.Date);
    }

    [Fact]
    public void A_footer_with_no_room_beside_the_folio_is_left_out_with_one_warning()
    {
        var result = fixture.Compose(LongTextTests.LongStatement().Markdown, fixture.TestLayout("crowded-footer"));

        var inner = result.Document.Pages.Skip(1).ToList();
        Assert.True(inner.Count >= 10, $"{inner.Count + 1} pages: the statement must reach two-digit folios");
        Assert.All(inner, page => Assert.NotEmpty(page.TextOf("folio")));
        Assert.All(inner.Where(p => p.Number < 10), page => Assert.NotEmpty(page.TextOf("footer")));
        Assert.All(inner.Where(p => p.Number >= 10), page => Assert.Empty(page.TextOf("footer")));
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("running footer has no room", StringComparison.Ordinal));
        Assert.EndsWith("crowded-footer.yaml", warning.Location.File, StringComparison.Ordinal);
    }
}
