using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class FencedDivTests
{
    [Fact]
    public void Pullquote_with_attribution_and_classes()
    {
        var document = Md.Parse("""
            Intro.

            ::: {.pullquote .poster}
            "We want bread, and roses too."

            -- Rose Schneiderman
            :::
            """);

        var pull = Assert.IsType<PullQuote>(document.Blocks[1]);
        Assert.Equal(3, pull.Location.Line);
        Assert.Equal(["poster"], pull.Classes);
        Assert.Equal("\u201CWe want bread, and roses too.\u201D", Md.Text(Assert.IsType<Paragraph>(Assert.Single(pull.Blocks)).Content));
        Assert.NotNull(pull.Attribution);
        Assert.Equal("Rose Schneiderman", Md.Text(pull.Attribution));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Pullquote_by_name_takes_further_words_as_classes()
    {
        var pull = Md.Single<PullQuote>("::: pullquote poster\nText\n:::");

        Assert.Equal(["poster"], pull.Classes);
        Assert.Null(pull.Attribution);
    }

    [Fact]
    public void Demands_with_title_list_and_other_content()
    {
        var box = Md.Single<DemandBox>("""
            ::: demands
            ### Our demands

            1. Housing for all
            2. Fair rents

            Signed by many.
            :::
            """);

        Assert.Equal(1, box.Location.Line);
        Assert.NotNull(box.Title);
        Assert.Equal("Our demands", Md.Text(box.Title));
        Assert.True(box.List.Ordered);
        Assert.Equal(2, box.List.Items.Count);
        Assert.Equal(4, box.List.Location.Line);
        Assert.Collection(box.Blocks,
            b => Assert.Same(box.List, b),
            b => Assert.Equal("Signed by many.", Md.Text(Assert.IsType<Paragraph>(b).Content)));
    }

    [Fact]
    public void Demands_without_title()
    {
        var box = Md.Single<DemandBox>("::: demands\n- One\n- Two\n:::");

        Assert.Null(box.Title);
        Assert.False(box.List.Ordered);
        Assert.Same(box.List, Assert.Single(box.Blocks));
    }

    [Fact]
    public void Demands_without_a_list_is_an_error_with_its_line()
    {
        var error = Assert.Throws<PamphletException>(() => Md.Parse("Intro\n\n::: demands\nJust words.\n:::"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal(Md.SourcePath, diagnostic.Location.File);
        Assert.Contains("`-` or `1.` list", diagnostic.Message);
    }

    [Fact]
    public void Slogan_signature_and_poster()
    {
        var document = Md.Parse("""
            ::: slogan
            **Now!**
            :::

            ::: signature
            The Committee
            :::

            ::: poster
            Big text
            :::
            """);

        Assert.Collection(document.Blocks,
            b => Assert.Equal("Now!", Md.Text(Assert.IsType<Paragraph>(Assert.Single(Assert.IsType<Slogan>(b).Blocks)).Content)),
            b => Assert.Equal(5, Assert.IsType<Signature>(b).Location.Line),
            b =>
            {
                var container = Assert.IsType<Container>(b);
                Assert.Equal("poster", container.Name);
                Assert.Single(container.Blocks);
            });
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Unknown_div_warns_with_line_and_splices_its_content()
    {
        var document = Md.Parse("First\n\n::: sidebar\nInside one\n\nInside two\n:::\n\nLast");

        Assert.Equal(["First", "Inside one", "Inside two", "Last"], document.Blocks.Cast<Paragraph>().Select(p => Md.Text(p.Content)));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(3, warning.Location.Line);
        Assert.Equal(
            "unknown block '::: sidebar'; its content is set as ordinary text. Known blocks: pullquote, demands, slogan, signature",
            warning.Message);
        Assert.Equal($"{Md.SourcePath}:3: warning: {warning.Message}", warning.ToString());
    }

    [Fact]
    public void Div_named_by_class_only_and_nameless_div()
    {
        var document = Md.Parse("::: {.signature .small}\nWe\n:::\n\n:::\nNo name\n:::");

        Assert.IsType<Signature>(document.Blocks[0]);
        Assert.Equal("No name", Md.Text(Assert.IsType<Paragraph>(document.Blocks[1]).Content));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(5, warning.Location.Line);
        Assert.StartsWith("unknown block ':::';", warning.Message);
    }

    [Fact]
    public void Divs_nest()
    {
        var poster = Md.Single<Container>(":::: poster\n::: slogan\nNow\n:::\n::::");

        Assert.IsType<Slogan>(Assert.Single(poster.Blocks));
    }
}
