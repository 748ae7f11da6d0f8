using Pamphlet.Composition.Hyphenation;
using static Pamphlet.Tests.Hyphenation.HyphenationTestSupport;

namespace Pamphlet.Tests.Hyphenation;

public sealed class ExplicitAndSoftHyphenTests
{
    [Theory]
    [InlineData("well-known", "well-|known")]
    [InlineData("self-organisation", "self-|organisation")] // only after the hyphen, not inside the parts
    [InlineData("working-class", "working-|class")]
    [InlineData("anti-war", "anti-|war")]
    [InlineData("state‐owned", "state‐|owned")] // U+2010 HYPHEN
    [InlineData("1939–1945", "1939–|1945")] // en dash in a range
    [InlineData("London–Paris", "London–|Paris")]
    [InlineData("mother-in-law", "mother-|in-|law")]
    public void Words_with_a_hyphen_or_en_dash_break_only_after_it(string word, string expected)
    {
        Assert.Equal(expected, Show(English, word));
    }

    [Fact]
    public void A_break_after_an_explicit_hyphen_adds_no_hyphen()
    {
        var point = Assert.Single(English.Hyphenate("well-known"));
        Assert.Equal(new HyphenationPoint(5, AddsHyphen: false), point);
    }

    [Theory]
    [InlineData("x-ray")] // a one-letter fragment
    [InlineData("e-mail")]
    [InlineData("COVID-19")] // a hyphen stays with a following number
    [InlineData("-international")] // nothing before the hyphen
    [InlineData("well\u2011known")] // U+2011 NON-BREAKING HYPHEN: the author asked for no break
    public void Explicit_hyphens_that_must_not_break(string word)
    {
        Assert.Empty(English.Hyphenate(word));
    }

    [Fact]
    public void Soft_hyphens_are_the_only_breaks_when_present()
    {
        // The patterns would give "hy-phen-ation"; the author marked a single, different place.
        const string word = "hyphe\u00ADnation";
        var point = Assert.Single(English.Hyphenate(word));
        Assert.Equal(new HyphenationPoint(6, AddsHyphen: true), point);
        Assert.Equal('\u00AD', word[point.Index - 1]);
    }

    [Fact]
    public void Soft_hyphens_win_over_every_other_rule()
    {
        Assert.Equal([3], English.Hyphenate("NA\u00ADTO").Select(p => p.Index)); // all caps, short
        Assert.Equal([6, 9], English.Hyphenate("covid\u00AD19\u00ADvirus").Select(p => p.Index)); // digits
        Assert.Equal([2], English.Hyphenate("a\u00ADbout").Select(p => p.Index)); // one letter before
    }

    [Theory]
    [InlineData("\u00ADsolidarity")]
    [InlineData("solidarity\u00AD")]
    public void A_soft_hyphen_at_either_end_gives_no_break(string word)
    {
        Assert.Empty(English.Hyphenate(word));
    }
}
