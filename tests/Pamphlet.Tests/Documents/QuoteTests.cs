using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class QuoteTests
{
    [Theory]
    [InlineData("> Bread for all.\n>\n> -- Rosa Luxemburg")]
    [InlineData("> Bread for all.\n>\n> \u2014 Rosa Luxemburg")]
    [InlineData("> Bread for all.\n>\n> \u2015Rosa Luxemburg")]
    [InlineData("> Bread for all.\n>\n> --- Rosa Luxemburg")]
    [InlineData("> Bread for all.\n> -- Rosa Luxemburg")]
    public void Last_paragraph_starting_with_a_dash_is_the_attribution(string markdown)
    {
        var quote = Md.Single<BlockQuote>(markdown);

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(quote.Blocks));
        Assert.Equal("Bread for all.", Md.Text(paragraph.Content));
        Assert.NotNull(quote.Attribution);
        Assert.Equal("Rosa Luxemburg", Md.Text(quote.Attribution));
        Assert.Equal(1, quote.Location.Line);
    }

    [Fact]
    public void Attribution_keeps_its_styles_and_location()
    {
        var quote = Md.Single<BlockQuote>("> Text\n>\n> -- *Rosa*, 1918");

        Assert.NotNull(quote.Attribution);
        Assert.Equal("Rosa, 1918", Md.Text(quote.Attribution));
        Assert.Equal(InlineStyle.Emphasis, Assert.IsType<TextRun>(quote.Attribution[0]).Style);
        Assert.Equal(3, quote.Attribution[0].Location.Line);
    }

    [Theory]
    [InlineData("> Just a quote.\n>\n> And more.")]
    [InlineData("> -- the only paragraph")]
    [InlineData("> Pages 10--20 matter.")]
    public void Quote_without_attribution(string markdown)
    {
        var quote = Md.Single<BlockQuote>(markdown);

        Assert.Null(quote.Attribution);
        Assert.NotEmpty(quote.Blocks);
    }
}
