using Pamphlet.Text.Hyphenation;
using static Pamphlet.Tests.Hyphenation.HyphenationTestSupport;

namespace Pamphlet.Tests.Hyphenation;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ExplicitAndSoftHyphenTests
{
    private static readonly BreakRules Rules = BreakRules.For("en");

    [Theory]
    [InlineData("well-known", "well-|known")]
    [InlineData("self-organisation", "self-|organisation")] // only after the hyphen, not inside the parts
    [InlineData("working-class", "working-|class")]
    [InlineData("anti-war", "anti-|war")]
    [InlineData("state‐owned", "state‐|owned")] // U+2010 HYPHEN
    [InlineData("London–Paris", "London–|Paris")]
    [InlineData("mother-in-law", "mother-|in-|law")]
    public void Words_with_a_hyphen_or_en_dash_break_only_after_it(string word, string expected)
    {
        Assert.Equal(expected, Show(Rules, word));
    }

    [Fact]
    public void A_break_after_an_explicit_hyphen_adds_no_hyphen()
    {
        var point = Assert.Single(Rules.InWord("well-known"));
        Assert.Equal(new WordBreak(5, WordBreakKind.AfterHyphen), point);
    }

    [Theory]
    [InlineData("x-ray")] // a one-letter fragment
    [InlineData("e-mail")]
    [InlineData("COVID-19")] // a hyphen stays with a following number
    [InlineData("1939–1945")] // and with numbers on both sides, en dash too (issue 11: "2025-26")
    [InlineData("-international")] // nothing before the hyphen
    [InlineData("well\u2011known")] // U+2011 NON-BREAKING HYPHEN: the author asked for no break
    public void Explicit_hyphens_that_must_not_break(string word)
    {
        Assert.Empty(Rules.InWord(word));
    }

    [Fact]
    public void Soft_hyphens_are_the_only_breaks_when_present()
    {
        // The patterns would give "hyphen-ation"; the author marked a single, different place.
        const string word = "hyphe\u00ADnation";
        var point = Assert.Single(Rules.InWord(word));
        Assert.Equal(new WordBreak(6, WordBreakKind.Hyphen), point);
        Assert.Equal('\u00AD', word[point.Index - 1]);
    }

    [Theory]
    [InlineData("\u00ADsolidarity")]
    [InlineData("solidarity\u00AD")]
    public void A_soft_hyphen_at_either_end_gives_no_break(string word)
    {
        Assert.Empty(Rules.InWord(word));
    }
}
