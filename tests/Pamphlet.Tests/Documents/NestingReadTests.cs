using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

/// <summary>Nested blocks are read whole, too-deep nesting and unclosed blocks are errors at their line.</summary>
[Trait(Tier.Name, Tier.Unit)]
public class NestingReadTests
{
    private static string Quotes(int depth, string text) => new string('>', depth) + " " + text + "\n";

    [Fact]
    public void A_quote_inside_a_quote_is_kept_with_its_text()
    {
        var outer = Md.Single<BlockQuote>("> Outer words.\n>\n> > Inner words.\n>\n> Outer again.\n");

        Assert.Collection(outer.Blocks,
            b => Assert.Equal("Outer words.", Md.Text(Assert.IsType<Paragraph>(b).Content)),
            b => Assert.Equal("Inner words.", Md.Text(Assert.IsType<Paragraph>(Assert.Single(Assert.IsType<BlockQuote>(b).Blocks)).Content)),
            b => Assert.Equal("Outer again.", Md.Text(Assert.IsType<Paragraph>(b).Content)));
    }

    [Fact]
    public void Demands_keep_their_introduction_sub_points_and_closing_line_in_order()
    {
        var box = Md.Single<DemandBox>("""
            ::: demands
            ### Our demands

            We ask the council:

            1. Homes.
               - Council rents.
               - Repairs.
            2. Parks.

            Signed by all of us.
            :::
            """);

        Assert.Collection(box.Blocks,
            b => Assert.Equal("We ask the council:", Md.Text(Assert.IsType<Paragraph>(b).Content)),
            b => Assert.Same(box.List, b),
            b => Assert.Equal("Signed by all of us.", Md.Text(Assert.IsType<Paragraph>(b).Content)));
        var subPoints = Assert.IsType<ListBlock>(box.List.Items[0].Blocks[1]);
        Assert.Equal(2, subPoints.Items.Count);
    }

    [Fact]
    public void Eight_levels_of_nesting_are_read()
    {
        var document = Md.Parse(Quotes(NestingLimit.MaxDepth, "Deep words."));

        Block block = Assert.Single(document.Blocks);
        for (var level = 1; level < NestingLimit.MaxDepth; level++)
        {
            block = Assert.Single(Assert.IsType<BlockQuote>(block).Blocks);
        }
        Assert.Equal("Deep words.", Md.Text(Assert.IsType<Paragraph>(Assert.Single(Assert.IsType<BlockQuote>(block).Blocks)).Content));
    }

    [Fact]
    public void Nine_levels_of_quotes_are_an_error_at_the_deep_line()
    {
        var error = Assert.Throws<PamphletException>(() => Md.Parse("Intro.\n\n" + Quotes(NestingLimit.MaxDepth + 1, "Too deep.")));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("nested more than 8 levels", diagnostic.Message);
    }

    [Fact]
    public void Lists_nested_twenty_two_deep_are_an_error_not_a_crash()
    {
        var markdown = string.Concat(Enumerable.Range(0, 22).Select(i => new string(' ', 2 * i) + "- item " + i + "\n"));

        var error = Assert.Throws<PamphletException>(() => Md.Parse(markdown));

        Assert.Equal(NestingLimit.MaxDepth + 1, Assert.Single(error.Diagnostics).Location.Line);
    }

    [Fact]
    public void Markdigs_own_depth_limit_becomes_our_error_at_the_deep_line()
    {
        var markdown = "Intro.\n\n" + Quotes(130, "Far too deep.");

        var error = Assert.Throws<PamphletException>(() => Md.Parse(markdown));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("nested more than", diagnostic.Message);
    }

    [Fact]
    public void Brackets_nested_past_markdigs_limit_are_our_error_at_their_line()
    {
        var markdown = "Intro.\n\n" + new string('[', 20000) + "x" + new string(']', 20000) + "\n";

        var error = Assert.Throws<PamphletException>(() => Md.Parse(markdown));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("brackets or emphasis marks", diagnostic.Message);
    }

    [Fact]
    public void An_unclosed_div_is_an_error_at_its_opening_line_saying_what_to_add()
    {
        var error = Assert.Throws<PamphletException>(() => Md.Parse("Intro.\n\n::: slogan\nNot for sale.\n\nThe rest of the statement.\n"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("'::: slogan' block has no closing ':::' line", diagnostic.Message);
        Assert.Contains("add a line ':::'", diagnostic.Message);
    }

    [Fact]
    public void A_div_closed_by_its_enclosing_div_says_to_lengthen_the_outer_fence()
    {
        var error = Assert.Throws<PamphletException>(() => Md.Parse("::: outer\nText.\n\n::: demands\n- One\n:::\n\nMore.\n:::\n"));

        Assert.Collection(error.Diagnostics.OrderBy(d => d.Location.Line),
            d =>
            {
                Assert.Equal(4, d.Location.Line);
                Assert.Contains("closed the enclosing '::: outer' block (line 1)", d.Message);
                Assert.Contains("::::", d.Message);
            },
            d =>
            {
                Assert.Equal(9, d.Location.Line);
                Assert.Contains("has no block to close", d.Message);
            });
    }

    [Fact]
    public void Nested_divs_with_a_longer_outer_fence_read_without_a_message()
    {
        var document = Md.Parse(":::: outer\nText.\n\n::: demands\n- One\n:::\n\nMore.\n::::\n");

        Assert.StartsWith("unknown block '::: outer'", Assert.Single(document.Warnings).Message);
        Assert.Contains(document.Blocks, b => b is DemandBox);
    }

    [Fact]
    public void A_div_in_a_note_ended_by_a_blank_line_says_so()
    {
        var error = Assert.Throws<PamphletException>(() => Md.Parse("Text[^1].\n\n[^1]: Note.\n\n    ::: pullquote\n    Pulled.\n\n    More.\n    :::\n"));

        Assert.Contains(error.Diagnostics, d => d.Location.Line == 5 && d.Message.Contains("in a note, Markdown ends a ::: block at its first blank line", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unclosed_code_fence_is_a_warning_and_its_text_is_kept()
    {
        var document = Md.Parse("Intro.\n\n```\ncode words\n\nmore words\n");

        var warning = Assert.Single(document.Warnings);
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("no closing fence", warning.Message);
        Assert.Contains("more words", Md.Text(Assert.IsType<Paragraph>(document.Blocks[1]).Content));
    }

    [Fact]
    public void A_poster_div_inside_a_quote_is_set_as_text_with_a_warning()
    {
        var document = Md.Parse("> ::: poster\n> Poster words.\n> :::\n");

        var quote = Assert.IsType<BlockQuote>(Assert.Single(document.Blocks));
        Assert.Equal("Poster words.", Md.Text(Assert.IsType<Paragraph>(Assert.Single(quote.Blocks)).Content));
        Assert.Contains("only found by posters at the top level", Assert.Single(document.Warnings).Message);
    }

    [Fact]
    public void An_image_inside_a_paragraph_becomes_a_figure_after_it_with_a_warning()
    {
        var document = Md.Parse("Intro.\n\nBefore ![the march](march.jpg) after.\n\nNext.\n");

        Assert.Collection(document.Blocks,
            b => Assert.IsType<Paragraph>(b),
            b => Assert.Equal("Before  after.", Md.Text(Assert.IsType<Paragraph>(b).Content)),
            b =>
            {
                var figure = Assert.IsType<Figure>(b);
                Assert.Equal("the march", Md.Text(figure.Caption));
                Assert.EndsWith("march.jpg", figure.ImagePath);
                Assert.Equal(3, figure.Location.Line);
            },
            b => Assert.IsType<Paragraph>(b));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(3, warning.Location.Line);
        Assert.Equal(FigureReader.DisplacedImageWarning, warning.Message);
    }

    [Fact]
    public void Images_inside_a_list_item_become_figures_inside_the_item()
    {
        var list = Md.Single<ListBlock>("- Look ![one](a.jpg) and ![two](b.jpg).\n");

        Assert.Collection(list.Items[0].Blocks,
            b => Assert.IsType<Paragraph>(b),
            b => Assert.Equal("one", Md.Text(Assert.IsType<Figure>(b).Caption)),
            b => Assert.Equal("two", Md.Text(Assert.IsType<Figure>(b).Caption)));
    }
}
