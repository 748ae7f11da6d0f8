using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Words far wider than a line — thousands of letters, with or without hyphenation points, justified
/// or ragged — are set whole: every character on the page in order, no line wider than the measure,
/// and one warning at the word's line. (How fast is measured in bench/, not here.)
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class OverlongWordTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    /// <summary>Random lower-case letters: the hyphenator finds points all through them.</summary>
    private static string Letters(int length)
    {
        var random = new Random(5);
        return new string(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray());
    }

    /// <summary>Digits: no hyphenation point anywhere, so only cuts can break the word.</summary>
    private static string Digits(int length) => string.Concat(Enumerable.Range(0, length).Select(i => (char)('0' + i * 7 % 10)));

    public static TheoryData<string, string> Cases() => new()
    {
        { "a5-pamphlet", Letters(4_000) },             // justified and hyphenated
        { "a5-pamphlet", Digits(4_000) },              // justified, no hyphenation points
        { "a5-pamphlet-large-print", Letters(4_000) }, // ragged, no hyphenation
        { "a5-pamphlet-large-print", Digits(4_000) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_character_is_set_in_order_and_no_line_is_wider_than_the_measure(string layoutName, string word)
    {
        var layout = fixture.Catalog.Resolve(layoutName);
        var markdown = $"---\ntitle: Long\n---\n\nBefore the word {word} after the word.\n";

        var result = fixture.Compose(markdown, layout);

        var lines = result.Document.Lines("body");
        var text = string.Concat(lines.SelectMany(l => l.Runs).Select(r => r.Text.TrimEnd('-')))
            .Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal($"Before the word {word} after the word.".Replace(" ", "", StringComparison.Ordinal), text);
        foreach (var line in lines)
        {
            var (left, right) = PageAssert.Column(layout, line.Page);
            Assert.True(line.Left >= left - PageAssert.EdgeTolerance && line.Right <= right + PageAssert.EdgeTolerance,
                $"{line.ToString()[..Math.Min(80, line.ToString().Length)]}… spans {line.Left:0.#}–{line.Right:0.#}, the column {left:0.#}–{right:0.#}");
        }

        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("too long to fit a line", StringComparison.Ordinal));
        Assert.Equal(5, warning.Location.Line);
    }

    [Fact]
    public void Type_too_large_for_its_column_is_one_warning_naming_a_few_words()
    {
        // 48pt unhyphenated body type on an A5 column: the long words are wider than a line and are cut.
        var markdown = "---\ntitle: Big\n---\n\nThe characteristically disproportionately indistinguishable compartmentalisation.\n";
        var big = fixture.TestLayout("huge-body");

        var result = fixture.Compose(markdown, big);

        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("wider than a line", StringComparison.Ordinal));
        Assert.Contains("4 words here ('characteristically', 'disproportionately', 'indistinguishable' …)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("too large for its column", warning.Message, StringComparison.Ordinal);
        Assert.Equal(5, warning.Location.Line);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("too long to fit a line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cut_word_never_leaves_one_letter_alone_on_its_last_line()
    {
        // At 48pt a line holds a dozen digits: among twenty lengths some end in a chunk of one digit
        // when cut greedily; the last chunk takes a digit from the one before instead.
        var layout = fixture.TestLayout("huge-body");
        foreach (var length in Enumerable.Range(30, 20))
        {
            var word = Digits(length);
            var lines = fixture.Compose($"---\ntitle: Cut\n---\n\n{word} after\n", layout).Document.Lines("body");

            var chunks = lines.SelectMany(l => l.Runs).Select(r => r.Text).TakeWhile(t => t != "after").ToList();
            Assert.Equal(word, string.Concat(chunks));
            Assert.True(chunks.Count > 1, $"{length} digits were not cut");
            Assert.True(chunks[^1].Length >= 2, $"{length} digits end in a chunk of {chunks[^1].Length}: {string.Join(" | ", chunks)}");
        }
    }

    [Fact]
    public void A_word_that_hyphenation_can_set_is_not_cut_and_not_warned_about()
    {
        // Wider than a line, but its hyphenation points break it over two lines like any long word.
        const string word = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
        var result = fixture.Compose($"---\ntitle: Long\nlang: de\n---\n\nDas Wort {word} ist lang.\n");

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("too long to fit a line", StringComparison.Ordinal));
        Assert.Contains(result.Document.Lines("body"), l => l.EndsWithHyphen);
    }

    [Fact]
    public void A_shaped_run_wider_than_int_max_font_units_has_its_width()
    {
        // A word of millions of glyphs sums past int.MaxValue font units (5 MB of text at ~500 units a glyph).
        var shaped = new ShapedText("ab", [1, 2], [0, 1], [int.MaxValue, int.MaxValue], [0, 0], [0, 0], 1000, false);

        Assert.Equal(2.0 * int.MaxValue / 1000 * 10, shaped.Width(10), 6);
        Assert.Equal(int.MaxValue, shaped.AdvanceOf(1, 2));
    }
}
