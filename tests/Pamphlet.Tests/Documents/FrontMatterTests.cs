using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class FrontMatterTests
{
    [Fact]
    public void Known_keys_are_typed_and_others_kept_as_text()
    {
        var document = Md.Parse("""
            ---
            title: Housing "now"
            subtitle: A statement
            author: Tenants' Union
            date: 2026-05-01
            lang: de
            layouts: [pamphlet-a5, poster-a2]
            contact: info@example.org
            copies: 500
            ---

            Body.
            """);

        var front = document.FrontMatter;
        Assert.Equal(1, front.Line);
        Assert.Equal("Housing \u201Enow\u201C", front.Title);
        Assert.Equal("A statement", front.Subtitle);
        Assert.Equal("Tenants\u2019 Union", front.Author);
        Assert.Equal(new DateOnly(2026, 5, 1), front.Date);
        Assert.Equal("de", front.Lang);
        Assert.Equal(["pamphlet-a5", "poster-a2"], front.Layouts);
        Assert.Equal("info@example.org", front.Extra["contact"]);
        Assert.Equal("500", front.Extra["copies"]);
        Assert.Equal(2, front.Extra.Count);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal(12, paragraph.Location.Line);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_change_nothing()
    {
        var document = Md.Parse("\uFEFF---\r\ntitle: T\r\ndate: 2026-05-01\r\n---\r\n\r\n## Part\r\n\r\nOne\r\ntwo\r\n");

        Assert.Equal("T", document.FrontMatter.Title);
        Assert.Equal(new DateOnly(2026, 5, 1), document.FrontMatter.Date);
        Assert.Equal([6, 8], document.Blocks.Select(b => b.Location.Line));
        Assert.Equal("One two", Md.Text(Assert.IsType<Paragraph>(document.Blocks[1]).Content));
    }

    [Fact]
    public void Defaults_without_front_matter()
    {
        var front = Md.Parse("Body.").FrontMatter;

        Assert.Equal("en", front.Lang);
        Assert.Equal(0, front.Line);
        Assert.Empty(front.Layouts);
        Assert.Null(front.Date);
    }

    [Fact]
    public void Single_layout_string_is_a_list_of_one()
    {
        Assert.Equal(["poster-a2"], Md.Parse("---\nlayouts: poster-a2\n---\nBody").FrontMatter.Layouts);
    }

    [Fact]
    public void Language_drives_quotes_in_the_body()
    {
        var paragraph = Md.Single<Paragraph>("---\nlang: fr\n---\n\nIl a dit \"non\".");

        Assert.Equal("Il a dit \u00AB\u202Fnon\u202F\u00BB.", Md.Text(paragraph.Content));
    }

    [Theory]
    [InlineData("---\ntitle: T\ndate: 1 May 2026\n---\nBody", 3, "YYYY-MM-DD")]
    [InlineData("---\ntitle: T\ndate: 2026-02-30\n---\nBody", 3, "YYYY-MM-DD")]
    [InlineData("---\ntitle: T\nlang: english please\n---\nBody", 3, "BCP 47")]
    [InlineData("---\ntitle: [a, b\nauthor: x\n---\nBody", 2, "never closed")]
    [InlineData("---\ntitle: T\ntitle: U\n---\nBody", 3, "between two `---` lines")]
    [InlineData("---\ntitle: T\nsubtitle: {a: b}\n---\nBody", 3, "one line of text")]
    [InlineData("---\ntitle: T\n  author: x\n---\nBody", 3, "between two `---` lines")]
    [InlineData("---\n- just\n- a list\n---\nBody", 2, "between two `---` lines")]
    [InlineData("---\ntitle: T\nlayouts: {a: b}\n---\nBody", 3, "layout name")]
    [InlineData("---\ntitle: T\n\nBody without closing", 1, "no closing `---`")]
    public void Front_matter_errors_name_the_file_line(string markdown, int line, string hint)
    {
        var error = Assert.Throws<PamphletException>(() => Md.Parse(markdown));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(Md.SourcePath, diagnostic.Location.File);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Contains(hint, diagnostic.Message);
    }
}
