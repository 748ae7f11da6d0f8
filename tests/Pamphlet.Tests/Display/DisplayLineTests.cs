using System.Globalization;
using Pamphlet.Pages;
using Pamphlet.Tests.Composition;
using Pamphlet.Text.Display;

namespace Pamphlet.Tests.Display;

/// <summary>
/// Display lines (cover title, pull quote, slogan; on the poster the headline too) are broken by sense:
/// read back from the Pages model in the pamphlet and the poster, in five languages.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class DisplayLineTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    /// <summary>A statement in one language: a title, a pull quote and a slogan that tempt a balancer to end lines on function words.</summary>
    public sealed record Case(string Lang, string Title, string Quote, string Slogan)
    {
        public override string ToString() => Lang;
    }

    public static TheoryData<Case> Cases() => [.. All];

    private static readonly Case[] All =
    [
        new("en", "Housing is a right, not a privilege of the few",
            "We are being asked to pay more for a lift that doesn’t work, a door that doesn’t lock and a caretaker who doesn’t exist.",
            "Not surplus. Not for sale. Ours."),
        new("es", "El barrio no se vende: la vivienda es un derecho",
            "No pedimos nada nuevo. Pedimos que no nos quiten lo que ya es nuestro.",
            "¡La plaza no se vende, la plaza se defiende!"),
        new("fr", "Notre école n’est pas une variable d’ajustement",
            "On ne rouvre jamais une école qu’on a fermée. On ne rend jamais à un quartier ce qu’on lui a pris.",
            "Touche pas à mon école !"),
        new("de", "Wohnen ist ein Recht, keine Ware",
            "Öffentliches Eigentum verkauft man nicht, um ein Haushaltsloch zu stopfen. Man verliert es für immer.",
            "Unsere Häuser. Unser Kiez. Nicht zu verkaufen!"),
        new("pt", "A água do bairro não se vende",
            "Ninguém privatiza o que dá prejuízo. Se o consórcio quer a nossa água, é porque ela dá lucro.",
            "A água é nossa: não se vende, não se entrega!"),
    ];

    private static string Statement(Case c) => $"""
        ---
        title: "{c.Title}"
        lang: {c.Lang}
        ---

        The first paragraph of the statement, long enough to be a paragraph of body text on its page.

        ::: pullquote
        {c.Quote}
        :::

        Another paragraph of body text after the quote.

        ::: slogan
        {c.Slogan}
        :::
        """;

    /// <summary>Each display block's lines (cover title, pull quote, slogan; poster roles carry "@region"), in reading order.</summary>
    private static Dictionary<string, List<string>> Blocks(PagedDocument document) =>
        document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>())
            .Where(r => Role(r) is "cover-title" or "poster-title" or "pullquote" or "slogan")
            .GroupBy(Role)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(l => l.Key)
                .Select(l => string.Join(' ', l.OrderBy(r => r.Origin.X).Select(r => r.Text))).ToList());

    private static string Role(GlyphRun run) => run.Role.Split('@')[0];

    private static string LastWord(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static string Bare(string word) => new string(word.Where(char.IsLetter).ToArray()).ToLower(CultureInfo.InvariantCulture);

    private Dictionary<string, List<string>> Composed(Case c, string layout) =>
        Blocks(fixture.Shared($"display-{c.Lang}-{layout}", () => fixture.Compose(Statement(c), layout == "pamphlet" ? fixture.Pamphlet : fixture.Catalog.Resolve(layout))).Document);

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_display_line_ends_on_a_function_word_in_the_pamphlet(Case c) => NoLineEndsOnAFunctionWord(c, "pamphlet");

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_display_line_ends_on_a_function_word_on_the_poster(Case c) => NoLineEndsOnAFunctionWord(c, "poster-a3");

    private void NoLineEndsOnAFunctionWord(Case c, string layout)
    {
        var words = FunctionWords.ForLanguage(c.Lang);
        var blocks = Composed(c, layout);
        Assert.Contains(blocks, b => b.Value.Count > 1);
        foreach (var (role, lines) in blocks)
        {
            foreach (var line in lines.SkipLast(1))
            {
                var last = LastWord(line);
                // Punctuation after it ends a phrase: "dá lucro." may end a line whatever the word.
                if (!char.IsLetter(last[^1])) continue;
                Assert.False(words.Contains(Bare(last)), $"{c.Lang} {layout} {role} ends a line on '{last}': {string.Join(" / ", lines)}");
            }
        }
    }

    [Fact]
    public void A_title_breaks_after_its_comma_rather_than_mid_phrase()
    {
        var title = Composed(All[0], "pamphlet")["cover-title"];

        Assert.True(title.Any(l => l.EndsWith("RIGHT,", StringComparison.OrdinalIgnoreCase)), string.Join(" / ", title));
    }

    [Theory]
    [InlineData("en", "Housing is a right, not a privilege of the few")]
    [InlineData("de", "Unsere Häuser sind keine Ware für die Spekulation")]
    [InlineData("pt", "A água é um direito e não uma mercadoria do consórcio")]
    [InlineData("fr", "Notre école n’est pas une variable d’ajustement")]
    public void A_poster_headline_still_fits_and_ends_no_line_on_a_function_word(string lang, string title)
    {
        var statement = $"""
            ---
            title: "{title}"
            lang: {lang}
            ---

            Body text.
            """;
        var layout = fixture.Catalog.Resolve("poster-a3");
        var lines = Blocks(fixture.Shared($"display-poster-{title}", () => fixture.Compose(statement, layout)).Document)["poster-title"];

        var headline = layout.Poster!.Regions.First(r => r.Content.Contains(Pamphlet.Layouts.Model.PosterContent.Title));
        Assert.InRange(lines.Count, 1, headline.MaxLines);
        var words = FunctionWords.ForLanguage(lang);
        Assert.DoesNotContain(lines.SkipLast(1), l => words.Contains(Bare(LastWord(l))));
    }

    [Fact]
    public void A_slogan_breaks_after_its_colon()
    {
        var slogan = Composed(All[^1], "pamphlet")["slogan"];

        Assert.True(slogan.Count > 1, string.Join(" / ", slogan));
        Assert.EndsWith(":", slogan[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Join the Kettlewick and Alder Brook Tenants Union (KTU)")]
    [InlineData("The council must hear Local 4811 (Harlan Parts) today")]
    [InlineData("Every tenant of Calder House will vote on it now")]
    public void A_parenthesis_or_a_short_word_is_never_alone_on_the_last_line_nor_split(string title)
    {
        var statement = $"""
            ---
            title: "{title}"
            ---

            Body text.
            """;
        var lines = Blocks(fixture.Shared("display-" + title, () => fixture.Compose(statement)).Document)["cover-title"];

        Assert.True(lines.Count > 1, string.Join(" / ", lines));
        var last = lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.False(last[0].StartsWith('('), $"a parenthesis alone on the last line: {string.Join(" / ", lines)}");
        Assert.False(last.Length == 1 && last[0].Count(char.IsLetter) <= 4, $"a short word alone on the last line: {string.Join(" / ", lines)}");
        Assert.DoesNotContain(lines, l => l.Count(ch => ch == '(') != l.Count(ch => ch == ')'));
    }
}
