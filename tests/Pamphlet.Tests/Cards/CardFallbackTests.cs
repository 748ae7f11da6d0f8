using Pamphlet.Composition;
using Pamphlet.Composition.Poster;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using static Pamphlet.Tests.Cards.CardFixture;
using static Pamphlet.Tests.Poster.PosterRoles;

namespace Pamphlet.Tests.Cards;

/// <summary>
/// A region of a shipped card whose text does not fit even at its minimum gives way as its <c>when-too-long</c>
/// says (the slogan for a long quote, then an empty region; more lines for a long title; the signature on one line,
/// then no photo credit), each step a warning at the statement's line; the build fails only when nothing fits.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class CardFallbackTests(CardFixture fixture) : IClassFixture<CardFixture>
{
    private const string Quote = "The woods are not surplus. They are ours, and they are not for sale.";
    private const string Slogan = "Not surplus. Not for sale. Ours.";

    private static readonly string LongQuote = string.Join(" ", Enumerable.Repeat("The woods are not surplus, they are ours and they are not for sale.", 12));

    private static Document With(string before, string after) => Sample(edit: markdown =>
    {
        Assert.Contains(before, markdown, StringComparison.Ordinal);
        return markdown.Replace(before, after, StringComparison.Ordinal);
    });

    private static Document WithAll(params (string Before, string After)[] edits) => Sample(edit: markdown =>
    {
        foreach (var (before, after) in edits)
        {
            Assert.Contains(before, markdown, StringComparison.Ordinal);
            markdown = markdown.Replace(before, after, StringComparison.Ordinal);
        }
        return markdown;
    });

    private CompositionResult Compose(string layout, Document document) => fixture.Composer.Compose(document, Layout(layout));

    private static int LineOf(string text) =>
        File.ReadAllText(Cli.SampleFiles.Statement).ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static bool Shows(Page card, string role, string region) =>
        card.ItemsOf<GlyphRun>().Any(r => BaseRole(r) == role && RegionOf(r) == region);

    [Fact]
    public void A_quote_too_long_for_the_card_gives_way_to_the_slogan_with_a_warning_at_its_line()
    {
        var result = Compose("card-square", With(Quote, LongQuote));

        var card = Assert.Single(result.Document.Pages);
        Assert.False(Shows(card, "pullquote", "quote"));
        Assert.True(Shows(card, "slogan", "quote"), "the slogan takes the quote's place");
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("shows the slogan in its place", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(LineOf("::: {.pullquote .poster}"), warning.Location.Line);
        Assert.Contains("the quote does not fit region 'quote' of card-square even at its minimum size (34px)", warning.Message);
    }

    [Fact]
    public void When_the_slogan_does_not_fit_either_the_region_is_left_empty()
    {
        var result = Compose("card-square", WithAll((Quote, LongQuote), (Slogan, string.Join(" ", Enumerable.Repeat(Slogan, 40)))));

        var card = Assert.Single(result.Document.Pages);
        Assert.DoesNotContain(card.Items, i => RegionOf(i) == "quote");
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("leaves region 'quote' empty", StringComparison.Ordinal));
        Assert.Contains("nor does the slogan", warning.Message);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("shows the slogan", StringComparison.Ordinal));
    }

    [Fact]
    public void On_the_story_a_long_quote_leaves_its_region_empty_as_the_slogan_has_its_own()
    {
        var result = Compose("card-story", With(Quote, LongQuote));

        var card = Assert.Single(result.Document.Pages);
        Assert.DoesNotContain(card.Items, i => RegionOf(i) == "quote");
        Assert.Single(card.ItemsOf<GlyphRun>().Where(r => BaseRole(r) == "slogan").Select(RegionOf).Distinct());
        Assert.True(Shows(card, "slogan", "slogan"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("leaves region 'quote' empty", StringComparison.Ordinal) && !w.Message.Contains("nor does the slogan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_too_long_for_four_lines_takes_more_with_a_warning()
    {
        var title = "Keep Alder Brook Public: the Woods, the Flood Meadow, the Keeper's Lodge, the Step-Free Path to Castlegate and the Forest School, for Everyone in Kettlewick, Now and for the Next Hundred Years";
        var result = Compose("card-square", With("title: \"Keep Alder Brook Public\"", $"title: \"{title}\""));

        var card = Assert.Single(result.Document.Pages);
        var lines = card.ItemsOf<GlyphRun>().Where(r => BaseRole(r) == "poster-title").Select(r => Math.Round(r.Origin.Y)).Distinct().Count();
        Assert.True(lines > 4, $"the title is on {lines} lines");
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("the title does not fit region 'headline' of card-square in 4 lines", StringComparison.Ordinal));
        Assert.Equal(2, warning.Location.Line);
    }

    [Fact]
    public void A_signature_too_long_for_its_lines_runs_them_on_as_one_before_the_credit_goes()
    {
        // Three short lines and the credit do not fit card-landscape's foot; run on, the signature takes two.
        var result = Compose("card-landscape", With("Alder Brook Neighbourhood Coalition\\\nBrookside, Kettlewick, 14 March 2026\n", "Alder Brook Coalition\\\nBrookside\\\n14 March 2026\n"));

        var card = Assert.Single(result.Document.Pages);
        Assert.True(Shows(card, "credit", "footer"), "the credit is kept while running the lines on is enough");
        var words = card.ItemsOf<GlyphRun>().Where(r => BaseRole(r) == "signature").OrderBy(r => Math.Round(r.Origin.Y)).ThenBy(r => r.Origin.X).Select(r => r.Text);
        Assert.Contains("Coalition,Brookside,14", string.Concat(words).Replace(" ", "", StringComparison.Ordinal));
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("sets it on one line", StringComparison.Ordinal));
        Assert.Equal(LineOf("::: signature"), warning.Location.Line);
    }

    [Fact]
    public void A_signature_whose_lines_run_on_no_shorter_keeps_them_and_the_credit_goes()
    {
        // The first line is too long for the foot's width: run on, the signature wraps where it did.
        var result = Compose("card-landscape", With("Alder Brook Neighbourhood Coalition\\\n", "Alder Brook and Canal Street Neighbourhood Coalition\\\n"));

        var card = Assert.Single(result.Document.Pages);
        Assert.False(Shows(card, "credit", "footer"));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("sets it on one line", StringComparison.Ordinal));
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("leaves the photo credit out", StringComparison.Ordinal));
        Assert.Equal(LineOf("!["), warning.Location.Line);
    }

    [Fact]
    public void A_signature_nothing_can_save_still_fails_saying_by_how_much()
    {
        var lines = string.Concat(Enumerable.Range(1, 8).Select(i => $"Alder Brook Neighbourhood Coalition, branch {i}\\\n"));
        var document = With("Alder Brook Neighbourhood Coalition\\\n", lines);

        var error = Assert.Throws<PamphletException>(() => Compose("card-landscape", document));

        var message = Assert.Single(error.Diagnostics).Message;
        Assert.Contains("more height than region 'footer' on card-landscape", message);
        Assert.Contains("card-story", message);
    }

    [Fact]
    public void Posters_ship_without_fallbacks_so_a_quote_too_long_for_a_poster_still_fails()
    {
        var longer = string.Join(" ", Enumerable.Repeat(LongQuote, 4));

        var error = Assert.Throws<PamphletException>(() => Compose("poster-a3", With(Quote, longer)));

        Assert.Contains("more height than region 'quote' on poster-a3", Assert.Single(error.Diagnostics).Message);
    }

    [Fact]
    public void Steps_are_tried_fewest_and_earliest_first()
    {
        TooLongStep[] steps = [new(TooLongAction.OneLine), new(TooLongAction.Drop, PosterContent.Credit), new(TooLongAction.Empty)];

        var order = RegionFallbacks.Combinations(steps).Select(c => string.Join("+", c.Select(s => s.Action))).ToList();

        Assert.Equal(["OneLine", "Drop", "OneLine+Drop", "Empty"], order);
    }
}
