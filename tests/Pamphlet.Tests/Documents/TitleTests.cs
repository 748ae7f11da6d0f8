using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class TitleTests
{
    [Fact]
    public void Front_matter_title_wins_and_every_top_heading_becomes_a_section()
    {
        var document = Md.Parse("---\ntitle: From \"YAML\"\n---\n\n# Heading one\n\nText");

        Assert.Equal("From \u201CYAML\u201D", document.TitleText);
        Assert.Equal(2, document.Title[0].Location.Line);
        var heading = Assert.IsType<Heading>(document.Blocks[0]);
        Assert.Equal(2, heading.Level);
        Assert.Equal("Heading one", Md.Text(heading.Content));
    }

    [Fact]
    public void First_top_heading_is_the_title_and_leaves_the_body()
    {
        var document = Md.Parse("# Homes *now*\n\nText\n\n# Later");

        Assert.Equal("Homes now", document.TitleText);
        Assert.Contains(document.Title, i => i is TextRun { Text: "now", Style: InlineStyle.Emphasis });
        Assert.Equal(1, document.Title[0].Location.Line);
        Assert.Equal(2, document.Blocks.Count);
        var later = Assert.IsType<Heading>(document.Blocks[1]);
        Assert.Equal(2, later.Level);
    }

    [Fact]
    public void Without_any_title_the_file_name_is_used()
    {
        var document = Md.Parse("## Only a section\n\nText");

        Assert.Equal("statement", document.TitleText);
        Assert.Equal(2, document.Blocks.Count);
    }
}
