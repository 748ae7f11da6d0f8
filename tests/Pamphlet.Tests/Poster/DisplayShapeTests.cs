using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using static Pamphlet.Tests.Poster.PosterRoles;

namespace Pamphlet.Tests.Poster;

/// <summary>
/// A poster's key quote and slogan are shaped as a designer would: not a staircase of short lines onto one long
/// last line ("The woods are / not surplus. / They are ours, / and they are not for sale."), when a size a little
/// smaller sets the short lines as one.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class DisplayShapeTests(PosterFixture fixture) : IClassFixture<PosterFixture>
{
    private static IReadOnlyList<string> Lines(Page page, string role) =>
        page.ItemsOf<GlyphRun>().Where(r => r.Role == role).GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(r => r.Origin.X).Select(r => r.Text))).ToList();

    [Theory]
    [InlineData("poster-a3")]
    [InlineData("card-landscape")]
    public void The_samples_key_quote_breaks_by_sense_not_as_a_staircase(string layoutName)
    {
        var layout = PamphletEngine.CatalogFor(null).Resolve(layoutName);
        var page = Assert.Single(fixture.Composer.Compose(MarkdownReader.Read(PosterFixture.SamplePath), layout).Document.Pages);

        Assert.Equal(["The woods are not surplus.", "They are ours,", "and they are not for sale."], Lines(page, "pullquote@quote"));
    }
}
