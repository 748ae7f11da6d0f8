using Pamphlet.Pages;
using Pamphlet.Tests.Composition;

namespace Pamphlet.Tests.Structure;

/// <summary>
/// A line never ends after a hyphen inside a URL or e-mail address: the reader would take the
/// hyphen for one line breaking added and leave it out when typing the address in.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class UrlHyphenBreakTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const string Url = "https://www.kettlewick.gov.example/assets-and-regeneration-committee/item-7-disposal-of-land-at-alder-brook-park-report.pdf";

    private const string Email = "alder-brook-coalition-campaign-office@kettlewick-neighbourhoods.example";

    [Theory]
    [InlineData("Read it at <" + Url + "> today.", Url)]
    [InlineData("Read [the report](" + Url + ") today.", Url)]
    [InlineData("Read it at " + Url + " today.", Url)]
    [InlineData("Write to " + Email + " today.", Email)]
    public void An_address_breaks_across_lines_but_never_after_a_hyphen_of_its_own(string sentence, string address)
    {
        var markdown = "---\ntitle: Links\n---\n\n" + string.Join(" ", Enumerable.Range(0, 10).Select(k => string.Concat(Enumerable.Repeat("word ", k)) + sentence)) + "\n";

        var lines = fixture.Compose(markdown, fixture.TestLayout("narrow")).Document.Pages
            .SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "body")
            .GroupBy(r => r.Origin.Y).Select(line => line.OrderBy(r => r.Origin.X).Last()).ToList();

        // The address does break: a line ends with a piece of it.
        Assert.Contains(lines, end => end.Text.Length > 1 && end.Text != address && address.Contains(end.Text, StringComparison.Ordinal));
        // Hyphens line breaking adds are flagged (and none is added in an address, which is never hyphenated); none of the address's own ends a line.
        Assert.DoesNotContain(lines, end => end.Text.EndsWith('-') && !end.HyphenInserted);
    }
}
