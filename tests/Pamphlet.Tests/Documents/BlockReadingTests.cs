using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class BlockReadingTests
{
    [Fact]
    public void Headings_map_to_section_and_subheading_levels_with_file_lines()
    {
        var document = Md.Parse("""
            # The title

            ## Section

            ### Sub

            #### Deeper

            # Another top heading
            """);

        var headings = document.Blocks.Cast<Heading>().ToList();
        Assert.Equal([2, 3, 3, 2], headings.Select(h => h.Level));
        Assert.Equal(["Section", "Sub", "Deeper", "Another top heading"], headings.Select(h => Md.Text(h.Content)));
        Assert.Equal([3, 5, 7, 9], headings.Select(h => h.Location.Line));
        Assert.All(headings, h => Assert.Equal(Md.SourcePath, h.Location.File));
    }

    [Fact]
    public void Paragraph_soft_breaks_become_spaces_and_hard_breaks_stay()
    {
        var paragraph = Md.Single<Paragraph>("first line\nsecond line  \nthird\\\nfourth");

        Assert.Collection(paragraph.Content,
            i => Assert.Equal("first line second line", Assert.IsType<TextRun>(i).Text),
            i => Assert.IsType<LineBreak>(i),
            i => Assert.Equal("third", Assert.IsType<TextRun>(i).Text),
            i => Assert.IsType<LineBreak>(i),
            i => Assert.Equal("fourth", Assert.IsType<TextRun>(i).Text));
        Assert.Equal(2, paragraph.Content[1].Location.Line);
    }

    [Fact]
    public void Emphasis_strong_both_and_code_become_styles()
    {
        var paragraph = Md.Single<Paragraph>("a *em* **strong** ***both*** _u_ `co\"de`");

        var runs = paragraph.Content.Cast<TextRun>().Where(r => r.Text.Trim().Length > 0).ToList();
        Assert.Equal(
            [("a", InlineStyle.None), ("em", InlineStyle.Emphasis), ("strong", InlineStyle.Strong),
             ("both", InlineStyle.Emphasis | InlineStyle.Strong), ("u", InlineStyle.Emphasis), ("co\"de", InlineStyle.Code)],
            runs.Select(r => (r.Text.Trim(), r.Style)));
    }

    [Fact]
    public void Inlines_know_line_and_column()
    {
        var document = Md.Parse("""
            ---
            title: T
            ---

            Plain and *emphasis*.
            """);

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal(5, paragraph.Location.Line);
        var emphasis = paragraph.Content.OfType<TextRun>().Single(r => r.Style == InlineStyle.Emphasis);
        Assert.Equal(5, emphasis.Location.Line);
        Assert.Equal(12, emphasis.Location.Column);
    }

    [Fact]
    public void Links_and_autolinks_keep_url_and_content()
    {
        var paragraph = Md.Single<Paragraph>("See [our \"site\"](https://example.org/a--b) or <https://x.org/--> or <a@b.org>.");

        var links = paragraph.Content.OfType<Link>().ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal("https://example.org/a--b", links[0].Url);
        Assert.Equal("our \u201Csite\u201D", Md.Text(links[0].Content));
        Assert.Equal("https://x.org/--", links[1].Url);
        Assert.Equal("https://x.org/--", Md.Text(links[1].Content));
        Assert.Equal("mailto:a@b.org", links[2].Url);
        Assert.Equal(1, links[0].Location.Line);
        Assert.Equal(5, links[0].Location.Column);
    }

    [Fact]
    public void Smart_punctuation_works_across_emphasis_but_not_inside_code()
    {
        var paragraph = Md.Single<Paragraph>("\"*Now*\" -- `\"raw\" -- ...` don't\\'");

        Assert.Equal("\u201CNow\u201D \u2013 \"raw\" -- ... don\u2019t'", Md.Text(paragraph.Content));
    }

    [Fact]
    public void Bulleted_and_ordered_lists_with_start_and_nesting()
    {
        var document = Md.Parse("""
            - one
            - two
              1. nested a
              2. nested b

            7. seven
            8. eight
            """);

        Assert.Equal(2, document.Blocks.Count);
        var bullets = Assert.IsType<ListBlock>(document.Blocks[0]);
        Assert.False(bullets.Ordered);
        Assert.Equal(2, bullets.Items.Count);
        Assert.Equal(2, bullets.Items[1].Location.Line);
        var nested = Assert.IsType<ListBlock>(bullets.Items[1].Blocks[1]);
        Assert.True(nested.Ordered);
        Assert.Equal(1, nested.Start);
        Assert.Equal(3, nested.Location.Line);
        Assert.Equal("nested b", Md.Text(Assert.IsType<Paragraph>(nested.Items[1].Blocks[0]).Content));

        var ordered = Assert.IsType<ListBlock>(document.Blocks[1]);
        Assert.True(ordered.Ordered);
        Assert.Equal(7, ordered.Start);
        Assert.Equal(6, ordered.Location.Line);
    }

    [Fact]
    public void Thematic_break_is_a_section_break()
    {
        var document = Md.Parse("Before\n\n---\n\nAfter");

        var sectionBreak = Assert.IsType<SectionBreak>(document.Blocks[1]);
        Assert.Equal(3, sectionBreak.Location.Line);
    }

    [Fact]
    public void Raw_html_is_left_out_with_a_warning()
    {
        var document = Md.Parse("Text <span>kept</span> here.\n\n<div>\ngone\n</div>\n\nEnd");

        Assert.Equal(["Text kept here.", "End"], document.Blocks.Cast<Paragraph>().Select(p => Md.Text(p.Content)));
        Assert.Equal(2, document.Warnings.Count);
        Assert.All(document.Warnings, w => Assert.Contains("raw HTML is not supported; it was left out", w.Message));
        Assert.Equal([1, 3], document.Warnings.Select(w => w.Location.Line));
    }

    [Fact]
    public void Table_rows_become_paragraphs_with_a_warning()
    {
        var document = Md.Parse("| a | b |\n|---|---|\n| 1 | 2 |");

        Assert.Equal(["a \u00B7 b", "1 \u00B7 2"], document.Blocks.Cast<Paragraph>().Select(p => Md.Text(p.Content)));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(1, warning.Location.Line);
        Assert.Contains("tables are not supported", warning.Message);
    }

    [Fact]
    public void Code_block_lines_are_set_as_code_text()
    {
        var paragraph = Md.Single<Paragraph>("```\nfirst \"line\"\nsecond\n```");

        Assert.Equal("first \"line\"\nsecond", Md.Text(paragraph.Content));
        Assert.All(paragraph.Content.OfType<TextRun>(), r => Assert.Equal(InlineStyle.Code, r.Style));
    }

    [Fact]
    public void Image_inside_running_text_is_set_after_it_as_a_figure_captioned_by_its_alt_text()
    {
        // Issue 8: the image used to vanish, its alt text printed in the line without a word said.
        var document = Md.Parse("A ![small *logo*](logo.png) here.");

        Assert.Equal("A  here.", Md.Text(Assert.IsType<Paragraph>(document.Blocks[0]).Content));
        var figure = Assert.IsType<Figure>(document.Blocks[1]);
        Assert.Equal("small logo", Md.Text(figure.Caption));
        Assert.Contains(figure.Caption, i => i is TextRun { Text: "logo", Style: InlineStyle.Emphasis });
        Assert.Single(document.Warnings);
    }
}
