using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

[Trait(Tier.Name, Tier.Unit)]
public class SmartPunctuationTests
{
    private static string En(string text) => SmartPunctuation.Apply(text, QuoteMarks.English);

    [Theory]
    [InlineData("\"Bread and roses\"", "\u201CBread and roses\u201D")]
    [InlineData("She said \"no.\"", "She said \u201Cno.\u201D")]
    [InlineData("(\"quoted\")", "(\u201Cquoted\u201D)")]
    [InlineData("'single'", "\u2018single\u2019")]
    [InlineData("\"'Hi,' she said\"", "\u201C\u2018Hi,\u2019 she said\u201D")]
    [InlineData("don't", "don\u2019t")]
    [InlineData("the '90s", "the \u201990s")]
    [InlineData("in '68 we marched", "in \u201968 we marched")]
    [InlineData("rock 'n' roll", "rock \u2019n\u2019 roll")]
    [InlineData("workers' rights", "workers\u2019 rights")]
    [InlineData("'tis the season", "\u2019tis the season")]
    public void Quotes_and_apostrophes_in_english(string typed, string expected) => Assert.Equal(expected, En(typed));

    [Theory]
    [InlineData("pages 10--20", "pages 10\u201320")]
    [InlineData("now---not later", "now\u2014not later")]
    [InlineData("wait...", "wait\u2026")]
    [InlineData("-- Rosa Luxemburg", "\u2014 Rosa Luxemburg")]
    [InlineData("--Rosa", "\u2013Rosa")]
    [InlineData("a-b", "a-b")]
    public void Dashes_and_ellipsis(string typed, string expected) => Assert.Equal(expected, En(typed));

    [Fact]
    public void Quote_decisions_look_across_runs()
    {
        // "*word*": the quotes are in runs of their own, the word in an emphasis run between them.
        var result = SmartPunctuation.Apply(
            [TextSegment.Prose("say \""), TextSegment.Prose("word"), TextSegment.Prose("\" now")],
            QuoteMarks.English);
        Assert.Equal(["say \u201C", "word", "\u201D now"], result);
    }

    [Fact]
    public void Verbatim_runs_are_untouched_but_count_as_neighbours()
    {
        var result = SmartPunctuation.Apply(
            [TextSegment.Prose("run \""), TextSegment.Verbatim("rm -- \"x\"..."), TextSegment.Prose("\" it")],
            QuoteMarks.English);
        Assert.Equal(["run \u201C", "rm -- \"x\"...", "\u201D it"], result);
    }

    [Fact]
    public void Dash_attribution_rule_applies_after_a_line_break()
    {
        var result = SmartPunctuation.Apply(
            [TextSegment.Prose("Quote"), TextSegment.Break, TextSegment.Prose("-- Name")],
            QuoteMarks.English);
        Assert.Equal("\u2014 Name", result[2]);
    }

    [Fact]
    public void German_quotes_are_low_high_and_apostrophe_stays()
    {
        var marks = QuoteMarks.ForLanguage("de");
        Assert.Equal("Sie rief \u201EJetzt!\u201C", SmartPunctuation.Apply("Sie rief \"Jetzt!\"", marks));
        Assert.Equal("\u201ADas\u2018 und geht\u2019s", SmartPunctuation.Apply("'Das' und geht's", marks));
        Assert.Equal("Hans\u2019 Buch", SmartPunctuation.Apply("Hans' Buch", marks));
    }

    [Fact]
    public void French_guillemets_hold_narrow_no_break_spaces()
    {
        var marks = QuoteMarks.ForLanguage("fr-FR");
        Assert.Equal("\u00AB\u202FNon\u202F\u00BB, l\u2019homme", SmartPunctuation.Apply("\"Non\", l'homme", marks));
    }

    [Theory]
    [InlineData("es", "\u00AB", "\u00BB", "\u201C", "\u201D")]
    [InlineData("pt", "\u00AB", "\u00BB", "\u201C", "\u201D")]
    [InlineData("it", "\u00AB", "\u00BB", "\u201C", "\u201D")]
    [InlineData("en-GB", "\u201C", "\u201D", "\u2018", "\u2019")]
    [InlineData("sw", "\u201C", "\u201D", "\u2018", "\u2019")]
    [InlineData("de-CH", "\u00AB", "\u00BB", "\u2039", "\u203A")]
    [InlineData("ar", "\u00AB", "\u00BB", "\u201D", "\u201C")]
    [InlineData("ar-EG", "\u00AB", "\u00BB", "\u201D", "\u201C")]
    [InlineData("fa", "\u00AB", "\u00BB", "\u201D", "\u201C")]
    [InlineData("ur", "\u201C", "\u201D", "\u2018", "\u2019")]
    public void Quote_marks_by_language(string lang, string open, string close, string innerOpen, string innerClose)
    {
        var marks = QuoteMarks.ForLanguage(lang);
        Assert.Equal(open + "a " + innerOpen + "b" + innerClose + close, SmartPunctuation.Apply("\"a 'b'\"", marks));
    }

    [Fact]
    public void An_arabic_statement_gets_guillemets_from_straight_quotes()
    {
        var document = MarkdownReader.Parse("---\nlang: ar\ntitle: 'لا \"للهدم\"'\n---\n\nيقول المستثمرون إن المشروع سيجلب \"التنمية\".\n", "/tmp/quotes-ar.md");

        Assert.Equal("لا \u00ABللهدم\u00BB", document.TitleText);
        Assert.Contains("\u00ABالتنمية\u00BB.", Inline.PlainText(document.Blocks.OfType<Paragraph>().Single().Content));
    }
}
