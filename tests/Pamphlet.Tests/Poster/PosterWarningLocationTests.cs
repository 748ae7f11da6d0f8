using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;

namespace Pamphlet.Tests.Poster;

/// <summary>
/// Found by fuzzing: a warning about a poster's own text (the URL under the QR code, the subtitle,
/// author or date) carried no file, and printing it crashed the command line. Each now points at the
/// front matter line that gives the text.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PosterWarningLocationTests(PosterFixture fixture) : IClassFixture<PosterFixture>
{
    [Theory]
    [InlineData("poster-a2")]
    public void A_url_too_long_for_its_label_line_is_warned_about_at_the_url_line(string poster)
    {
        // An address with one path step wider than the label's line (after the fuzz case; an address breaks
        // after "/" and before "." without a warning, so only a step that no line holds is cut and warned about).
        const string url = "https://chubrirol.org.uk/nezevoutaidounegourainistoplerogreatouchudouzchubrirolnezevoutaidounegouraini";
        // Signed, so the footer beside the code shows something and the code's region keeps its own width.
        var markdown = $"---\ntitle: Keep the Library Open\nauthor: Friends of the Library\nurl: {url}\n---\n\nA paragraph.\n\n::: signature\nFriends of the Library\n:::\n";
        var document = MarkdownReader.Parse(markdown, "library.md");

        var result = fixture.Composer.Compose(document, PamphletEngine.CatalogFor(null).Resolve(poster));

        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("too long to fit a line", StringComparison.Ordinal));
        Assert.Equal(("library.md", 4), (warning.Location.File, warning.Location.Line));
        Assert.All(result.Warnings, w => Assert.Equal("library.md", w.Location.File));
    }
}
