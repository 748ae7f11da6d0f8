using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>The paragraph before the signature stays with it without emptying the page before.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class SignatureKeepTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Theory]
    [InlineData(180)]
    [InlineData(204)]
    [InlineData(216)]
    [InlineData(240)]
    public void The_last_paragraph_splits_to_go_with_the_signature_rather_than_leaving_a_page_almost_empty(int words)
    {
        // With 198–216 words the closing paragraph fits page 2 but not together with the signature.
        var writer = new StatementWriter(seed: 3);
        writer.Paragraph(40).Paragraph(words).Raw("::: signature\nTenants Union\n:::");
        var document = fixture.Compose(writer.Markdown).Document;
        var page = fixture.Pamphlet.Page;
        var bottom = page.Margins.Top + page.TextHeight;
        var leading = fixture.Pamphlet.Styles.Body.Font.Leading;

        foreach (var p in document.Pages.Skip(1).SkipLast(1))
        {
            var lowest = p.ItemsOf<GlyphRun>().Where(r => r.Role == "body").Max(r => r.Origin.Y);
            // Up to 5 lines: the widows carried over with a keep (2) plus the room the kept block could not use.
            Assert.True(bottom - lowest < 5 * leading, $"page {p.Number} ends at {lowest:0.#}, the text area at {bottom:0.#}");
        }
        var last = document.Pages[^1];
        Assert.Contains(last.Items, i => i.Role == "signature");
        Assert.True(document.Lines("body").Count(l => l.Page == last.Number) >= 2, "the signature has at least two lines of text with it");
    }
}
