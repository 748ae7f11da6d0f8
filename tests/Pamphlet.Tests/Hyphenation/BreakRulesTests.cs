using Pamphlet.Text.Hyphenation;
using static Pamphlet.Tests.Hyphenation.HyphenationTestSupport;

namespace Pamphlet.Tests.Hyphenation;

/// <summary>The one function that says where a line may break (issue 11): inside words and at spaces.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BreakRulesTests
{
    private static readonly BreakRules English = BreakRules.For("en");

    [Theory]
    [InlineData("COVID-19")]
    [InlineData("2025-26")]
    [InlineData("A-12")]
    [InlineData("12-19")]
    [InlineData("1939–1945")] // en dash between numbers: one range
    [InlineData("G-20")]
    public void A_hyphen_next_to_a_digit_does_not_break(string word)
    {
        Assert.Empty(English.InWord(word));
    }

    [Theory]
    [InlineData("12-year-old", "12-year-|old")]
    [InlineData("well-known", "well-|known")]
    [InlineData("London–Paris", "London–|Paris")]
    [InlineData("struggle—solidarity", "struggle—|solidarity")]
    [InlineData("NATO-led", "NATO-|led")]
    public void Explicit_hyphens_break_after_the_hyphen_where_no_digit_is_beside_it(string word, string expected)
    {
        Assert.Equal(expected, Show(English, word));
    }

    [Theory]
    [InlineData("CGT-FO")] // two acronyms: one name
    [InlineData("PS-PSOE")]
    [InlineData("co-op")] // fewer than three letters on a side
    [InlineData("re-elect")]
    [InlineData("E-Mail")]
    public void Explicit_hyphens_that_would_strand_a_fragment_or_split_an_acronym_do_not_break(string word)
    {
        Assert.Empty(English.InWord(word));
    }

    [Theory]
    [InlineData("UNISON")]
    [InlineData("NHS's")]
    [InlineData("INTERNATIONAL")]
    [InlineData("iPhones")]
    [InlineData("1,200")]
    [InlineData("€3,50")]
    [InlineData("12.5%")]
    [InlineData("2026-03-14")]
    public void Acronyms_numbers_and_iso_dates_are_never_hyphenated(string word)
    {
        Assert.Empty(English.InWord(word));
    }

    [Theory]
    [InlineData("UNISON", "Acronym")]
    [InlineData("NHS's", "Acronym")]
    [InlineData("CGT-FO", "Acronym")]
    [InlineData("1,200", "Number")]
    [InlineData("2026-03-14", "Date")]
    [InlineData("https://example.org/a", "Url")]
    [InlineData("local4811.example/strike-vote", "Url")]
    [InlineData("bargaining@local4811.example", "Url")]
    [InlineData("solidarity", "Word")]
    [InlineData("$18.50/hour", "Number")]
    public void Words_are_told_apart(string word, string kind)
    {
        Assert.Equal(kind, BreakRules.KindOf(word).ToString());
    }

    [Fact]
    public void Pattern_hyphens_leave_at_least_three_letters_on_each_side()
    {
        Assert.Equal("hyphen-ation", Show(English, "hyphenation")); // the patterns give hy-phen-ation
        Assert.Equal("democ-racy", Show(English, "democracy"));
        Assert.Equal("Gewerk-schaft", Show(BreakRules.For("de"), "Gewerkschaft")); // German print allows "Ge-"; we do not
        Assert.Equal("soli-da-ri-dad", Show(BreakRules.For("es"), "solidaridad"));
    }

    [Fact]
    public void Urls_break_only_when_wider_than_a_line_after_a_slash_or_before_a_dot_without_a_hyphen()
    {
        const string url = "https://example.org/join-the-union?ref=leaflet";
        Assert.Empty(English.InWord(url));
        var breaks = English.InWord(url, widerThanLine: true);
        Assert.All(breaks, b => Assert.Equal(WordBreakKind.Url, b.Kind));
        Assert.Equal("https://|example|.org/|join-the-union|?ref|=leaflet", Show(English, url, widerThanLine: true));
        Assert.Equal("solidarity|@example|.org", Show(English, "solidarity@example.org", widerThanLine: true));
        Assert.Equal("https://|example|.org/|join.", Show(English, "https://example.org/join.", widerThanLine: true)); // not before the full stop
    }

    [Fact]
    public void A_link_is_an_address_even_when_it_does_not_look_like_one()
    {
        Assert.Equal("plain|.words", Show(English, "plain.words", isAddress: true, widerThanLine: true));
    }

    [Fact]
    public void Soft_hyphens_win_over_every_other_rule()
    {
        Assert.Equal([3], English.InWord("NA\u00ADTO").Select(p => p.Index)); // all caps, short
        Assert.Equal([6, 9], English.InWord("covid\u00AD19\u00ADvirus").Select(p => p.Index)); // digits
        Assert.Equal([2], English.InWord("a\u00ADbout").Select(p => p.Index)); // the author's choice, even beside one letter
    }

    [Fact]
    public void Without_hyphenation_words_keep_only_their_own_hyphens()
    {
        var plain = BreakRules.For("en", hyphenate: false);
        Assert.Empty(plain.InWord("international"));
        Assert.Empty(English.InWord("international", hyphenate: false));
        Assert.Equal("well-|known", Show(plain, "well-known"));
    }

    /// <summary>The text with '_' for each space the rules bind, followed by the reason.</summary>
    private static string Bound(string text, string language = "en")
    {
        var bound = BreakRules.For(language).BoundSpaces(text);
        return string.Concat(text.Select((c, i) => bound.ContainsKey(i) ? "_" : c.ToString()));
    }

    [Theory]
    [InlineData("en", "on 14 March 2026 we", "on 14_March_2026 we")]
    [InlineData("en", "on March 14, 2026 we", "on March_14,_2026 we")]
    [InlineData("en", "from March 2026 on", "from March_2026 on")]
    [InlineData("en", "the 1st May rally", "the 1st_May rally")]
    [InlineData("de", "am 14. März 2026 in", "am 14._März_2026 in")]
    [InlineData("es", "el 14 de marzo de 2026 en", "el 14_de_marzo_de_2026 en")]
    [InlineData("pt", "em 14 de março de 2026 no", "em 14_de_março_de_2026 no")]
    [InlineData("fr", "le 14 mars 2026 à", "le 14_mars_2026 à")]
    [InlineData("fr", "le 1er mai", "le 1er_mai")]
    [InlineData("en", "in 14 days, 2026 members", "in 14 days, 2026 members")]
    [InlineData("ar", "يوم الأحد 8 نوفمبر 2026، يعقد", "يوم الأحد 8_نوفمبر_2026، يعقد")]
    [InlineData("ar", "في 1 تشرين الثاني/نوفمبر 2026 يعقد", "في 1_تشرين_الثاني/نوفمبر_2026 يعقد")]
    [InlineData("ar", "في 5 حزيران 2026 يعقد", "في 5_حزيران_2026 يعقد")]
    [InlineData("ar-MA", "في 5 يوليوز 2026 يعقد", "في 5_يوليوز_2026 يعقد")]
    [InlineData("he", "עד 15 במאי 2026 הם", "עד 15_במאי_2026 הם")]
    [InlineData("he", "עד 15 מאי הם", "עד 15_מאי הם")]
    public void The_spaces_inside_a_date_are_bound(string language, string text, string expected)
    {
        Assert.Equal(expected, Bound(text, language));
    }

    [Theory]
    [InlineData("members of Local 12 voted", "members of Local_12 voted")]
    [InlineData("under Article 5 of", "under Article_5 of")]
    [InlineData("see § 3 and No. 7", "see §_3 and No._7")]
    [InlineData("el art. 12 dice", "el art._12 dice")]
    [InlineData("rent rose 12.5 % in 2025", "rent rose 12.5_% in 2025")]
    [InlineData("only € 3,50 or 9:00 p.m.", "only €_3,50 or 9:00_p.m.")]
    [InlineData("call (313) 555-0148 now", "call (313)_555-0148 now")]
    [InlineData("some 12 500 people", "some 12_500 people")]
    [InlineData("in 2026 we won", "in 2026 we won")] // a lower-case word before a number is prose
    public void Numbers_stay_with_their_names_units_and_groups(string text, string expected)
    {
        Assert.Equal(expected, Bound(text));
    }

    [Fact]
    public void A_no_break_space_binds()
    {
        Assert.Equal("Rosa_Luxemburg said", Bound("Rosa\u00A0Luxemburg said"));
    }

    [Theory]
    [InlineData("es", "casa y barrio, a pie o en bus", "casa y_barrio, a_pie o_en bus")]
    [InlineData("es", "Y luego", "Y_luego")]
    [InlineData("pt", "a casa e o bairro é nosso à noite", "a_casa e_o_bairro é_nosso à_noite")]
    [InlineData("en", "a house and a home", "a house and a home")] // English one-letter words may end a line
    public void Spanish_and_Portuguese_one_letter_words_bind_to_the_next(string language, string text, string expected)
    {
        Assert.Equal(expected, Bound(text, language));
    }
}
