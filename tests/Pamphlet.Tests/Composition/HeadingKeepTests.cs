namespace Pamphlet.Tests.Composition;

/// <summary>Headings stay with what follows them on real pages, also when two headings follow each other.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class HeadingKeepTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Theory]
    [InlineData(200)]
    [InlineData(224)]
    [InlineData(232)]
    [InlineData(260)]
    public void A_section_heading_followed_by_a_subheading_is_never_last_on_a_page(int wordsBefore)
    {
        // With 220–236 words before them, the two headings fit the foot of page 2 but the
        // subheading's two lines of text do not.
        var writer = new StatementWriter(seed: 3);
        writer.Paragraph(wordsBefore).Heading("Where we stand").Heading("The detail", 3).Paragraph(60);
        var document = fixture.Compose(writer.Markdown).Document;

        var heading = document.Lines("heading").Single();
        var subheading = document.Lines("subheading").Single();
        Assert.Equal(heading.Page, subheading.Page);
        var bodyAfter = document.Lines("body").Count(l => l.Page == subheading.Page && l.Baseline > subheading.Baseline);
        Assert.True(bodyAfter >= 2, $"{bodyAfter} body lines follow the subheading on page {subheading.Page}");
    }
}
