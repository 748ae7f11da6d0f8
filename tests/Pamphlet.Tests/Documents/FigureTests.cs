using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class FigureTests
{
    private static readonly string StatementFolder = Path.GetDirectoryName(Md.SourcePath)!;

    [Fact]
    public void Lone_image_is_a_figure_with_resolved_path_caption_credit_and_focus()
    {
        var document = Md.Parse("Intro\n\n![The *march*, 1 May](img/march.jpg \"Photo: A. 'Sam' Lee\"){focus=\"0.3,0.6\" width=\"full\"}");

        var figure = Assert.IsType<Figure>(document.Blocks[1]);
        Assert.Equal(3, figure.Location.Line);
        Assert.Equal(Path.Combine(StatementFolder, "img", "march.jpg"), figure.ImagePath);
        Assert.Equal("The march, 1 May", Md.Text(figure.Caption));
        Assert.Contains(figure.Caption, i => i is TextRun { Text: "march", Style: InlineStyle.Emphasis });
        Assert.Equal("Photo: A. \u2018Sam\u2019 Lee", figure.Credit);
        Assert.Equal((0.3, 0.6), figure.Focus);
        Assert.Equal("0.3,0.6", figure.Attributes["focus"]);
        Assert.Equal("full", figure.Attributes["width"]);
    }

    [Fact]
    public void Figure_path_is_resolved_against_the_markdown_folder_not_the_working_directory()
    {
        var source = Path.Combine(Path.GetTempPath(), "elsewhere", "deep", "text.md");
        var document = Pamphlet.Documents.Markdown.MarkdownReader.Parse("![x](../photo.png)", source);

        var figure = Assert.IsType<Figure>(Assert.Single(document.Blocks));
        Assert.Equal(Path.Combine(Path.GetTempPath(), "elsewhere", "photo.png"), figure.ImagePath);
        Assert.Null(figure.Credit);
        Assert.Null(figure.Focus);
        Assert.Empty(figure.Attributes);
    }

    [Fact]
    public void Attributes_on_the_paragraph_count_for_the_figure()
    {
        var figure = Md.Single<Figure>("{#cover .wide}\n![x](a.jpg)");

        Assert.Equal("cover", figure.Attributes["id"]);
        Assert.Equal("wide", figure.Attributes["class"]);
        Assert.Equal(2, figure.Location.Line);
    }

    [Theory]
    [InlineData("0.3")]
    [InlineData("0.3,1.5")]
    [InlineData("left,top")]
    [InlineData("-0.1,0.5")]
    public void Invalid_focus_is_an_error_with_line(string focus)
    {
        var error = Assert.Throws<PamphletException>(() => Md.Parse($"Text\n\n![x](a.jpg){{focus=\"{focus}\"}}"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("focus=\"0.3,0.6\"", diagnostic.Message);
    }

    [Fact]
    public void Image_with_text_is_set_as_a_figure_after_the_text()
    {
        Assert.Equal([typeof(Paragraph), typeof(Figure)], Md.Parse("![x](a.jpg) and words").Blocks.Select(b => b.GetType()));
    }
}
