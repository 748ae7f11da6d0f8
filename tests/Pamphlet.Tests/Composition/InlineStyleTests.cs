using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>Emphasis, strong and links as they come out on the page.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class InlineStyleTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const string Statement = """
        ---
        title: Styles
        ---

        We are *furious* and **determined**, and ***unbowed***, say the plain words.

        Read more on [our website](https://example.org/join) and sign up today.

        Or go straight to [https://example.org/join](https://example.org/join) or write to [the committee](mailto:info@example.org).

        > Quoted words are italic, and *emphasis* inside them is upright.

        Broken here\
        and the paragraph goes on with enough words to fill more than one whole line of the column, so that justification matters.
        """;

    private List<GlyphRun> Runs() =>
        fixture.Shared("styles", () => fixture.Compose(Statement)).Document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).ToList();

    private GlyphRun Run(string text) => Assert.Single(Runs(), r => r.Text.Trim(',', '.') == text);

    private static string FileOf(GlyphRun run) => Path.GetFileNameWithoutExtension(run.Font.Path);

    [Fact]
    public void Emphasis_sets_the_italic_face()
    {
        Assert.Equal("NotoSerif-Italic", FileOf(Run("furious")));
    }

    [Fact]
    public void Strong_sets_the_bold_face()
    {
        Assert.Equal("NotoSerif-Bold", FileOf(Run("determined")));
    }

    [Fact]
    public void Strong_emphasis_sets_the_bold_italic_face()
    {
        Assert.Equal("NotoSerif-BoldItalic", FileOf(Run("unbowed")));
    }

    [Fact]
    public void Plain_words_stay_in_the_regular_face()
    {
        Assert.Equal("NotoSerif-Regular", FileOf(Run("plain")));
        Assert.Equal("NotoSerif-Regular", FileOf(Run("say")));
    }

    [Fact]
    public void Emphasis_inside_italic_text_is_upright()
    {
        Assert.Equal("NotoSerif-Italic", FileOf(Run("Quoted")));
        Assert.Equal("NotoSerif-Regular", FileOf(Run("emphasis")));
    }

    [Fact]
    public void A_link_prints_its_url_after_the_text_in_small_type()
    {
        var runs = Runs();
        var website = Run("website");
        var url = runs.Where(r => r.Text.Contains("example.org", StringComparison.Ordinal) && r.Origin.Y == website.Origin.Y).ToList();

        Assert.NotEmpty(url);
        Assert.Equal("https://example.org/join", string.Concat(url.Select(r => r.Text)));
        Assert.All(url, r => Assert.True(r.Origin.X > website.Origin.X));
        Assert.All(url, r => Assert.True(r.FontSize < website.FontSize, $"URL at {r.FontSize}pt, text at {website.FontSize}pt"));
    }

    [Fact]
    public void A_link_whose_text_is_the_url_prints_it_once()
    {
        var printed = string.Join(" ", Runs().Select(r => r.Text));

        // Once after "our website", once for the bare link: never twice in a row.
        Assert.Equal(2, CountOf(printed, "example.org/join"));
    }

    [Fact]
    public void A_mailto_link_prints_the_address_without_the_scheme()
    {
        var printed = string.Join(" ", Runs().Select(r => r.Text));

        Assert.Contains("info@example.org", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", printed, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void A_line_ended_by_a_hard_break_is_not_stretched()
    {
        var document = fixture.Shared("styles", () => fixture.Compose(Statement)).Document;
        var lines = document.Lines("body");
        var broken = Assert.Single(lines, l => l.Text.StartsWith("Broken", StringComparison.Ordinal));
        var next = lines[lines.IndexOf(broken) + 1];

        Assert.Equal("Broken here", broken.Text);
        var (_, right) = PageAssert.Column(fixture.Pamphlet, broken.Page);
        Assert.True(right - broken.Right > 100, $"'{broken.Text}' ends at {broken.Right:0.##}: stretched");
        Assert.StartsWith("and the paragraph", next.Text, StringComparison.Ordinal);
        Assert.Equal(right, next.Right, 0);
    }

    [Fact]
    public void A_link_is_clickable_over_its_text()
    {
        var document = fixture.Shared("styles", () => fixture.Compose(Statement)).Document;
        var website = Run("website");

        var links = document.Pages.SelectMany(p => p.ItemsOf<LinkItem>()).Where(l => l.Url == "https://example.org/join").ToList();
        Assert.Contains(links, l => l.Area.Intersects(website.Bounds));
    }
}
