using Pamphlet.Pages;
using Pamphlet.Tests.Composition;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>
/// The words of a paragraph set in one font share one <see cref="RunStyle"/>: a page keeps a glyph run per
/// word, and the style is most of a run's size.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class RunStyleSharingTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const string Text =
        "The land in question is the wooded stretch along the brook between Weir Lane and the old tannery bridge. " +
        "If the sale goes through, the woods will be cleared for flats and a car park.\n\n" +
        "The council's own survey counted four hundred and twelve mature trees, and a colony of *protected* bats.";

    [Fact]
    public void Words_of_one_font_share_a_style_and_a_word_in_another_font_has_its_own()
    {
        var body = fixture.Compose(Text).Document.Pages
            .SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "body" && r.Glyphs.Count > 0).ToList();
        var styles = body.Select(r => r.Style).Distinct(ReferenceEqualityComparer.Instance).ToList();

        Assert.True(body.Count > 40, $"only {body.Count} body words");
        // Two paragraphs in the body face, and the italic word: a handful of styles for all the words.
        Assert.InRange(styles.Count, 2, 5);
        var italic = Assert.Single(body, r => r.Text == "protected");
        var roman = body.First(r => r.Text == "colony");
        Assert.NotEqual(roman.Font, italic.Font);
        Assert.NotSame(roman.Style, italic.Style);
        Assert.Same(roman.Style, body.First(r => r.Text == "survey").Style);
    }
}
