using Pamphlet.Text.Display;

namespace Pamphlet.Tests.Display;

/// <summary>The sense rules on their own: what a break after each word costs.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class DisplayBreakSenseTests
{
    private static double After(string language, string text, string word)
    {
        var words = text.Split(' ');
        return new DisplayBreakSense(language).Penalties(words)[Array.IndexOf(words, word)];
    }

    [Theory]
    [InlineData("en", "a privilege of the few", "of")]
    [InlineData("en", "a privilege of the few", "the")]
    [InlineData("es", "El barrio no se vende", "se")]
    [InlineData("es", "la concesión del mercado", "del")]
    [InlineData("fr", "n’est pas une variable", "une")]
    [InlineData("de", "unserer Häuser an der Kesselstraße", "an")]
    [InlineData("it", "un privilegio per pochi", "per")]
    [InlineData("pt", "quer a nossa água", "nossa")]
    [InlineData("en", "a talk by Dr. Okafor tonight", "Dr.")]
    [InlineData("de", "am 14. März vor dem Rathaus", "14.")]
    public void A_break_after_a_word_that_leans_on_the_next_is_bad(string language, string text, string word) =>
        Assert.True(After(language, text, word) >= DisplayBreakSense.BadBreak);

    [Fact]
    public void Punctuation_earns_a_bonus_by_the_length_of_its_pause()
    {
        const string text = "We came. We saw: they left, and we stayed on";
        var sentence = After("en", text, "came.");
        var clause = After("en", text, "saw:");
        var comma = After("en", text, "left,");

        Assert.True(sentence < clause && clause < comma && comma < 0, $"{sentence} {clause} {comma}");
    }

    [Fact]
    public void A_break_before_a_function_word_falls_between_phrases()
    {
        Assert.True(After("en", "not a privilege of the few", "privilege") < 0);
    }

    [Fact]
    public void A_short_parenthesis_is_not_split_nor_left_alone_at_the_end()
    {
        Assert.True(After("en", "vote with Local 4811 (Harlan Parts) today", "(Harlan") >= DisplayBreakSense.BadBreak);
        Assert.True(After("en", "join the Tenants Union (KTU)", "Union") >= DisplayBreakSense.BadBreak);
    }

    [Fact]
    public void A_short_last_word_is_bad_unless_it_follows_a_sentence_end()
    {
        Assert.True(After("en", "Save the woods now", "woods") >= DisplayBreakSense.BadBreak);
        Assert.True(After("en", "Not for sale. Ours.", "sale.") < 0);
    }

    [Fact]
    public void French_punctuation_after_a_space_never_starts_a_line()
    {
        Assert.True(After("fr", "Touche pas à mon école !", "école") >= DisplayBreakSense.BadBreak);
    }

    [Fact]
    public void A_name_of_capitalised_words_is_kept_together_in_running_text()
    {
        const string text = "the assembly of San Lorenzo opposes the sale";
        Assert.True(After("es", text, "San") > After("es", text, "Lorenzo"));
    }

    [Theory]
    [InlineData("en", "the")]
    [InlineData("es", "el")]
    [InlineData("fr", "le")]
    [InlineData("de", "der")]
    [InlineData("it", "il")]
    [InlineData("pt", "o")]
    [InlineData("pt-BR", "do")]
    public void Each_language_has_its_list(string language, string word) => Assert.True(FunctionWords.ForLanguage(language).Contains(word));

    [Fact]
    public void A_language_without_a_list_breaks_by_punctuation_only()
    {
        Assert.Equal(0, FunctionWords.ForLanguage("ar").Count);
        Assert.True(After("ar", "لماذا يرفض الهدم، وماذا نطالب", "الهدم،") < 0);
    }

    [Theory]
    [InlineData("UNSERE HÄUSER. / UNSER KIEZ. NICHT / ZU VERKAUFEN!", true)]
    [InlineData("NOT SURPLUS. NOT / FOR SALE. OURS.", true)]
    [InlineData("UNSERE HÄUSER. / UNSER KIEZ. / NICHT ZU VERKAUFEN!", false)]
    [InlineData("UNSERE / HÄUSER. / UNSER KIEZ. / NICHT ZU / VERKAUFEN!", false)]
    [InlineData("NOT SURPLUS. NOT FOR SALE. OURS.", false)]
    [InlineData("NOT SCARCITY ADMINISTERED, / BUT ABUNDANCE SHARED.", false)]
    [InlineData("AM 14. MÄRZ VOR / DEM RATHAUS", false)]
    public void A_break_inside_a_sentence_beside_another_sentences_end_is_found(string text, bool expected)
    {
        var lines = text.Split(" / ").Select(l => (IReadOnlyList<string>)l.Split(' ')).ToList();
        Assert.Equal(expected, new DisplayBreakSense("de").BreaksBesideSentenceEnds(lines));
    }
}
