using Pamphlet.Pages;
using Pamphlet.Tests.Composition;

namespace Pamphlet.Tests.Structure;

/// <summary>Runs that end with a hyphen line breaking added say so; the statement's own hyphens do not.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class InsertedHyphenTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public void Hyphens_added_at_line_ends_are_flagged_and_the_texts_own_are_not()
    {
        // A narrow justified measure: long compounds must hyphenate, and hyphenated compounds break at their own hyphen.
        // "Verkehrsverbund-Gesellschaftsversammlung" is wider than the measure: it breaks at its own hyphen.
        var sentence = "Die Verkehrsverbund-Gesellschaftsversammlung plant Bürgerbeteiligungsverfahren. ";
        var markdown = "---\ntitle: Trennung\nlang: de\n---\n\n" + string.Concat(Enumerable.Range(0, 8).Select(k => string.Concat(Enumerable.Repeat("Wort ", k)) + sentence)) + "\n";

        var runs = fixture.Compose(markdown, fixture.TestLayout("narrow")).Document.Pages
            .SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "body").ToList();

        var inserted = runs.Where(r => r.HyphenInserted).ToList();
        Assert.NotEmpty(inserted);
        Assert.All(inserted, r => Assert.EndsWith("-", r.Text, StringComparison.Ordinal));
        // An added hyphen splits a word that has none there in the statement.
        Assert.All(inserted, r => Assert.DoesNotContain(r.Text, sentence, StringComparison.Ordinal));
        var own = runs.Where(r => r.Text.EndsWith("Verkehrsverbund-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(own);
        Assert.All(own, r => Assert.False(r.HyphenInserted));
        Assert.All(runs.Where(r => !r.Text.EndsWith('-')), r => Assert.False(r.HyphenInserted));
    }

    [Fact]
    public void The_sample_pamphlet_flags_exactly_its_runs_that_end_in_an_added_hyphen()
    {
        var layout = Pamphlet.Engine.PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        var runs = fixture.Composer.Compose(Pamphlet.Tests.Poster.PosterFixture.Sample(), layout).Document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).ToList();

        var inserted = runs.Where(r => r.HyphenInserted).ToList();
        Assert.NotEmpty(inserted);
        Assert.All(inserted, r => Assert.EndsWith("-", r.Text, StringComparison.Ordinal));
        // "step-free", "ten-year", "flood-risk" … break at their own hyphen, never flagged.
        Assert.All(runs.Where(r => r.Text is "step-" or "ten-" or "flood-" or "take-" or "full-" or "one-" or "hundred-" or "year-"), r => Assert.False(r.HyphenInserted));
    }
}
