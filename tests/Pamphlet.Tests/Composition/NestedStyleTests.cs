using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>Nested content takes sensible styles, and no depth of nesting squeezes the text to nothing.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class NestedStyleTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const string Front = "---\ntitle: Styles\n---\n\nOpening words.\n\n";

    private static List<GlyphRun> Runs(Pamphlet.Composition.CompositionResult result) =>
        result.Document.Pages.Skip(1).SelectMany(p => p.ItemsOf<GlyphRun>()).ToList();

    private static GlyphRun RunWith(Pamphlet.Composition.CompositionResult result, string word) =>
        Runs(result).First(r => r.Text.Split(' ').Any(w => PageWords.Normal(w) == word));

    [Fact]
    public void A_quote_in_a_quote_is_indented_further_with_a_rule_of_its_own()
    {
        var result = fixture.Compose(Front + "> Outer alpha words.\n>\n> > Inner bravo words.\n>\n> Outer charlie words.\n");

        var outer = RunWith(result, "alpha");
        var inner = RunWith(result, "bravo");
        Assert.Equal("quote", inner.Role);
        Assert.True(inner.Origin.X > outer.Origin.X + 5, $"inner quote at {inner.Origin.X:0.#}, outer at {outer.Origin.X:0.#}");
        var page = result.Document.Pages[1];
        double[] RulesBeside(GlyphRun run) => page.ItemsOf<RuleItem>()
            .Where(r => r.Role == "quote-rule" && r.From.Y <= run.Origin.Y && r.To.Y >= run.Origin.Y).Select(r => r.From.X).Distinct().Order().ToArray();
        Assert.Single(RulesBeside(outer));
        var innerRules = RulesBeside(inner);
        Assert.Equal(2, innerRules.Length);
        Assert.Equal(RulesBeside(outer)[0], innerRules[0], 2);
        Assert.True(innerRules[1] < inner.Origin.X);
    }

    [Fact]
    public void A_list_and_a_heading_in_a_quote_take_the_quotes_type()
    {
        var result = fixture.Compose(Front + "> Quoted alpha.\n>\n> ## Quoted heading bravo\n>\n> - listed charlie\n> - listed delta\n");

        var quote = RunWith(result, "alpha");
        var heading = RunWith(result, "bravo");
        var item = RunWith(result, "charlie");
        Assert.Equal("quote-heading", heading.Role);
        Assert.Contains("Bold", Path.GetFileName(heading.Font.Path), StringComparison.Ordinal);
        Assert.Equal("quote", item.Role);
        Assert.Equal(quote.Font, item.Font);
        Assert.Equal(quote.FontSize, item.FontSize);
        Assert.Equal(2, Runs(result).Count(r => r.Role == "quote-marker"));
    }

    [Fact]
    public void Demand_introduction_and_closing_are_set_inside_the_panel_in_the_item_style()
    {
        var result = fixture.Compose(Front + "::: demands\n### Our demands\n\nIntro alpha.\n\n1. Demand bravo.\n\nOutro charlie.\n:::\n");

        var page = result.Document.Pages[1];
        var box = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "demands");
        var intro = RunWith(result, "alpha");
        var demand = RunWith(result, "bravo");
        var outro = RunWith(result, "charlie");
        Assert.All([intro, demand, outro], r => Assert.True(box.Area.Contains(r.Bounds), $"'{r.Text}' is outside the box"));
        Assert.Equal(demand.Font, intro.Font);
        Assert.Equal(demand.FontSize, outro.FontSize);
        Assert.True(intro.Origin.Y < demand.Origin.Y && demand.Origin.Y < outro.Origin.Y);
    }

    [Fact]
    public void A_quote_in_a_list_item_is_indented_under_the_item()
    {
        var result = fixture.Compose(Front + "- Item alpha.\n\n  > Quoted bravo.\n- Item charlie.\n");

        var item = RunWith(result, "alpha");
        var quote = RunWith(result, "bravo");
        Assert.Equal("quote", quote.Role);
        Assert.True(quote.Origin.X > item.Origin.X, "the quote is set in from its item's text");
        PageWords.AssertInOrder(PageWords.Words(result.Document), ["alpha", "bravo", "charlie"]);
    }

    [Fact]
    public void The_deepest_allowed_nesting_keeps_half_the_column()
    {
        // Quote, list, quote, list… eight levels: the most a statement may nest.
        var result = fixture.Compose(Front + "> - > - > - > - Deepest words of the statement, long enough to fill more than one line of the column.\n");

        var deepest = Runs(result).Where(r => r.Text.Contains("Deepest", StringComparison.Ordinal)).ToList();
        Assert.Single(deepest);
        Assert.Equal(4, Runs(result).Count(r => r.Role == "quote-marker"));
        PageAssert.GlyphRunsInsideTheColumn(result.Document, fixture.Pamphlet);
        var (left, right) = PageAssert.Column(fixture.Pamphlet, 2);
        Assert.True(deepest[0].Origin.X - left <= (right - left) / 2 + 0.5, $"the deepest text starts {deepest[0].Origin.X - left:0.#}pt in");
    }

    [Fact]
    public void Nesting_far_past_the_limit_in_a_document_built_by_hand_never_runs_out_of_width()
    {
        // The reader refuses nine levels; a document built in code is still set, indents stopping at a few levels.
        var at = new SourceLocation(fixture.StatementPath, 1);
        Block block = new Paragraph(at, [new TextRun(at, "Deepest words of all, set at a sensible measure.", InlineStyle.None)]);
        for (var level = 0; level < 40; level++)
        {
            block = level % 2 == 0 ? new BlockQuote(at, [block], null) : new ListBlock(at, true, 100, [new ListItem(at, [block])]);
        }
        var document = new Document(fixture.StatementPath, FrontMatter.Empty with { Title = "Deep" }, [new TextRun(at, "Deep", InlineStyle.None)], [block], []);

        var result = fixture.Composer.Compose(document, fixture.Pamphlet);

        var deepest = Runs(result).Where(r => r.Text.Contains("Deepest", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(deepest);
        PageAssert.GlyphRunsInsideTheColumn(result.Document, fixture.Pamphlet);
        var (left, right) = PageAssert.Column(fixture.Pamphlet, 2);
        Assert.True(deepest[0].Origin.X - left <= (right - left) / 2 + 0.5);
    }

    [Fact]
    public void A_column_too_narrow_for_the_indents_still_sets_every_nested_word()
    {
        // A5 with 60 mm side margins: a 28 mm column, narrower than the quote and list indents allow for
        // (no cover: its display title needs a wider measure, which the layout check would demand).
        var path = Path.Combine(fixture.Folder, "narrow.yaml");
        File.WriteAllText(path, "name: narrow\nextends: a5-pamphlet\npage: {margins: {inside: 60mm, outside: 60mm}}\ncover: {enabled: false}\n");
        var narrow = Pamphlet.Layouts.LayoutLoader.LoadFile(path, fixture.Catalog);
        var markdown = Front + "> - > - > - > - ten\n\n" + string.Concat(Enumerable.Range(1, 12).Select(n => $"{n}. item\n"))
            + "\n::: demands\n1. one\n   1. sub\n:::\n";

        var result = fixture.Compose(markdown, narrow);

        PageAssert.GlyphRunsInsideTheColumn(result.Document, narrow);
        PageWords.AssertInOrder(PageWords.Words(result.Document), ["ten", "item", "item", "one", "a", "sub"]);
    }
}
