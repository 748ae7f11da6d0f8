using System.Globalization;
using System.Text;
using Pamphlet.Fuzzing;

namespace Pamphlet.Tests.Fuzz;

/// <summary>
/// "No silent loss" as a property: statements generated from the grammar of everything the input
/// format allows are composed, and every word of the source must appear in the output, in order (see
/// <see cref="WordOrder"/>), or be refused with a warning at its line. Seeds are fixed, so a run is
/// reproducible; a failure prints its seed, its layout and the statement shrunk to the blocks that
/// still fail. To rerun one failing statement, set PAMPHLET_FUZZ_SEED to the seed a failure printed
/// (e.g. 0x1192225f5382bd3a) and run the test that printed it.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class WordOrderPropertyTests(FuzzFixture fixture) : IClassFixture<FuzzFixture>
{
    /// <summary>Seeds of the page tests: every construct appears in hundreds of them (about 30 s on a loaded 2-core machine).</summary>
    private const int PageSeeds = 2000;

    /// <summary>Seeds that also go through the PDF renderer and PdfPig (slower: rendering and reading back); right-to-left ones are left out.</summary>
    private const int PdfSeeds = 40;

    /// <summary>Seeds of a focused test: each statement contains the construct at least once.</summary>
    private const int FocusedSeeds = 100;

    /// <summary>Statements of the focused tests stay short, so that the construct is most of the statement.</summary>
    private const int FocusedBlocks = 3;

    /// <summary>Statements of the property tests: up to this many blocks (a page or three).</summary>
    private const int PropertyBlocks = 8;

    /// <summary>A failing test reports at most this many seeds.</summary>
    private const int MaxFailures = 20;

    /// <summary>The run's seed: issue 8.</summary>
    private const ulong RunSeed = 8;

    private static StatementOptions Everything { get; } = StatementOptions.Everything with { MaxBlocks = PropertyBlocks };

    [Fact]
    public void Statements_lose_no_word_on_the_pages() => Check(Everything, PageSeeds, pdf: false);

    [Fact]
    public void Statements_lose_no_word_in_the_pdf_text() => Check(Everything, PdfSeeds, pdf: true, offset: 1_000_000);

    // Each construct that once lost words (issue 8), forced into every statement of its test.

    [Fact]
    public void Quote_in_a_quote_loses_no_word() => Focused(Construct.QuoteInQuote);

    [Fact]
    public void List_in_a_quote_loses_no_word() => Focused(Construct.ListInQuote);

    [Fact]
    public void Heading_in_a_quote_loses_no_word() => Focused(Construct.HeadingInQuote);

    [Fact]
    public void Quote_in_a_list_item_loses_no_word() => Focused(Construct.QuoteInListItem);

    [Fact]
    public void List_in_a_pull_quote_loses_no_word() => Focused(Construct.ListInPullQuote);

    [Fact]
    public void List_in_a_slogan_loses_no_word() => Focused(Construct.ListInSlogan);

    [Fact]
    public void Demand_box_intro_and_outro_lose_no_word() => Focused(Construct.DemandsIntroOutro);

    [Fact]
    public void Demand_sub_points_lose_no_word() => Focused(Construct.DemandSubPoints);

    [Fact]
    public void Numbers_from_ten_print_whole() => Focused(Construct.NumbersFromTen);

    [Fact]
    public void Footnotes_become_endnotes() => Focused(Construct.Footnote);

    [Fact]
    public void Image_inside_a_paragraph_is_placed_or_refused() => Focused(Construct.InlineImage);

    [Fact]
    public void Numbers_in_right_to_left_text_keep_their_order() => Focused(Construct.NumberRuns, language: "he");

    /// <summary>Short statements that each contain <paramref name="construct"/>.</summary>
    private void Focused(Construct construct, string? language = null) =>
        Check(Everything with { Forced = construct, MaxBlocks = FocusedBlocks },
            FocusedSeeds, pdf: false, offset: 3_000_000 + 10_000 * (int)construct, language);

    /// <summary>Runs seeds <c>offset … offset + count − 1</c> of the run; fails with the first failure shrunk and the other failing seeds.</summary>
    private void Check(StatementOptions options, int count, bool pdf, int offset = 0, string? language = null)
    {
        var failures = new List<FuzzOutcome>();
        var words = 0;
        foreach (var seed in Seeds(offset, count))
        {
            var statement = StatementGrammar.Generate(seed, language is null ? options : options with { Language = language });
            // Right-to-left statements are checked on the pages (as bench/fuzz.sh does): their PDF text is in
            // logical order (RightToLeftPdfTests), but the checker reads PDF letters without word
            // boundaries, and a list number glued to an Arabic first word is not found that way.
            if (pdf && statement.RightToLeft) continue;
            var outcome = fixture.Run(statement, generatedLayouts: !pdf, pdf);
            words += outcome.Report?.WordsChecked ?? 0;
            if (!outcome.Passed) failures.Add(outcome);
            if (failures.Count >= MaxFailures) break;
        }
        Assert.True(failures.Count > 0 || words > 0, "no words were checked");
        if (failures.Count == 0) return;

        var shrunk = fixture.Shrink(failures[0], generatedLayouts: !pdf, pdf);
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{failures.Count}{(failures.Count >= MaxFailures ? "+" : "")} failing statement(s); seeds ")
            .AppendJoin(", ", failures.Select(f => "0x" + f.Statement.Seed.ToString("x16", CultureInfo.InvariantCulture)))
            .Append("\n\nFirst failure, seed 0x").Append(shrunk.Statement.Seed.ToString("x16", CultureInfo.InvariantCulture))
            .Append(", lang ").Append(shrunk.Statement.Language).Append(", layout ").Append(shrunk.Layout).Append(":\n")
            .Append(failures[0].Describe())
            .Append(CultureInfo.InvariantCulture, $"\nShrunk to {shrunk.Statement.BlockCount} of {failures[0].Statement.BlockCount} blocks, which still fail:\n")
            .Append(shrunk.Describe())
            .Append("\n----- statement.md -----\n").Append(shrunk.Statement.Markdown).Append("------------------------\n");
        Assert.Fail(message.ToString());
    }

    /// <summary>The seeds to run: the test's own range of the run, or the one in PAMPHLET_FUZZ_SEED.</summary>
    private static IEnumerable<ulong> Seeds(int offset, int count)
    {
        if (Environment.GetEnvironmentVariable("PAMPHLET_FUZZ_SEED") is { Length: > 2 } one)
        {
            return [ulong.Parse(one.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? one[2..] : one, NumberStyles.HexNumber, CultureInfo.InvariantCulture)];
        }
        return Enumerable.Range(offset, count).Select(i => FuzzRandom.CaseSeed(RunSeed, i));
    }
}
