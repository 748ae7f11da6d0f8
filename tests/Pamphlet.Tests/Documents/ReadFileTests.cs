using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class ReadFileTests
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Documents", name);

    [Fact]
    public void Reads_a_whole_statement_from_disk()
    {
        var path = TestFile("statement.md");
        var document = MarkdownReader.Read(path);

        Assert.Equal(path, document.SourcePath);
        Assert.Equal("Homes for all", document.TitleText);
        Assert.Equal("Tenants\u2019 Union", document.FrontMatter.Author);
        Assert.Equal(
            [typeof(Paragraph), typeof(Heading), typeof(DemandBox), typeof(BlockQuote), typeof(Figure), typeof(Slogan)],
            document.Blocks.Select(b => b.GetType()));
        Assert.Equal([7, 9, 11, 18, 22, 24], document.Blocks.Select(b => b.Location.Line));
        Assert.Equal(Path.Combine(Path.GetDirectoryName(path)!, "march.jpg"), Assert.IsType<Figure>(document.Blocks[4]).ImagePath);
        var demands = Assert.IsType<DemandBox>(document.Blocks[2]);
        Assert.Equal("Rent caps \u2013 now.", Md.Text(Assert.IsType<Paragraph>(demands.List.Items[0].Blocks[0]).Content));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Missing_file_names_the_path_and_says_to_check_it()
    {
        var path = TestFile("no-such-statement.md");

        var error = Assert.Throws<PamphletException>(() => MarkdownReader.Read(path));

        var diagnostic = Assert.Single(error.Diagnostics);
        // The location names the path, so the message need not repeat it.
        Assert.Equal(path, diagnostic.Location.File);
        Assert.Contains("does not exist; check the path", diagnostic.Message);
    }
}
