using System.Text;
using Pamphlet.Fuzzing;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Fuzz;

/// <summary>
/// The fuzzing library itself: seeds reproduce, and the word-order check fails when words are lost
/// or out of order (a check that cannot fail proves nothing), while hyphens at line ends and words
/// split by a float at a column break still read whole.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class FuzzingLibraryTests(FuzzFixture fixture) : IClassFixture<FuzzFixture>
{
    [Fact]
    public void Random_numbers_follow_the_published_algorithms()
    {
        // SplitMix64 from state 0 gives these two numbers in the reference implementation; a seed
        // must give the same case on every machine, so the generator may never drift.
        ulong state = 0;
        Assert.Equal(0xe220a8397b1dcdafUL, FuzzRandom.SplitMix64(ref state));
        Assert.Equal(0x6e789e6aa1b965f4UL, FuzzRandom.SplitMix64(ref state));
        var random = new FuzzRandom(42);
        Assert.Equal(0x15780b2e0c2ec716UL, random.NextUInt64());
        Assert.Equal(0x6104d9866d113a7eUL, random.NextUInt64());
    }

    [Fact]
    public void A_seed_gives_the_same_statement_every_time()
    {
        var first = StatementGrammar.Generate(1234);
        var again = StatementGrammar.Generate(1234);
        Assert.Equal(first.Markdown, again.Markdown);
        Assert.Equal(first.Expected.SelectMany(b => b.Words), again.Expected.SelectMany(b => b.Words));
        Assert.NotEqual(first.Markdown, StatementGrammar.Generate(1235).Markdown);
    }

    [Fact]
    public void A_word_taken_off_the_page_is_reported_lost()
    {
        var statement = StatementGrammar.Generate(77, new StatementOptions { Language = "en", MaxBlocks = 4 });
        var whole = fixture.Compose(statement);
        Assert.True(WordOrder.Check(statement.Expected, statement.ExpectedImages, PrintedText.FromPages(whole, false), coverPrinted: true).Passed);

        // Remove one made-up word (unique in the statement) from the body text.
        var body = whole.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "body").ToList();
        var victim = body.First(r => r.Text.Length > 6 && !statement.Expected.SelectMany(b => b.Words).Except([r.Text]).Any(w => w.Contains(r.Text, StringComparison.OrdinalIgnoreCase)));
        var damaged = whole with { Pages = [.. whole.Pages.Select(p => p with { Items = [.. p.Items.Where(i => !ReferenceEquals(i, victim))] })] };

        var report = WordOrder.Check(statement.Expected, statement.ExpectedImages, PrintedText.FromPages(damaged, false), coverPrinted: true);
        Assert.False(report.Passed);
        Assert.Contains(report.Lost, l => PrintedText.Normalise(l.Word).Contains(PrintedText.Normalise(victim.Text), StringComparison.Ordinal));
    }

    [Fact]
    public void Flow_blocks_printed_in_the_wrong_order_are_reported()
    {
        var printed = Printed(["alpha beta", "gamma delta"]);
        var inOrder = new[] { Flow(1, "alpha", "beta"), Flow(2, "gamma", "delta") };
        Assert.True(WordOrder.Check(inOrder, [], printed, coverPrinted: false).Passed);
        var swapped = new[] { Flow(2, "gamma", "delta"), Flow(1, "alpha", "beta") };
        Assert.False(WordOrder.Check(swapped, [], printed, coverPrinted: false).Passed);
    }

    [Fact]
    public void A_word_split_by_a_float_at_a_column_break_reads_whole()
    {
        // "exam-" ends a column, a pull quote opens the next, "ple" continues the paragraph under it.
        var printed = Printed(["the exam-", "a pull quote", "ple shows"]);
        var expected = new[] { Flow(1, "the", "example", "shows"), new ExpectedBlock(Placement.Float, 2, [new ExpectedPart(2, ["a", "pull", "quote"])], new HashSet<Construct>()) };
        Assert.True(WordOrder.Check(expected, [], printed, coverPrinted: false).Passed);
        // A split inside a line is not an interruption: "exa" and "mple" are not one word.
        Assert.False(WordOrder.Check([Flow(1, "example")], [], Printed(["exa quote mple"]), coverPrinted: false).Passed);
    }

    [Fact]
    public void A_short_word_after_a_long_float_is_found_when_the_words_before_it_also_occur_in_the_float()
    {
        // A demand box pages long floats ahead of the paragraph after it; the paragraph's first words are
        // common ones the box uses too, so reading them lands inside the box, more than a page of letters
        // before the paragraph's short "842" (issue 11: seed 0xb0a4b6372f035ccf). "842" is printed.
        var box = Enumerable.Range(0, 300).Select(i => $"city rent fund{i % 7}").ToList();
        var printed = Printed(["opening words", .. box, "city rent 842 together"]);
        var expected = new[]
        {
            Flow(1, "opening", "words"),
            new ExpectedBlock(Placement.Float, 2, [new ExpectedPart(2, [.. box.SelectMany(l => l.Split(' '))])], new HashSet<Construct>()),
            Flow(3, "city", "rent", "842", "together"),
        };
        Assert.True(WordOrder.Check(expected, [], printed, coverPrinted: false).Passed);
        // …while a short word that is not printed is still lost.
        Assert.False(WordOrder.Check(expected, [], Printed(["opening words", .. box, "city rent together"]), coverPrinted: false).Passed);
    }

    [Fact]
    public void Words_hyphenated_at_line_ends_read_whole()
    {
        // German compounds in a narrow column: hyphenation adds "-" to the last run of a line (GlyphRun.Text).
        var hyphenated = 0;
        for (ulong seed = 1; seed <= 10; seed++)
        {
            var statement = StatementGrammar.Generate(seed, new StatementOptions { Language = "de", MaxBlocks = 6 });
            var pages = fixture.Compose(statement);
            hyphenated += pages.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).Count(r => r.Role == "body" && r.Text.Length > 1 && r.Text.EndsWith('-') && char.IsLetter(r.Text[^2]));
            Assert.True(WordOrder.Check(statement.Expected, statement.ExpectedImages, PrintedText.FromPages(pages, false), coverPrinted: true).Passed);
        }
        Assert.True(hyphenated > 0, "no line ended in a hyphen: the test checked nothing");
    }

    [Fact]
    public void Encodings_that_keep_the_text_decode_to_the_same_text()
    {
        var text = "---\ntitle: Café\n---\n\nŁódź 2025 — “quoted”\n";
        for (ulong seed = 0; seed < 40; seed++)
        {
            var mutation = Mutator.Reencode(text, new FuzzRandom(seed));
            if (mutation.Effect != MutationEffect.SameText) continue;
            using var reader = new StreamReader(new MemoryStream(mutation.Bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            Assert.Equal(text, reader.ReadToEnd().ReplaceLineEndings("\n"));
        }
    }

    private static ExpectedBlock Flow(int line, params string[] words) =>
        new(Placement.Flow, line, [new ExpectedPart(line, words)], new HashSet<Construct>());

    /// <summary>One page (no cover) with one line of text per entry, each on its own baseline.</summary>
    private static PrintedText Printed(IReadOnlyList<string> lines)
    {
        var font = new FontFace("none.ttf", 0, "None", ReadOnlyMemory<byte>.Empty);
        var items = lines.Select((text, i) => (PageItem)new GlyphRun("body", new Point(0, 20 * (i + 1)), font, 10, Color.Black, [], [], text, [], 100, 8, 2)).ToList();
        var document = new PagedDocument(new DocumentInfo("t", null, null, "en", "test", null), [new Page(1, new Size(300, 400), items)]);
        return PrintedText.FromPages(document, rightToLeft: false);
    }
}
