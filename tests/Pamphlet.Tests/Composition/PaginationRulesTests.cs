using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Measuring;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Pages;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Composition;

/// <summary>Issue 11's pagination rules on composed statements: the grid, continued titles by language, the re-break hook.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PaginationRulesTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    /// <summary>A long statement with headings, quotes, a box and lists between its paragraphs.</summary>
    private static string Mixed()
    {
        var writer = new StatementWriter(seed: 11);
        for (var section = 0; section < 6; section++)
        {
            writer.Heading($"Section {section + 1}").Paragraph(90).Paragraph(60);
            writer.Raw("> " + writer.Prose(35));
            writer.Paragraph(70);
            if (section % 2 == 0) writer.Heading("A smaller point", level: 3).Paragraph(50);
            writer.Raw("- " + writer.Prose(12) + "\n- " + writer.Prose(9));
            writer.Paragraph(40);
        }
        return writer.Markdown;
    }

    private RhythmCounts Rhythm(PagedDocument document)
    {
        var layout = fixture.Pamphlet;
        var context = new CompositionContext(MarkdownReader.Parse("x", fixture.StatementPath), layout, fixture.Fonts, new Shaper(), new KnuthPlassBreaker());
        var geometry = new PageGeometry(layout.Page, rightToLeft: false);
        return RhythmMetrics.Measure(document, geometry.Columns, Composer.BodyGrid(layout, context), layout.Styles.Body.Font.Size, rightToLeft: false);
    }

    [Fact]
    public void Every_body_line_sits_on_the_baseline_grid()
    {
        var document = fixture.Shared("mixed", () => fixture.Compose(Mixed())).Document;

        var rhythm = Rhythm(document);

        Assert.True(rhythm.BodyLines > 150, $"only {rhythm.BodyLines} body lines");
        Assert.True(rhythm.OffGridLines == 0, string.Join("\n", rhythm.Findings));
    }

    [Fact]
    public void Full_facing_pages_end_on_the_same_baseline()
    {
        var document = fixture.Shared("mixed", () => fixture.Compose(Mixed())).Document;
        var geometry = new PageGeometry(fixture.Pamphlet.Page, rightToLeft: false);

        var context = new CompositionContext(MarkdownReader.Parse("x", fixture.StatementPath), fixture.Pamphlet, fixture.Fonts, new Shaper(), new KnuthPlassBreaker());
        var counts = TypographyMetrics.Measure(document, geometry.Columns, rightToLeft: false, Composer.BodyGrid(fixture.Pamphlet, context));

        Assert.True(document.Pages.Count >= 6, $"{document.Pages.Count} pages");
        Assert.True(counts.FootSpread <= 0.5, string.Join("\n", counts.Findings));
    }

    [Theory]
    [InlineData("en", "continued")]
    [InlineData("en-GB", "continued")]
    [InlineData("es", "continuación")]
    [InlineData("fr", "suite")]
    [InlineData("de", "Fortsetzung")]
    [InlineData("it", "continua")]
    [InlineData("pt-BR", "continuação")]
    [InlineData("ar", "تابع")]
    [InlineData("he", "המשך")]
    [InlineData("xx", "continued")]
    public void The_continued_word_follows_the_language(string language, string word)
    {
        Assert.Equal($" ({word})", ContinuedLabels.Suffix(" ({continued})", language));
    }

    [Fact]
    public void A_suffix_without_the_placeholder_is_used_as_written()
    {
        Assert.Equal(" – weiter", ContinuedLabels.Suffix(" – weiter", "de"));
    }

    [Fact]
    public void A_spanish_box_continues_under_a_spanish_title()
    {
        var writer = new StatementWriter(seed: 4, title: "Demandas");
        writer.Paragraph(50);
        var demands = Enumerable.Range(0, 10).Select(_ => writer.Prose(18)).ToList();
        writer.Raw("::: demands\n### Nuestras reivindicaciones\n\n" + string.Join("\n", demands.Select((d, i) => $"{i + 1}. {d}")) + "\n:::");
        var markdown = writer.Markdown.Replace("---\ntitle:", "---\nlang: es\ntitle:", StringComparison.Ordinal);

        var pages = fixture.Compose(markdown, fixture.TestLayout("small-page")).Document.Pages
            .Where(p => p.Items.Any(i => i.Role == "demands")).ToList();

        Assert.True(pages.Count >= 2);
        Assert.All(pages.Skip(1), p => Assert.Equal("NUESTRAS REIVINDICACIONES (CONTINUACIÓN)", p.TextOf("demands-title")));
    }

    [Fact]
    public void A_paragraph_set_again_for_a_line_ends_that_line_on_a_whole_word()
    {
        var context = new CompositionContext(MarkdownReader.Parse("x", fixture.StatementPath), fixture.Pamphlet, fixture.Fonts, new Shaper(), new KnuthPlassBreaker());
        var style = fixture.Pamphlet.Styles.Body;
        var width = fixture.Pamphlet.Page.ColumnWidth;
        (List<Frame> Lines, int Line, IReadOnlyList<StyledSpan> Spans)? found = null;
        for (var seed = 0; seed < 40 && found is null; seed++)
        {
            var text = new StatementWriter(seed).Prose(120);
            var paragraph = (Paragraph)MarkdownReader.Parse(text, fixture.StatementPath).Blocks[0];
            var spans = context.Inlines.Flatten(paragraph.Content, style, "body");
            var lines = context.Text.Lines(spans, style, width);
            var hyphenated = lines.FindIndex(l => LinesBlock.EndsWithHyphen(l));
            if (hyphenated >= 0) found = (lines, hyphenated, spans);
        }
        Assert.NotNull(found);
        var (_, line, found_spans) = found.Value;

        var again = context.Text.Lines(found_spans, style, width, unhyphenatedLine: line);

        Assert.False(LinesBlock.EndsWithHyphen(again[line]));
    }

    [Theory]
    [InlineData("a5-pamphlet")]
    [InlineData("a5-pamphlet-large-print")]
    public void A_demand_box_that_waits_for_room_leaves_no_column_more_than_a_fifth_empty(string layout)
    {
        // barrio-es: "Por eso pedimos…:" introduces the box, which does not fit after it; "Qué puedes hacer tú" opens
        // the next section. Holding the box before that heading left a third of a page empty.
        var path = Path.Combine(Cli.SampleFiles.Folder, "corpus", "barrio-es.md");
        var definition = fixture.Catalog.Resolve(layout);
        var document = fixture.Composer.Compose(MarkdownReader.Parse(File.ReadAllText(path), path), definition).Document;

        var runs = document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>().Select(r => (Page: p.Number, r.Origin.Y, Run: r))).ToList();
        var boxPage = runs.Where(r => r.Run.Role.StartsWith("demands", StringComparison.Ordinal)).Min(r => r.Page);
        var before = runs.Where(r => r.Page == boxPage - 1 && r.Run.Role == "body").Max(r => r.Y);
        var column = definition.Page;
        var foot = column.Height - column.Margins.Bottom;
        var textHeight = column.TextHeight;

        Assert.True(foot - before <= 0.2 * textHeight, $"page {boxPage - 1} ends {foot - before:0} pt above its foot ({textHeight:0} pt of text)");
    }

}
