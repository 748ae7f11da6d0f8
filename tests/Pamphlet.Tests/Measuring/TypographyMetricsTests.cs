using Pamphlet.Composition.Measuring;
using Pamphlet.Pages;
using Xunit;

namespace Pamphlet.Tests.Measuring;

/// <summary>
/// The counts of bench/typography.sh on hand-made pages: one column from x 50 to 350, lines 13 pt
/// apart, a page of 36 lines from y 60 to y 515; page 1 is the cover, pages 2 and 3 face each other.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class TypographyMetricsTests
{
    private const double ColumnLeft = 50;
    private const double ColumnWidth = 300;
    private const double Pitch = 13;
    private const double LastBaseline = 515;

    private static readonly FontFace Face = new("test.ttf", 0, "Test", ReadOnlyMemory<byte>.Empty);
    private static readonly StructureElement Root = new(StructureKind.Document, null, 0);

    private static IReadOnlyList<Rect> Columns(int page) => [new Rect(ColumnLeft, 50, ColumnWidth, 480)];

    private static GlyphRun Run(StructureElement element, double y, string text = "word", double x = ColumnLeft, double width = ColumnWidth, bool hyphen = false) =>
        new("body", new Point(x, y), Face, 10, Color.Black, [1], [new Point(0, 0)], text, [0], width, 8, 2.5)
        {
            Structure = element,
            HyphenInserted = hyphen,
        };

    /// <summary>A page holding <paramref name="runs"/>; page numbers from 1.</summary>
    private static Page Page(int number, params PageItem[] runs) => new(number, new Size(400, 600), runs);

    private static PagedDocument Document(params Page[] pages) =>
        new(new DocumentInfo("t", null, null, "en", "test", null), pages) { Structure = Root };

    private static TypographyCounts Measure(params Page[] pages) => TypographyMetrics.Measure(Document(pages), Columns, rightToLeft: false, Grid);

    /// <summary>Lines 13 pt apart from the column top at 50, first baseline 10 below it: the foot of the 480 pt column is 515.</summary>
    private static readonly Pamphlet.Composition.Flow.BaselineGrid Grid = new(Pitch, 10);

    /// <summary><paramref name="count"/> lines of <paramref name="element"/>, the last on <paramref name="last"/>.</summary>
    private static PageItem[] Lines(StructureElement element, int count, double last = LastBaseline) =>
        Enumerable.Range(0, count).Select(i => (PageItem)Run(element, last - (count - 1 - i) * Pitch)).ToArray();

    private static PageItem[] LinesFromTop(StructureElement element, int count) => Lines(element, count, 60 + (count - 1) * Pitch);

    private static StructureElement Paragraph(double order) => new(StructureKind.Paragraph, Root, order);

    [Fact]
    public void The_last_line_of_a_paragraph_alone_at_the_top_of_a_page_is_a_widow()
    {
        var paragraph = Paragraph(1);
        var counts = Measure(Page(1), Page(2, Lines(paragraph, 3)), Page(3, LinesFromTop(paragraph, 1)));

        Assert.Equal((1, 0), (counts.Widows, counts.Orphans));
        Assert.Equal(4, counts.Lines);
    }

    [Fact]
    public void The_first_line_of_a_paragraph_alone_at_the_foot_of_a_page_is_an_orphan()
    {
        var paragraph = Paragraph(1);
        var counts = Measure(Page(1), Page(2, Lines(paragraph, 1)), Page(3, LinesFromTop(paragraph, 3)));

        Assert.Equal((0, 1), (counts.Widows, counts.Orphans));
    }

    [Fact]
    public void A_paragraph_split_two_and_two_has_neither_and_a_one_line_paragraph_is_neither()
    {
        var split = Paragraph(1);
        var single = Paragraph(2);
        var counts = Measure(Page(1), Page(2, Lines(split, 2)), Page(3, [.. LinesFromTop(split, 2), .. Lines(single, 1)]));

        Assert.Equal((0, 0), (counts.Widows, counts.Orphans));
    }

    [Fact]
    public void A_link_inside_a_paragraph_is_part_of_its_line()
    {
        var paragraph = Paragraph(1);
        var link = new StructureElement(StructureKind.Link, paragraph, 1.5);
        var counts = Measure(Page(1), Page(2, Run(paragraph, 100, width: 100), Run(link, 100, x: 150, width: 200)));

        Assert.Equal(1, counts.Lines);
    }

    [Fact]
    public void Consecutive_hyphenated_line_ends_make_a_stack_and_more_than_two_are_counted()
    {
        var paragraph = Paragraph(1);
        var counts = Measure(Page(1), Page(2,
            Run(paragraph, 100, hyphen: true), Run(paragraph, 113, "own-"), Run(paragraph, 126, hyphen: true),
            Run(paragraph, 139), Run(paragraph, 152, hyphen: true), Run(paragraph, 165, hyphen: true), Run(paragraph, 178)));

        Assert.Equal((7, 5, 3, 1), (counts.Lines, counts.HyphenatedLines, counts.LongestHyphenStack, counts.LongHyphenStacks));
    }

    [Fact]
    public void A_line_running_past_its_column_is_overfull()
    {
        var paragraph = Paragraph(1);
        var counts = Measure(Page(1), Page(2, Run(paragraph, 100), Run(paragraph, 113, width: ColumnWidth + 1), Run(paragraph, 126, x: ColumnLeft - 1, width: 100)));

        Assert.Equal(2, counts.OverfullLines);
    }

    [Fact]
    public void A_demand_box_split_with_fewer_than_three_items_on_one_side_is_a_bad_split()
    {
        var (box, items) = DemandBox(6);
        var counts = Measure(Page(1),
            Page(2, [.. Lines(items[0], 2), .. Lines(items[1], 2, LastBaseline - 2 * Pitch)]),
            Page(3, [.. items.Skip(2).SelectMany((item, i) => Lines(item, 2, 60 + Pitch + 2 * i * Pitch))]));

        Assert.Equal((1, 1), (counts.SplitBoxes, counts.BadSplits));
        Assert.Contains(counts.Findings, f => f.StartsWith("bad split") && f.Contains("2 items 33%") && f.Contains("4 items 67%"));
        Assert.Equal(StructureKind.Demands, box.Kind);
    }

    [Fact]
    public void A_demand_box_split_three_and_three_is_a_split_but_not_a_bad_one()
    {
        var (_, items) = DemandBox(6);
        var counts = Measure(Page(1),
            Page(2, [.. items.Take(3).SelectMany((item, i) => Lines(item, 2, LastBaseline - 2 * (2 - i) * Pitch))]),
            Page(3, [.. items.Skip(3).SelectMany((item, i) => Lines(item, 2, 60 + Pitch + 2 * i * Pitch))]));

        Assert.Equal((1, 0), (counts.SplitBoxes, counts.BadSplits));
    }

    [Fact]
    public void Full_facing_pages_are_compared_by_their_last_baselines_and_short_pages_and_the_back_are_left_out()
    {
        var counts = Measure(Page(1),
            Page(2, Lines(Paragraph(1), 2)), Page(3, Lines(Paragraph(2), 2, LastBaseline - 4.5)),
            Page(4, Lines(Paragraph(3), 2)), Page(5, Lines(Paragraph(4), 2, LastBaseline - Pitch - 1)),
            Page(6, Lines(Paragraph(5), 2)), Page(7, Lines(Paragraph(6), 2, 100)));

        Assert.Equal(4.5, counts.FootSpread, 6);
        Assert.Equal(1, counts.ShortPages);
    }

    [Fact]
    public void A_page_a_whole_line_short_up_to_rounding_is_short_not_full()
    {
        // 16.8 pt pitches summed in floating point end 16.799… apart: that page still had room for a line.
        var counts = Measure(Page(1),
            Page(2, Lines(Paragraph(1), 2)), Page(3, Lines(Paragraph(2), 2, LastBaseline - Pitch + 1e-9)),
            Page(4, Lines(Paragraph(3), 2)), Page(5, Lines(Paragraph(4), 2, 100)));

        Assert.Equal(1, counts.ShortPages);
        Assert.Equal(0, counts.FootSpread, 6);
    }

    [Fact]
    public void Facing_pages_both_ending_short_of_the_column_foot_are_short_however_close_they_are()
    {
        // Pages 2 and 3 end 22.9 and 13 pt above the foot: neither is full, though 9.9 pt apart (quartier-fr).
        var counts = Measure(Page(1),
            Page(2, Lines(Paragraph(1), 2, LastBaseline - 22.9)), Page(3, Lines(Paragraph(2), 2, LastBaseline - Pitch)),
            Page(4, Lines(Paragraph(3), 2)), Page(5, Lines(Paragraph(4), 2, 100)));

        Assert.Equal(2, counts.ShortPages);
        Assert.Equal(0, counts.FootSpread, 6);
    }

    /// <summary>
    /// A justified line of words (one run per word, 6 pt a letter, spaced to fill the column) on
    /// <paramref name="y"/>; the last word may carry an inserted hyphen. With <paramref name="ragged"/>
    /// the words are 5 pt apart and the line ends short, as after a hard line break.
    /// </summary>
    private static PageItem[] Words(StructureElement element, double y, string text, bool hyphen = false, bool ragged = false)
    {
        var words = text.Split(' ');
        var letters = 6.0 * words.Sum(w => w.Length);
        var space = ragged || words.Length < 2 ? 5 : (ColumnWidth - letters) / (words.Length - 1);
        var x = ColumnLeft;
        var runs = new List<PageItem>();
        for (var i = 0; i < words.Length; i++)
        {
            var width = 6.0 * words[i].Length;
            runs.Add(Run(element, y, words[i], x, width, hyphen && i == words.Length - 1));
            x += width + space;
        }
        return [.. runs];
    }

    [Fact]
    public void A_hyphen_leaving_fewer_than_three_letters_on_a_side_is_short()
    {
        var paragraph = Paragraph(1);
        var counts = Measure(Page(1), Page(2,
            [.. Words(paragraph, 100, "the de-", hyphen: true), .. Words(paragraph, 113, "mocracy and the work-", hyphen: true),
             .. Words(paragraph, 126, "ers of the co-"), .. Words(paragraph, 139, "op are here"), .. Words(paragraph, 152, "at last")]));

        Assert.Equal(2, counts.ShortHyphens); // "de-|mocracy" and "co-|op"; "work-|ers" keeps three
        Assert.Contains(counts.Findings, f => f.StartsWith("short hyphen: “co-op”", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_whose_line_before_the_last_is_hyphenated_has_a_hyphenated_last_line()
    {
        var hyphenated = Paragraph(1);
        var whole = Paragraph(2);
        var counts = Measure(Page(1), Page(2,
            [.. Words(hyphenated, 100, "we want homes and soli-", hyphen: true), .. Words(hyphenated, 113, "darity"),
             .. Words(whole, 140, "we want homes and solidarity"), .. Words(whole, 153, "now")]));

        Assert.Equal(1, counts.HyphenatedLastLines);
    }

    [Theory]
    [InlineData("we fought COVID-", "19 together", "number")]
    [InlineData("the vote on 14", "March 2026 is", "Date")]
    [InlineData("members of Local", "12 voted", "NumberName")]
    [InlineData("the UNI-", "SON branch", "acronym")]
    [InlineData("see https://example", ".org/rent now", "url")] // an address narrower than the line must not break at all
    public void Breaks_inside_numbers_dates_acronyms_and_addresses_are_forbidden(string first, string second, string kind)
    {
        var paragraph = Paragraph(1);
        var inserted = first.EndsWith("UNI-", StringComparison.Ordinal);
        var counts = Measure(Page(1), Page(2, [.. Words(paragraph, 100, inserted ? first[..^1] + "-" : first, hyphen: inserted), .. Words(paragraph, 113, second)]));

        Assert.Equal(1, counts.ForbiddenBreaks);
        Assert.Contains(counts.Findings, f => f.StartsWith("forbidden break", StringComparison.Ordinal) && f.Contains(kind, StringComparison.Ordinal));
    }

    [Fact]
    public void A_hard_line_break_before_a_number_is_not_a_forbidden_break()
    {
        var paragraph = Paragraph(1);
        var counts = Measure(Page(1), Page(2, [.. Words(paragraph, 100, "Brookside Community Hall", ragged: true), .. Words(paragraph, 113, "14 Weir Lane")]));

        Assert.Equal(0, counts.ForbiddenBreaks);
    }

    [Fact]
    public void Breaks_the_rules_allow_are_not_forbidden()
    {
        var paragraph = Paragraph(1);
        var counts = Measure(Page(1), Page(2,
            [.. Words(paragraph, 100, "in 2026 the well-"), .. Words(paragraph, 113, "known tenants of"), .. Words(paragraph, 126, "Harlan won")]));

        Assert.Equal((0, 0, 0), (counts.ForbiddenBreaks, counts.ShortHyphens, counts.HyphenatedLastLines));
    }

    /// <summary>A demand box with a list of <paramref name="count"/> items; each item's text is a ListBody.</summary>
    private static (StructureElement Box, StructureElement[] Bodies) DemandBox(int count)
    {
        var box = new StructureElement(StructureKind.Demands, Root, 10);
        var list = new StructureElement(StructureKind.List, box, 10.1);
        var bodies = Enumerable.Range(0, count).Select(i =>
        {
            var item = new StructureElement(StructureKind.ListItem, list, 10.2 + i / 100.0);
            return new StructureElement(StructureKind.ListBody, item, 10.2 + i / 100.0);
        }).ToArray();
        return (box, bodies);
    }
}
