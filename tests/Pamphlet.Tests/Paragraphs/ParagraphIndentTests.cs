using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>In indent mode, a paragraph is indented unless it opens a section; floats do not open one.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class ParagraphIndentTests
{
    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);

    private static double FirstLineStart(IReadOnlyList<Page> pages, string firstWord) =>
        pages.SelectMany(p => p.ItemsOf<GlyphRun>()).First(r => r.Role == "body" && r.Text.StartsWith(firstWord, StringComparison.Ordinal)).Origin.X;

    private static IReadOnlyList<Page> Compose(string markdown)
    {
        var image = Path.Combine(AppContext.BaseDirectory, "TestData", "Cli", "red-8x6.png");
        var document = MarkdownReader.Parse(markdown.Replace("IMAGE", image, StringComparison.Ordinal), "/tmp/indent.md");
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        return new Composer(Fonts).Compose(document, layout).Document.Pages;
    }

    [Fact]
    public void A_paragraph_after_a_figure_is_indented_like_any_following_paragraph()
    {
        var pages = Compose("## Section\n\nAlpha opens the section.\n\n![A caption](IMAGE \"credit\")\n\nBravo follows it.\n\nCharlie follows that.\n");

        var opening = FirstLineStart(pages, "Alpha");
        Assert.True(FirstLineStart(pages, "Bravo") > opening + 5, "the paragraph after the figure is indented");
        Assert.Equal(FirstLineStart(pages, "Charlie"), FirstLineStart(pages, "Bravo"), 3);
    }

    [Fact]
    public void A_paragraph_after_a_heading_is_not_indented()
    {
        var pages = Compose("First words here.\n\nSecond paragraph here.\n\n## Heading\n\nThird after the heading.\n");

        Assert.Equal(FirstLineStart(pages, "First"), FirstLineStart(pages, "Third"), 3);
        Assert.True(FirstLineStart(pages, "Second") > FirstLineStart(pages, "First") + 5);
    }
}
