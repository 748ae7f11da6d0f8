using Pamphlet.Text.Hyphenation;
using static Pamphlet.Tests.Hyphenation.HyphenationTestSupport;

namespace Pamphlet.Tests.Hyphenation;

[Trait(Tier.Name, Tier.Unit)]
public sealed class EnglishHyphenationTests
{
    // Expected breaks are those of TeX's US English patterns with the house minimums (3 letters before
    // and after a break, issue 11), e.g. "com-puter": the patterns' "com-put-er" loses "-er" to the minimum.
    [Theory]
    [InlineData("hyphenation", "hyphen-ation")]
    [InlineData("typesetting", "type-set-ting")]
    [InlineData("computer", "com-puter")]
    [InlineData("demonstration", "demon-stra-tion")]
    [InlineData("international", "inter-na-tional")]
    [InlineData("solidarity", "sol-i-dar-ity")]
    [InlineData("association", "asso-ci-a-tion")]
    [InlineData("community", "com-mu-nity")]
    [InlineData("government", "gov-ern-ment")]
    [InlineData("organisation", "organ-i-sa-tion")]
    [InlineData("organization", "orga-ni-za-tion")]
    [InlineData("workers", "work-ers")]
    [InlineData("political", "polit-i-cal")]
    [InlineData("revolutionary", "rev-o-lu-tion-ary")]
    public void Known_words_break_where_TeX_breaks_them(string word, string expected)
    {
        Assert.Equal(expected, Show(English, word));
    }

    [Theory]
    [InlineData("democracy", "democ-racy")] // patterns: "democ-racy"
    [InlineData("democracies", "democ-ra-cies")]
    [InlineData("neoliberalism", "neo-lib-er-al-ism")] // patterns: "neolib-er-al-ism"
    [InlineData("anticapitalist", "anti-cap-i-tal-ist")] // patterns: "ant-i-cap-i-tal-ist"
    [InlineData("indigenous", "indig-e-nous")] // patterns: "indige-nous"
    [InlineData("democracies'", "democ-ra-cies'")]
    [InlineData("Democracy's", "Democ-racy's")] // the possessive follows its word
    [InlineData("democracy’s", "democ-racy’s")]
    public void Built_in_exceptions_override_the_patterns(string word, string expected)
    {
        Assert.Equal(expected, Show(English, word));
    }

    [Fact]
    public void Exceptions_differ_from_what_the_patterns_alone_give()
    {
        // Guards the exception tests above against passing because the patterns already agree.
        var patternsOnly = FreshEnglish();
        Assert.Equal("democ-racy", Show(patternsOnly, "democracy"));
        Assert.Equal("neolib-er-al-ism", Show(patternsOnly, "neoliberalism"));
    }

    [Theory]
    [InlineData("Hyphenation")]
    [InlineData("Solidarity")]
    [InlineData("Democracy")]
    public void Capitalised_words_break_like_lower_case_ones(string word)
    {
        var lower = English.Hyphenate(word.ToLowerInvariant());
        Assert.Equal(lower, English.Hyphenate(word));
        Assert.NotEmpty(lower);
    }

    [Fact]
    public void The_right_minimum_removes_a_break_the_patterns_allow()
    {
        // The patterns allow "comput-er"; two letters carried over are below the minimum of three.
        var patterns = FreshEnglishPatterns();
        Span<byte> gaps = stackalloc byte["computer".Length + 1];
        patterns.Score("computer", gaps);
        Assert.True(gaps[6] % 2 == 1, "patterns should allow comput-er");
        Assert.DoesNotContain(English.Hyphenate("computer"), p => p.Index == 6);
    }

    [Fact]
    public void No_break_is_nearer_the_ends_than_the_minimums_in_a_word_list()
    {
        foreach (var word in File.ReadLines(TestDataPath("political-words.txt")))
        {
            foreach (var point in English.Hyphenate(word))
            {
                Assert.InRange(point.Index, Hyphenator.MinimumCharactersBeforeBreak, word.Length - Hyphenator.MinimumCharactersAfterBreak);
            }
        }
    }

    [Fact]
    public void Minimums_are_at_least_ours_and_at_least_the_files()
    {
        Assert.Equal(3, English.LeftMinimum);
        Assert.Equal(3, English.RightMinimum);

        var wide = FromTestPatterns("wide-minimums.dic"); // LEFTHYPHENMIN 4, RIGHTHYPHENMIN 4, pattern "1n"
        Assert.Equal(4, wide.LeftMinimum);
        Assert.Equal(4, wide.RightMinimum);
        Assert.Equal("bana-na-nana", Show(wide, "banananana")); // "1n" allows ba-na-na-na-na

        var loose = FromTestPatterns("liang-thesis.dic"); // LEFTHYPHENMIN 1, RIGHTHYPHENMIN 1
        Assert.Equal(Hyphenator.MinimumCharactersBeforeBreak, loose.LeftMinimum);
        Assert.Equal(Hyphenator.MinimumCharactersAfterBreak, loose.RightMinimum);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("the")]
    [InlineData("vote")]
    [InlineData("")]
    public void Short_words_are_not_hyphenated(string word)
    {
        Assert.Empty(English.Hyphenate(word));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("1930s")]
    [InlineData("covid19")]
    [InlineData("G20summit")]
    [InlineData("3rdworld")]
    public void Words_with_digits_are_not_hyphenated(string word)
    {
        Assert.Empty(English.Hyphenate(word));
    }

    [Theory]
    [InlineData("NATO")]
    [InlineData("UNESCO")]
    [InlineData("NATO’s")]
    [InlineData("iPhones")]
    [InlineData("McDonald")]
    public void Acronyms_and_inner_capitals_are_not_hyphenated(string word)
    {
        Assert.Empty(BreakRules.For("en").InWord(word));
    }

    [Theory]
    [InlineData("DEMOCRACY")]
    [InlineData("SOLIDARITY")]
    [InlineData("INTERNATIONAL")]
    public void All_caps_words_are_not_hyphenated_though_their_letters_could_be(string word)
    {
        Assert.NotEmpty(BreakRules.For("en").InWord(word.ToLowerInvariant()));
        Assert.Empty(BreakRules.For("en").InWord(word));
    }

    [Theory]
    [InlineData("https://example.org/international")]
    [InlineData("www.international.org")]
    [InlineData("solidarity@example.org")]
    [InlineData("international.org")]
    [InlineData("e.g.")]
    public void Urls_emails_and_dotted_tokens_are_not_hyphenated(string word)
    {
        Assert.Empty(English.Hyphenate(word));
    }

    [Theory]
    [InlineData("(solidarity),", "(sol-i-dar-ity),")]
    [InlineData("“democracy”", "“democ-racy”")]
    [InlineData("workers’", "work-ers’")]
    [InlineData("government's", "gov-ern-ment's")]
    [InlineData("don't", "don't")]
    [InlineData("shouldn’t", "shouldn’t")] // patterns alone: "should-n’t"
    [InlineData("l’organisation", "l’organ-i-sa-tion")]
    public void Punctuation_and_apostrophes_are_handled(string word, string expected)
    {
        Assert.Equal(expected, Show(English, word));
    }

    [Fact]
    public void Results_are_in_increasing_order_and_cached()
    {
        var first = English.Hyphenate("internationalisation");
        Assert.Equal(first.OrderBy(p => p.Index).Select(p => p.Index).Distinct(), first.Select(p => p.Index));
        Assert.Same(first, English.Hyphenate("internationalisation"));
    }
}
