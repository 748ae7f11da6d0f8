using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Where composition may break lines (issue 11), on a narrow justified measure (TestData layout
/// "narrow", about 30 characters a line): each phrase that must stay whole is set at forty different
/// places in a paragraph, so that line ends fall on each of its spaces and letters somewhere.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class LineBreakRuleTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private static readonly string[] Filler = ["we", "the", "union", "members", "demand", "housing", "now", "and", "every", "tenant", "a", "fair", "rent"];

    /// <summary>Forty paragraphs, each with <paramref name="phrase"/> once after a prefix of 0 to 39 characters.</summary>
    private static List<string> Placed(string phrase, string[]? filler = null)
    {
        filler ??= Filler;
        var random = new Random(phrase.Length);
        var paragraphs = new List<string>();
        // At least one word first: a paragraph that starts "14. März" would be an ordered list.
        for (var target = 1; target <= 40; target++)
        {
            var prefix = "";
            while (prefix.Length < target) prefix += filler[random.Next(filler.Length)] + " ";
            var suffix = string.Join(" ", Enumerable.Range(0, 12).Select(_ => filler[random.Next(filler.Length)]));
            paragraphs.Add(prefix + phrase + " " + suffix + ".");
        }
        return paragraphs;
    }

    private List<List<TextLine>> Set(IReadOnlyList<string> paragraphs, string language = "en", string layout = "narrow")
    {
        var markdown = $"---\ntitle: Breaks\nlang: {language}\n---\n\n" + string.Join("\n\n", paragraphs) + "\n";
        var document = fixture.Compose(markdown, fixture.TestLayout(layout)).Document;
        return PageText.ByParagraph(document.Lines("body"), paragraphs);
    }

    /// <summary>
    /// The paragraph's text as set: lines joined by " ⏎ ", except that a word hyphenated by line breaking
    /// is joined again (hyphenating a word is allowed; breaking at a bound space or the text's own hyphen is not).
    /// </summary>
    private static string AsSet(List<TextLine> lines)
    {
        var text = "";
        for (var i = 0; i < lines.Count; i++)
        {
            var inserted = lines[i].Runs[^1].HyphenInserted;
            text += inserted ? lines[i].Text[..^1] : lines[i].Text;
            if (i + 1 < lines.Count && !inserted) text += " ⏎ ";
        }
        return text;
    }

    private void AssertNeverSplit(string phrase, string shown, string language = "en", string[]? filler = null)
    {
        foreach (var lines in Set(Placed(phrase, filler), language))
        {
            var set = AsSet(lines);
            Assert.True(set.Contains(shown, StringComparison.Ordinal), $"“{shown}” is split: {set}");
        }
    }

    [Theory]
    [InlineData("COVID-19")]
    [InlineData("2025-26")]
    [InlineData("A-12")]
    [InlineData("1939–1945")]
    [InlineData("CGT-FO")]
    public void Compounds_with_digits_or_acronyms_do_not_break_at_their_hyphen(string compound) =>
        AssertNeverSplit(compound, compound);

    [Theory]
    [InlineData("14 March 2026")]
    [InlineData("March 14, 2026")]
    [InlineData("Saturday, March 14")]
    public void English_dates_are_never_split(string date) => AssertNeverSplit(date, date.StartsWith("Saturday", StringComparison.Ordinal) ? "March 14" : date);

    [Theory]
    [InlineData("de", "14. März 2026")]
    [InlineData("es", "14 de marzo de 2026")]
    [InlineData("fr", "14 mars 2026")]
    [InlineData("pt", "14 de março de 2026")]
    public void Dates_in_other_languages_are_never_split(string language, string date) => AssertNeverSplit(date, date, language);

    [Theory]
    [InlineData("Local 12")]
    [InlineData("Article 5")]
    [InlineData("§ 3")]
    [InlineData("No. 7")]
    [InlineData("12.5 %")]
    [InlineData("€ 3,50")]
    public void A_number_stays_with_its_name_or_unit(string pair) => AssertNeverSplit(pair, pair);

    [Fact]
    public void A_backslash_before_a_space_is_a_no_break_space()
    {
        foreach (var lines in Set(Placed("Rosa\\ Luxemburg\\ Platz")))
        {
            Assert.DoesNotContain(lines, l => l.Text.Contains('\\'));
            Assert.Contains("Rosa Luxemburg Platz", AsSet(lines), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("es", new[] { "y", "a", "o", "e", "u" }, new[] { "la", "vivienda", "y", "el", "barrio", "a", "o", "luchamos", "por", "vecinos", "e", "u" })]
    [InlineData("pt", new[] { "a", "o", "e", "é", "à" }, new[] { "a", "casa", "e", "o", "bairro", "é", "nosso", "à", "luta", "moradores", "pela" })]
    public void Spanish_and_Portuguese_one_letter_words_stay_with_the_next_word(string language, string[] words, string[] filler)
    {
        foreach (var lines in Set(Placed("vivienda digna", filler), language))
        {
            foreach (var line in lines.Take(lines.Count - 1))
            {
                Assert.DoesNotContain(line.Runs[^1].Text, words);
            }
        }
    }

    [Fact]
    public void A_url_narrower_than_the_line_stays_whole_and_a_wider_one_breaks_without_a_leading_hyphen()
    {
        AssertNeverSplit("tenants.example/rent", "tenants.example/rent");

        const string url = "https://example.org/campaigns/housing/2026/join-the-tenants-union-now?ref=leaflet";
        foreach (var lines in Set(Placed(url)))
        {
            Assert.DoesNotContain(lines, l => l.Runs[0].Text.StartsWith('-'));
            // The filler has no hyphens of its own: a line ending on a hyphen line breaking did not add is inside the URL.
            Assert.DoesNotContain(lines, l => l.Runs[^1].Text.EndsWith('-') && !l.Runs[^1].HyphenInserted);
        }
    }

    [Fact]
    public void No_paragraph_ends_with_the_second_half_of_a_hyphenated_word()
    {
        var writer = new StatementWriter(seed: 7, title: "Final");
        var random = new Random(5);
        for (var i = 0; i < 40; i++) writer.Paragraph(random.Next(12, 40));
        var document = fixture.Compose(writer.Markdown, fixture.TestLayout("narrow")).Document;
        var paragraphs = PageText.ByParagraph(document.Lines("body"), writer.Paragraphs);

        Assert.True(paragraphs.Sum(p => p.Count(l => l.EndsWithHyphen)) >= 10, "the narrow measure should hyphenate");
        foreach (var lines in paragraphs.Where(p => p.Count >= 2))
        {
            Assert.False(lines[^2].EndsWithHyphen, $"the line before the last is hyphenated: {lines[^2]} ⏎ {lines[^1]}");
        }
    }
}
