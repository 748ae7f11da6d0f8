using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Fitting;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Tests.Cli;
using Pamphlet.Text.Fonts;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Fitting;

public sealed class PageCountFittingFixture : IDisposable
{
    public FontLibrary Fonts { get; } = new([FontLibrary.BundledFolder]);
    public LayoutDefinition Pamphlet { get; } = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
    public void Dispose() => Fonts.Dispose();
}

/// <summary>Landing a pamphlet on a page count within the layout's fitting ranges (issue 4).</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PageCountFittingTests(PageCountFittingFixture fixture) : IClassFixture<PageCountFittingFixture>
{
    /// <summary>
    /// The sample statement cut to its first <paramref name="paragraphs"/> top-level blocks' worth of paragraphs;
    /// without <paramref name="headings"/>, its running text only, repeated as often as needed.
    /// </summary>
    private static string Statement(int paragraphs, bool headings = true)
    {
        var text = File.ReadAllText(SampleFiles.Statement);
        var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        // A part that ends a ::: block loses its closing line with the block's opening: a lone ':::' is an error now.
        var parts = body.Split("\n\n").Where(p => !p.StartsWith(":::", StringComparison.Ordinal) && !p.StartsWith('!') && !p.StartsWith('>'))
            .Where(p => headings || !p.StartsWith('#'))
            .Select(p => p.EndsWith("\n:::", StringComparison.Ordinal) ? p[..^4] : p).ToList();
        var taken = headings ? parts.Take(paragraphs) : Enumerable.Repeat(parts, paragraphs / parts.Count + 1).SelectMany(p => p).Take(paragraphs);
        return "---\ntitle: Fitting test\n---\n\n" + string.Join("\n\n", taken) + "\n";
    }

    private IReadOnlyList<Page> Compose(string markdown, PageTarget? pages) =>
        new Composer(fixture.Fonts).Compose(MarkdownReader.Parse(markdown, Path.Combine(SampleFiles.Folder, "fitting.md")), fixture.Pamphlet, pages).Document.Pages;

    [Theory]
    [InlineData(20, 4)]   // already a multiple of four: unchanged
    [InlineData(45, 8)]
    public void Fit4_keeps_a_multiple_of_four(int paragraphs, int pages)
    {
        var markdown = Statement(paragraphs);
        Assert.Equal(pages, Compose(markdown, null).Count);

        Assert.Equal(pages, Compose(markdown, PageTarget.NearestMultipleOfFour).Count);
    }

    /// <summary>Where the search for the longest 7-page run of paragraphs starts: 20 of them set on about four pages.</summary>
    private const int ShortestLoosenedStatement = 20;

    [Fact]
    public void Fit4_loosens_a_statement_one_page_short()
    {
        // The longest run of the sample's paragraphs that sets on 7 pages: it needs at most a paragraph
        // more, well within the loosest settings (about an eighth more text height). Headings are left
        // out: one kept with its text leaves the foot of the page before it empty, and loosening fills
        // such feet before it adds a page (37 of the sample's blocks set on 7 pages, and still on 7 at
        // the loosest settings, while 38 set on 8).
        var paragraphs = ShortestLoosenedStatement;
        while (Compose(Statement(paragraphs + 1, headings: false), null).Count <= 7) paragraphs++;
        var markdown = Statement(paragraphs, headings: false);
        Assert.Equal(7, Compose(markdown, null).Count);

        Assert.Equal(8, Compose(markdown, PageTarget.NearestMultipleOfFour).Count);
    }

    [Fact]
    public void Fit4_that_no_setting_within_the_ranges_reaches_says_what_would()
    {
        // Six pages: four is too few and eight too many within a5-pamphlet's ranges.
        var error = Assert.Throws<PamphletException>(() => Compose(Statement(30), PageTarget.NearestMultipleOfFour));

        Assert.Matches(@"cannot set this statement on 4 or 8 pages .* remove ≈ \d+ words for 4 pages, or add ≈ \d+ words for 8 pages", error.Diagnostics[0].Message);
    }

    [Fact]
    public void An_exact_page_count_is_hit_and_the_body_stays_within_its_range()
    {
        var markdown = File.ReadAllText(SampleFiles.Statement);
        var pages = Compose(markdown, PageTarget.Exactly(8));

        Assert.Equal(8, pages.Count);
        // Body runs, not the small-type URLs printed after links (which carry the body role too).
        var urlSize = fixture.Pamphlet.Styles.LinkUrl.Font.Size;
        var body = pages.SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "body" && Math.Abs(r.FontSize - urlSize) > 0.01).Select(r => r.FontSize).Distinct().ToList();
        var range = fixture.Pamphlet.Fitting!.BodySize;
        Assert.All(body, size => Assert.InRange(size, range.Min - 1e-6, range.Max + 1e-6));
        Assert.True(body.Max() < fixture.Pamphlet.Styles.Body.Font.Size, "the sample needs tightening to fit 8 pages");
    }

    [Fact]
    public void Fit4_builds_what_a_plain_build_at_the_chosen_step_builds_and_a_step_closer_to_the_layout_misses()
    {
        var document = MarkdownReader.Parse(File.ReadAllText(SampleFiles.Statement), SampleFiles.Statement);
        var layout = fixture.Pamphlet;
        var fit = new Composer(fixture.Fonts).FitPages(document, layout, PageTarget.NearestMultipleOfFour);

        var fitted = new Composer(fixture.Fonts).Compose(document, layout, PageTarget.NearestMultipleOfFour).Document;
        var plain = new Composer(fixture.Fonts).Compose(document, layout.Fitted(FittedSettings.At(layout, fit.Step))).Document;

        Assert.Equal(8, fitted.Pages.Count);
        Assert.Equal(RenderPdf(plain), RenderPdf(fitted));
        // The smallest change to the search's precision: one precision step towards the layout as written sets on 9 pages.
        var closer = fit.Step - Math.Sign(fit.Step) * PageCountFitter.Precision;
        Assert.Equal(9, new Composer(fixture.Fonts).Compose(document, layout.Fitted(FittedSettings.At(layout, closer))).Document.Pages.Count);
    }

    [Fact]
    public void An_impossible_count_fails_saying_how_far_off_it_is()
    {
        var markdown = File.ReadAllText(SampleFiles.Statement);

        var error = Assert.Throws<PamphletException>(() => Compose(markdown, PageTarget.Exactly(4)));

        Assert.Matches(@"needs \d+\.\d pages at the smallest allowed settings; remove ≈ \d+ words or ask for \d+ pages", error.Diagnostics[0].Message);
    }

    [Fact]
    public void The_adjustment_moves_every_value_by_the_same_share_of_its_range()
    {
        var layout = fixture.Pamphlet;
        var tighter = layout.Fitted(FittedSettings.At(layout, -0.5));
        var f = layout.Fitting!;
        Assert.Equal((layout.Styles.Body.Font.Size + f.BodySize.Min) / 2, tighter.Styles.Body.Font.Size, 6);
        Assert.Equal((layout.Styles.Body.Font.Leading + f.Leading.Min) / 2, tighter.Styles.Body.Font.Leading, 6);
        Assert.Equal((layout.Styles.Figure.MaxHeightShare + f.ImageShare.Min) / 2, tighter.Styles.Figure.MaxHeightShare, 6);
        Assert.Equal(layout.Styles.Body.Font.Size, layout.Fitted(FittedSettings.At(layout, 0)).Styles.Body.Font.Size);
    }
}
