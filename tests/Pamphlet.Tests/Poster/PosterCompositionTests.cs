using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Poster;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Poster;

/// <summary>Copyfitting invariants of posters, asserted on the Pages model.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PosterCompositionTests(PosterFixture fixture) : IClassFixture<PosterFixture>
{
    private static string RegionOf(PageItem item) => PosterRoles.RegionOf(item);

    private Page Poster(LayoutDefinition layout, Pamphlet.Documents.Model.Document? document = null) =>
        Assert.Single(fixture.Composer.Compose(document ?? PosterFixture.Sample(), layout).Document.Pages);

    [Fact]
    public void The_sample_makes_one_page_of_the_layouts_size_with_every_region_filled()
    {
        var layout = PosterFixture.A3();
        var page = Poster(layout);

        Assert.Equal(layout.Page.Width, page.Size.Width, 3);
        Assert.Equal(layout.Page.Height, page.Size.Height, 3);
        foreach (var region in layout.Poster!.Regions)
        {
            Assert.Contains(page.Items, i => RegionOf(i) == region.Name);
        }
    }

    [Fact]
    public void Every_item_stays_inside_its_region_and_regions_do_not_overlap()
    {
        var layout = PosterFixture.A3();
        var page = Poster(layout);
        var grid = new PosterGrid(layout.Page, layout.Poster!);
        var areas = layout.Poster!.Regions.ToDictionary(r => r.Name, grid.RegionArea);

        foreach (var item in page.Items.Where(i => RegionOf(i) != ""))
        {
            var area = areas[RegionOf(item)];
            Assert.True(area.Contains(item.Bounds, tolerance: 0.5), $"{item.Role} at {item.Bounds} leaves {area}");
            Assert.True(grid.SafeArea.Contains(item.Bounds, tolerance: 0.5), $"{item.Role} leaves the safe area");
        }
        foreach (var a in areas)
        {
            foreach (var b in areas.Where(b => string.CompareOrdinal(a.Key, b.Key) < 0))
            {
                Assert.False(a.Value.Intersects(b.Value), $"regions {a.Key} and {b.Key} overlap");
            }
        }
    }

    [Fact]
    public void Text_shrinks_to_fit_but_never_below_its_regions_minimum()
    {
        // Tight minimums force shrinking in the quote and demands regions.
        var layout = PosterFixture.A3(scaleStyles: 2.6);
        var page = Poster(layout);
        var shrunk = 0;
        foreach (var region in layout.Poster!.Regions)
        {
            foreach (var run in page.ItemsOf<GlyphRun>().Where(r => RegionOf(r) == region.Name))
            {
                var style = PosterRoles.StyleSize(layout, run.Role);
                var floor = style == 0 ? region.MinSize : Math.Min(style, region.MinSize);
                Assert.True(run.FontSize >= floor - 0.01, $"'{run.Text}' ({run.Role}) is {run.FontSize:0.#}pt, below {floor}pt");
                if (style > 0 && run.FontSize < style - 0.01) shrunk++;
            }
        }
        Assert.True(shrunk > 0, "the test needs a region that had to shrink");
    }

    [Fact]
    public void The_title_is_set_at_the_largest_size_that_fits_one_step_larger_would_not()
    {
        var layout = PosterFixture.A3();
        var document = PosterFixture.Sample();
        var page = Poster(layout, document);
        var titleRuns = page.ItemsOf<GlyphRun>().Where(r => r.Role == "poster-title@headline").ToList();
        Assert.NotEmpty(titleRuns);
        var size = titleRuns[0].FontSize;
        Assert.All(titleRuns, r => Assert.Equal(size, r.FontSize, 3));

        var region = layout.Poster!.Regions.Single(r => r.Name == "headline");
        Assert.True(titleRuns.Select(r => r.Origin.Y).Distinct().Count() <= region.MaxLines);
        var area = new PosterGrid(layout.Page, layout.Poster).RegionArea(region);
        var context = new CompositionContext(document, layout, fixture.Fonts, new Shaper(), new KnuthPlassBreaker());
        var material = PosterMaterial.From(document);
        var composer = new RegionComposer(context, material, new PosterStructure(context.Structure, material, document.TitleText));

        var atSize = composer.Compose(region, area, 1, size, trial: true);
        var larger = composer.Compose(region, area, 1, size + PosterComposer.TitleStep, trial: true);
        Assert.True(atSize.Whole && atSize.StackHeight <= area.Height + 0.01);
        Assert.False(larger.Whole && larger.StackHeight <= area.Height + 0.01, $"{size + PosterComposer.TitleStep}pt would also fit");
    }

    [Fact]
    public void Text_that_cannot_fit_at_the_minimum_size_fails_saying_how_much_too_long_it_is()
    {
        var layout = PosterFixture.A3(demandsMinSize: 30);
        var markdown = File.ReadAllText(PosterFixture.SamplePath);
        var longer = markdown.Replace("1. Withdraw item 7", string.Concat(Enumerable.Repeat("1. A demand that goes on and on about many things at once, at length.\n", 12)) + "1. Withdraw item 7", StringComparison.Ordinal);
        var document = MarkdownReader.Parse(longer, PosterFixture.SamplePath);

        var error = Assert.Throws<PamphletException>(() => fixture.Composer.Compose(document, layout));

        var message = error.Diagnostics[0].Message;
        Assert.Matches(@"^demands need \d+ % more height than region 'demands' on test-poster-a3; shorten them", message);
        Assert.True(error.Diagnostics[0].Location.Line > 0, "points at the demands in the statement");
    }

    [Fact]
    public void A_trial_asked_for_again_is_the_same_setting_and_a_trial_draws_no_qr_modules()
    {
        var layout = PosterFixture.A3();
        var document = PosterFixture.Sample();
        var region = layout.Poster!.Regions.First(r => r.Content.Contains(PosterContent.QrCode));
        var area = new PosterGrid(layout.Page, layout.Poster).RegionArea(region);
        var context = new CompositionContext(document, layout, fixture.Fonts, new Shaper(), new KnuthPlassBreaker());
        var material = PosterMaterial.From(document);
        var composer = new RegionComposer(context, material, new PosterStructure(context.Structure, material, document.TitleText));

        var trial = composer.Compose(region, area, 1, null, trial: true);
        var drawn = composer.Compose(region, area, 1, null, trial: false);

        Assert.Same(trial, composer.Compose(region, area, 1, null, trial: true));
        Assert.NotSame(trial, composer.Compose(region, area, 0.9, null, trial: true));
        Assert.DoesNotContain(trial.Frame.Items, i => i.Role.StartsWith("qr-code", StringComparison.Ordinal));
        Assert.Contains(drawn.Frame.Items, i => i.Role.StartsWith("qr-code", StringComparison.Ordinal));
        // Fitting reads a trial's size and wholeness: the same as the drawn setting's.
        Assert.Equal(drawn.StackHeight, trial.StackHeight);
        Assert.Equal(drawn.Whole, trial.Whole);
    }

    [Fact]
    public void Without_a_url_there_is_no_qr_code()
    {
        var markdown = File.ReadAllText(PosterFixture.SamplePath).Replace("url: https://alderbrook.example/\n", "", StringComparison.Ordinal);
        var page = Poster(PosterFixture.A3(), MarkdownReader.Parse(markdown, PosterFixture.SamplePath));
        Assert.DoesNotContain(page.Items, i => i.Role.StartsWith("qr-code", StringComparison.Ordinal));
        Assert.Contains(Poster(PosterFixture.A3()).Items, i => i.Role.StartsWith("qr-code", StringComparison.Ordinal));
    }

    [Fact]
    public void A_poster_div_replaces_the_automatic_quote()
    {
        var markdown = File.ReadAllText(PosterFixture.SamplePath) + "\n::: poster\nCome to the meeting on Thursday.\n:::\n";
        var page = Poster(PosterFixture.A3(), MarkdownReader.Parse(markdown, PosterFixture.SamplePath));
        var quoteText = string.Concat(page.ItemsOf<GlyphRun>().Where(r => RegionOf(r) == "quote").Select(r => r.Text));
        Assert.Contains("meeting", quoteText);
        Assert.DoesNotContain("surplus", quoteText);
    }
}

[Trait(Tier.Name, Tier.Layout)]
public sealed class PosterHeadlineTests(PosterFixture fixture) : IClassFixture<PosterFixture>
{
    [Theory]
    [InlineData("Stop the Redevelopment")]
    [InlineData("Hands off Kettlewick")]
    [InlineData("Keep Alder Brook Public")]
    public void The_headline_never_ends_with_a_short_lone_word_under_fuller_lines(string title)
    {
        // A lone last word as wide as most of a line reads as a line ("HANDS OFF / KETTLEWICK"); a short one
        // ("SAVE OUR / PARK") as left over: narrower than 60 % of the widest line.
        var markdown = File.ReadAllText(PosterFixture.SamplePath).Replace("title: \"Keep Alder Brook Public\"", $"title: \"{title}\"", StringComparison.Ordinal);
        var page = Assert.Single(fixture.Composer.Compose(MarkdownReader.Parse(markdown, PosterFixture.SamplePath), PosterFixture.A3()).Document.Pages);

        var lines = page.ItemsOf<GlyphRun>().Where(r => r.Role == "poster-title@headline").GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(g => g.Key).ToList();
        Assert.NotEmpty(lines);
        if (lines.Count > 1 && lines.SkipLast(1).Any(l => l.Count() > 1))
        {
            static double Width(IEnumerable<GlyphRun> line) => line.Max(r => r.Bounds.Right) - line.Min(r => r.Bounds.X);
            Assert.True(lines[^1].Count() > 1 || Width(lines[^1]) >= 0.6 * lines.Max(Width),
                $"'{title}' ends with a short lone word: {string.Join(" / ", lines.Select(l => string.Join(' ', l.Select(r => r.Text))))}");
        }
    }
}

[Trait(Tier.Name, Tier.Layout)]
public sealed class PosterDateTests(PosterFixture fixture) : IClassFixture<PosterFixture>
{
    private IEnumerable<GlyphRun> DateRuns(string markdown) =>
        Assert.Single(fixture.Composer.Compose(MarkdownReader.Parse(markdown, PosterFixture.SamplePath), PosterFixture.A3WithDate()).Document.Pages)
            .ItemsOf<GlyphRun>().Where(r => r.Role.StartsWith("poster-date", StringComparison.Ordinal));

    [Fact]
    public void The_date_is_not_repeated_under_a_signature_that_already_gives_it()
    {
        Assert.Empty(DateRuns(File.ReadAllText(PosterFixture.SamplePath)));
    }

    [Fact]
    public void An_undated_signature_gets_the_date_line()
    {
        var markdown = File.ReadAllText(PosterFixture.SamplePath).Replace(", 14 March 2026", "", StringComparison.Ordinal);
        Assert.NotEmpty(DateRuns(markdown));
    }
}
