using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// A statement using every kind of block (figures, pull quotes, slogans, lists, block quotes, a demand
/// box, the signature) at many positions on the page, in the bundled a5-pamphlet.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class RichStatementTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private static readonly string[] Slogans =
    [
        "Homes for people, not for profit!",
        "Rents down, repairs now, and no more evictions in our city!",
        "Together we are the city",
    ];

    private static readonly string[] PullQuotes =
    [
        "A home is a right and not a privilege for the few.",
        "They sent the bailiffs before they sent the plumber.",
        "We built this city and we will not be priced out of it.",
    ];

    private static readonly string[] Captions =
    [
        "The march on the town hall in March.",
        "A banner on the estate that the council wants to sell.",
    ];

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    internal static StatementWriter RichStatement()
    {
        var writer = new StatementWriter(seed: 21);
        var random = new Random(5);
        writer.Paragraph(70).Heading("Where we stand").Paragraph(90);
        int figures = 0, quotes = 0, slogans = 0;
        for (var i = 0; i < 12; i++)
        {
            writer.Paragraph(random.Next(40, 170));
            switch (i % 4)
            {
                case 0:
                    var image = figures % 2 == 0 ? "march.jpg" : "banner.jpg";
                    writer.Raw($"![{Captions[figures % Captions.Length]}]({image} \"Photo: Tenants Union\")");
                    figures++;
                    break;
                case 1:
                    writer.Raw($"::: pullquote\n{PullQuotes[quotes++ % PullQuotes.Length]}\n\n-- A tenant on the estate\n:::");
                    break;
                case 2:
                    writer.Raw($"::: slogan\n{Slogans[slogans++ % Slogans.Length]}\n:::");
                    break;
                case 3:
                    writer.Raw("- " + writer.Prose(12) + "\n- " + writer.Prose(25) + "\n- " + writer.Prose(6));
                    writer.Raw("> " + writer.Prose(40) + "\n>\n> -- A neighbour");
                    break;
            }
            writer.Paragraph(random.Next(20, 90));
        }
        writer.Heading("What we demand").Paragraph(40);
        writer.Raw("::: demands\n### Our demands\n\n1. " + string.Join("\n1. ", Enumerable.Range(0, 5).Select(_ => writer.Prose(14))) + "\n:::");
        writer.Paragraph(30);
        writer.Raw($"::: slogan\n{Slogans[0]}\n:::");
        writer.Raw("::: signature\nTenants Union, May 2026\n:::");
        return writer;
    }

    private PagedDocument Composed() => fixture.Shared("rich", () => fixture.Compose(RichStatement().Markdown)).Document;

    [Fact]
    public void The_statement_composes_without_warnings()
    {
        var result = fixture.Shared("rich", () => fixture.Compose(RichStatement().Markdown));

        Assert.Empty(result.Warnings);
        Assert.True(result.Document.Pages.Count >= 6);
    }

    [Fact]
    public void No_glyph_run_extends_past_the_text_column_on_inner_pages() =>
        PageAssert.GlyphRunsInsideTheColumn(Composed(), fixture.Pamphlet);

    [Fact]
    public void No_item_lies_outside_its_page() => PageAssert.ItemsOnThePage(Composed());

    [Fact]
    public void Running_text_never_overlaps_an_image_a_panel_or_a_rule()
    {
        const double slack = 0.5; // glyph boxes are the font's full ascender and descender, not the ink
        foreach (var page in Composed().Pages.Skip(1))
        {
            var text = page.ItemsOf<GlyphRun>().Where(r => r.Role is "body" or "heading" or "quote" or "slogan" or "signature").ToList();
            var others = page.Items.Where(i => i is ImageItem || i is FillItem { Role: "demands" } || i is RuleItem { Role: "pullquote-rule" }).ToList();
            foreach (var run in text)
            {
                var box = new Rect(run.Bounds.X + slack, run.Bounds.Y + slack, run.Bounds.Width - 2 * slack, run.Bounds.Height - 2 * slack);
                var hit = others.FirstOrDefault(o => o.Bounds.Intersects(box));
                Assert.True(hit is null, $"page {page.Number}: '{run.Text}' ({run.Role}) overlaps {hit?.Role} at {hit?.Bounds}");
            }
        }
    }

    [Fact]
    public void Every_figure_has_its_caption_and_credit_below_it_on_the_same_page()
    {
        var document = Composed();
        var images = document.Pages.SelectMany(p => p.ItemsOf<ImageItem>().Where(i => i.Role == "figure").Select(i => (Page: p, Image: i))).ToList();

        Assert.Equal(3, images.Count);
        foreach (var (page, image) in images)
        {
            var below = page.ItemsOf<GlyphRun>().Where(r => r.Origin.Y > image.Frame.Bottom).ToList();
            Assert.Contains(below, r => r.Role == "caption");
            Assert.Contains(below, r => r.Role == "credit" && r.Text.Contains("Tenants", StringComparison.Ordinal));
        }
        // No caption or credit strays onto a page without its image.
        Assert.All(document.Pages.Where(p => p.Items.Any(i => i.Role is "caption" or "credit")),
            p => Assert.Contains(p.Items, i => i is ImageItem { Role: "figure" }));
    }

    [Fact]
    public void Pull_quotes_are_never_split_between_their_rules()
    {
        var document = Composed();
        var pairs = 0;
        foreach (var page in document.Pages)
        {
            var rules = page.ItemsOf<RuleItem>().Where(r => r.Role == "pullquote-rule").Select(r => r.From.Y).Order().ToList();
            Assert.True(rules.Count % 2 == 0, $"page {page.Number} has a pull quote rule without its partner");
            pairs += rules.Count / 2;
            foreach (var run in page.ItemsOf<GlyphRun>().Where(r => r.Role.StartsWith("pullquote", StringComparison.Ordinal)))
            {
                Assert.True(Enumerable.Range(0, rules.Count / 2).Any(k => run.Origin.Y > rules[2 * k] && run.Origin.Y < rules[2 * k + 1]),
                    $"page {page.Number}: '{run.Text}' is not between a pair of pull quote rules");
            }
        }
        Assert.Equal(3, pairs);
    }

    [Fact]
    public void Every_slogan_is_printed_whole_on_one_page()
    {
        var document = Composed();
        var perPage = document.Pages.Select(p => Letters(p.TextOf("slogan"))).ToList();

        foreach (var slogan in Slogans)
        {
            Assert.Contains(perPage, text => text.Contains(Letters(slogan), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Floats_appear_in_the_order_they_were_written()
    {
        var document = Composed();
        var order = document.Pages
            .SelectMany(p => p.ItemsOf<GlyphRun>().Where(r => r.Role is "caption" or "pullquote").Select(r => (p.Number, r.Origin.Y, r.Text, r.Role)))
            .OrderBy(x => x.Number).ThenBy(x => x.Y)
            .Select(x => x.Role)
            .ToList();
        var collapsed = order.Where((role, i) => i == 0 || order[i - 1] != role).ToList();

        Assert.Equal(["caption", "pullquote", "caption", "pullquote", "caption", "pullquote"], collapsed);
    }

    [Fact]
    public void The_signature_is_on_the_last_page()
    {
        var document = Composed();

        var pages = document.Pages.Where(p => p.Items.Any(i => i.Role == "signature")).Select(p => p.Number).ToList();
        Assert.Equal([document.Pages[^1].Number], pages);
    }

    [Fact]
    public void List_markers_hang_before_their_items_in_the_accent_colour()
    {
        var document = Composed();
        var markers = document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>().Where(r => r.Role == "body-marker").Select(r => (p, r))).ToList();

        Assert.Equal(9, markers.Count);
        foreach (var (page, marker) in markers)
        {
            var text = page.ItemsOf<GlyphRun>().Where(r => r.Role == "body" && Math.Abs(r.Origin.Y - marker.Origin.Y) < 0.01).Min(r => r.Origin.X);
            Assert.True(marker.Origin.X + marker.Width < text, $"marker at {marker.Origin.X:0.##} overlaps its text at {text:0.##}");
            Assert.Equal(Color.Rgb(0xb3, 0x00, 0x1b), marker.Color);
        }
    }

    [Fact]
    public void The_demand_box_encloses_its_title_and_demands()
    {
        var document = Composed();
        var page = Assert.Single(document.Pages, p => p.Items.Any(i => i.Role == "demands"));
        var box = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "demands");

        var runs = page.ItemsOf<GlyphRun>().Where(r => r.Role.StartsWith("demands", StringComparison.Ordinal)).ToList();
        Assert.Contains(runs, r => r.Role == "demands-title");
        Assert.Equal(5, runs.Count(r => r.Role == "demands-marker"));
        Assert.All(runs, r => Assert.True(box.Area.Contains(r.Bounds), $"'{r.Text}' at {r.Bounds} is outside the box {box.Area}"));
        Assert.DoesNotContain(runs, r => r.Text.Contains("continued", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(220)]
    [InlineData(240)]
    [InlineData(260)]
    public void The_signature_stays_on_the_last_page_when_a_pull_quote_waits_for_the_next_page(int wordsBefore)
    {
        // With 215–245 words before it, the pull quote does not fit the foot of page 2 and floats to
        // page 3, while the short closing paragraph and the signature still fit page 2.
        var writer = new StatementWriter(seed: 3);
        writer.Paragraph(wordsBefore)
            .Raw("::: pullquote\nA home is a right and not a privilege for the few who own the city and its streets and its future.\n\n-- A tenant\n:::")
            .Paragraph(8)
            .Raw("::: signature\nTenants Union\n:::");
        var document = fixture.Compose(writer.Markdown).Document;

        var signature = Assert.Single(document.Pages, p => p.Items.Any(i => i.Role == "signature"));
        Assert.Equal(document.Pages[^1].Number, signature.Number);
        var pullQuote = Assert.Single(document.Pages, p => p.Items.Any(i => i.Role == "pullquote"));
        Assert.True(pullQuote.Number <= signature.Number);
    }
}
