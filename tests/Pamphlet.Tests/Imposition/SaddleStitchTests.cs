using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Tests.Imposition;

[Trait(Tier.Name, Tier.Unit)]
public sealed class SaddleStitchTests
{
    /// <summary>Each sheet as "front left|front right, back left|back right", 1-based pages, "-" for a blank.</summary>
    private static IReadOnlyList<string> Describe(SaddleStitchPlan plan) =>
        plan.Sheets.Select(s => $"{Side(s.Front)}, {Side(s.Back)}").ToList();

    private static string Side(SheetSide side) => $"{Page(side.Left)}|{Page(side.Right)}";

    private static string Page(int? index) => index is { } i ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

    [Fact]
    public void Four_pages_make_one_sheet()
    {
        Assert.Equal(["4|1, 2|3"], Describe(SaddleStitch.Plan(4, rightToLeft: false)));
    }

    [Fact]
    public void Eight_pages_follow_the_printshop_order()
    {
        // print-facts: sheet 1 front 8|1, back 2|7; sheet 2 front 6|3, back 4|5.
        Assert.Equal(["8|1, 2|7", "6|3, 4|5"], Describe(SaddleStitch.Plan(8, rightToLeft: false)));
    }

    [Fact]
    public void Twelve_pages()
    {
        Assert.Equal(["12|1, 2|11", "10|3, 4|9", "8|5, 6|7"], Describe(SaddleStitch.Plan(12, rightToLeft: false)));
    }

    [Fact]
    public void Sixteen_pages()
    {
        Assert.Equal(["16|1, 2|15", "14|3, 4|13", "12|5, 6|11", "10|7, 8|9"], Describe(SaddleStitch.Plan(16, rightToLeft: false)));
    }

    [Fact]
    public void Right_to_left_booklets_mirror_every_side()
    {
        Assert.Equal(["1|8, 7|2", "3|6, 5|4"], Describe(SaddleStitch.Plan(8, rightToLeft: true)));
    }

    [Fact]
    public void Nine_pages_pad_to_twelve_with_the_blanks_after_the_last_page()
    {
        // The defect: padding put three blanks between pages 8 and 9, in the middle of a sentence.
        var plan = SaddleStitch.Plan(9, rightToLeft: false);
        Assert.Equal(12, plan.PaddedPageCount);
        Assert.Equal(3, plan.BlankPages);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, null, null, null], SaddleStitch.PaddedSequence(9, backCover: false));
        Assert.Equal(["-|1, 2|-", "-|3, 4|9", "8|5, 6|7"], Describe(plan));
    }

    [Fact]
    public void Three_pages_read_on_without_a_blank_between_pages_2_and_3()
    {
        Assert.Equal([0, 1, 2, null], SaddleStitch.PaddedSequence(3, backCover: false));
        Assert.Equal(["-|1, 2|3"], Describe(SaddleStitch.Plan(3, rightToLeft: false)));
    }

    [Fact]
    public void A_real_back_cover_stays_at_the_back_with_the_blanks_before_it()
    {
        var plan = SaddleStitch.Plan(9, rightToLeft: false, backCover: true);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, null, null, null, 8], SaddleStitch.PaddedSequence(9, backCover: true));
        Assert.Equal(["9|1, 2|-", "-|3, 4|-", "8|5, 6|7"], Describe(plan));
    }

    [Fact]
    public void A_single_page_is_the_front_with_blanks_after_it()
    {
        Assert.Equal(["-|1, -|-"], Describe(SaddleStitch.Plan(1, rightToLeft: false)));
    }

    [Fact]
    public void No_pages_cannot_be_planned()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SaddleStitch.Plan(0, rightToLeft: false));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(13)]
    [InlineData(30)]
    [InlineData(64)]
    public void Folding_the_stacked_sheets_gives_the_reading_order_with_every_page_once(int pages)
    {
        foreach (var backCover in new[] { false, true })
        {
            AssertFoldsInOrder(pages, backCover);
        }
    }

    private static void AssertFoldsInOrder(int pages, bool backCover)
    {
        var plan = SaddleStitch.Plan(pages, rightToLeft: false, backCover);
        Assert.Equal(0, plan.PaddedPageCount % 4);
        Assert.InRange(plan.BlankPages, 0, 3);
        Assert.Equal(Enumerable.Range(0, plan.Sheets.Count), plan.Sheets.Select(s => s.FromOutside));

        // Nested and folded, the first half of the booklet is each sheet's right-hand front then
        // left-hand back, outside in; the second half is the same sheets inside out, the other halves.
        var firstHalf = plan.Sheets.SelectMany(s => new[] { s.Front.Right, s.Back.Left });
        var secondHalf = plan.Sheets.Reverse().SelectMany(s => new[] { s.Back.Right, s.Front.Left });
        var folded = firstHalf.Concat(secondHalf).ToList();
        Assert.Equal(SaddleStitch.PaddedSequence(pages, backCover), folded);
        Assert.Equal(Enumerable.Range(0, pages), folded.OfType<int>().Order());
        // Pages read in order with no blank between them; only a back cover comes after blanks.
        var read = folded.TakeWhile(p => p is not null).ToList();
        var beforeBlanks = backCover && pages > 1 && plan.BlankPages > 0 ? pages - 1 : pages;
        Assert.Equal(Enumerable.Range(0, beforeBlanks).Cast<int?>(), read);
        if (backCover && pages > 1) Assert.Equal(pages - 1, folded[^1]);
    }
}
