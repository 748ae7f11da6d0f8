using Pamphlet.Pages;
using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Tests.Imposition;

[Trait(Tier.Name, Tier.Unit)]
public sealed class SheetLayoutTests
{
    private const double PointsPerMillimetre = 72 / 25.4;
    private static readonly Size A5 = new(148 * PointsPerMillimetre, 210 * PointsPerMillimetre);
    private static readonly Size HalfLetter = new(5.5 * 72, 8.5 * 72);
    private static readonly Size A3 = new(297 * PointsPerMillimetre, 420 * PointsPerMillimetre);

    private static PrinterSheet A4Sheet => PrinterSheets.ForTwoPages(A5)!;
    private static SheetFrame Folded => SheetFrames.Desktop(A5, folded: true)!;

    [Fact]
    public void A5_goes_on_A4_landscape_and_Half_Letter_on_Letter_landscape()
    {
        var a4 = PrinterSheets.ForTwoPages(A5);
        Assert.NotNull(a4);
        Assert.Equal("A4", a4.Name);
        Assert.Equal(841.89, a4.Size.Width, 0.01);
        Assert.Equal(595.28, a4.Size.Height, 0.01);

        var letter = PrinterSheets.ForTwoPages(HalfLetter);
        Assert.NotNull(letter);
        Assert.Equal("Letter", letter.Name);
        Assert.Equal(792, letter.Size.Width, 0.01);
        Assert.Equal(612, letter.Size.Height, 0.01);

        Assert.Equal("A3", PrinterSheets.ForTwoPages(new Size(210 * PointsPerMillimetre, 297 * PointsPerMillimetre))?.Name);
    }

    [Fact]
    public void Pages_that_are_not_half_a_sheet_have_no_sheet()
    {
        Assert.Null(PrinterSheets.ForTwoPages(A3 with { Width = 420 * PointsPerMillimetre }));
        Assert.Null(PrinterSheets.ForTwoPages(new Size(100 * PointsPerMillimetre, 210 * PointsPerMillimetre)));
        // 2 mm off is not the same paper.
        Assert.Null(PrinterSheets.ForTwoPages(A5 with { Width = 146 * PointsPerMillimetre }));
    }

    [Fact]
    public void Saddle_sides_put_pages_either_side_of_the_fold_and_no_marks_of_their_own()
    {
        var sides = SheetLayouts.Saddle(SaddleStitch.Plan(8, false), Folded, creep: 0);
        Assert.Equal(4, sides.Count);
        var front = sides[0];
        var fold = front.SheetSize.Width / 2;
        Assert.Equal([7, 0], front.Pages.Select(p => p.PageIndex));
        Assert.Equal(fold - A5.Width, front.Pages[0].Origin.X, 6);
        Assert.Equal(fold, front.Pages[1].Origin.X, 6);
        foreach (var placement in front.Pages)
        {
            Assert.Equal(A5.Width, placement.Clip.Width, 6);
            Assert.True(new Rect(0, 0, front.SheetSize.Width, front.SheetSize.Height).Contains(placement.Clip));
        }

        // Marks are the imposer's to add (press sheets, or --marks on desktop sheets).
        Assert.Empty(front.Marks);
    }

    [Fact]
    public void Creep_moves_inner_sheets_towards_the_fold_and_clips_at_it()
    {
        var creep = 0.2 * PointsPerMillimetre;
        var sides = SheetLayouts.Saddle(SaddleStitch.Plan(12, false), Folded, creep);
        var fold = A4Sheet.Size.Width / 2;
        for (var sheet = 0; sheet < 3; sheet++)
        {
            foreach (var side in new[] { sides[2 * sheet], sides[2 * sheet + 1] })
            {
                var left = side.Pages[0];
                var right = side.Pages[1];
                var shift = creep * sheet;
                Assert.Equal(fold - A5.Width + shift, left.Origin.X, 6);
                Assert.Equal(fold - shift, right.Origin.X, 6);
                // Nothing crosses the fold: each page is cut where it meets it.
                Assert.Equal(fold, left.Clip.Right, 6);
                Assert.Equal(fold, right.Clip.X, 6);
                Assert.Equal(A5.Width - shift, left.Clip.Width, 6);
            }
        }
    }

    [Fact]
    public void Blank_slots_place_no_page()
    {
        var sides = SheetLayouts.Saddle(SaddleStitch.Plan(9, false), Folded, 0);
        Assert.Equal([0], sides[0].Pages.Select(p => p.PageIndex));
        Assert.Equal([1], sides[1].Pages.Select(p => p.PageIndex));
        Assert.Equal([2], sides[2].Pages.Select(p => p.PageIndex));
        Assert.Equal([3, 8], sides[3].Pages.Select(p => p.PageIndex));
        Assert.Equal(9, sides.Sum(s => s.Pages.Count));
    }

    [Fact]
    public void Two_up_puts_each_page_twice_on_its_own_side()
    {
        var sides = SheetLayouts.TwoUp(3, SheetFrames.Desktop(A5, folded: false)!);
        Assert.Equal(3, sides.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal([i, i], sides[i].Pages.Select(p => p.PageIndex));
            Assert.NotEqual(sides[i].Pages[0].Origin.X, sides[i].Pages[1].Origin.X);
        }
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("he-IL", true)]
    [InlineData("fa", true)]
    [InlineData("ur-PK", true)]
    [InlineData("en-GB", false)]
    [InlineData("de", false)]
    [InlineData("arn", false)]
    public void Right_to_left_languages(string language, bool rightToLeft)
    {
        Assert.Equal(rightToLeft, ReadingDirection.IsRightToLeft(language));
    }
}
