using Pamphlet.Composition.Flow;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// The last resort for an unsplittable block taller than any column: cutting its frame between two
/// lines of text (issue 8: a slogan or pull quote taller than the page lost its last lines off the page).
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class FrameCutTests
{
    private static readonly FontFace Face = new("/fonts/test.ttf", 0, "Test", ReadOnlyMemory<byte>.Empty);

    /// <summary>A line of text: one run on <paramref name="baseline"/>, 8 pt above it and 2 pt below.</summary>
    private static GlyphRun Line(double baseline, string text) =>
        new("slogan", new Point(0, baseline), Face, 10, Color.Black, [1], [new Point(0, 0)], text, [0], 100, ascent: 8, descent: 2);

    /// <summary>Ten lines 12 pt apart, a rule down the side of all of them and a panel behind them.</summary>
    private static Frame Stack(params PageItem[] extra) =>
        new(200, 120, [new FillItem("panel", new Rect(0, 0, 200, 120), Color.Black), new RuleItem("rule", new Point(-5, 0), new Point(-5, 120), 1, Color.Black),
            .. Enumerable.Range(0, 10).Select(i => Line(10 + 12 * i, $"line{i}")), .. extra]);

    [Fact]
    public void The_lowest_cut_is_just_above_the_tallest_glyph_of_the_next_line_that_does_not_fit()
    {
        // Line 4 (baseline 58) reaches down to 60; line 5's glyphs start at 62 (baseline 70).
        Assert.Equal(62, FrameCut.Lowest(Stack(), available: 65));
        Assert.Equal(50, FrameCut.Lowest(Stack(), available: 61.9));
    }

    [Fact]
    public void Every_run_goes_whole_to_one_side_and_crossing_rules_and_fills_are_cut_in_two()
    {
        var (head, tail) = FrameCut.At(Stack(), 62);

        Assert.Equal(62, head.Height);
        Assert.Equal(58, tail.Height);
        Assert.Equal(["line0", "line1", "line2", "line3", "line4"], head.Items.OfType<GlyphRun>().Select(r => r.Text));
        Assert.Equal(["line5", "line6", "line7", "line8", "line9"], tail.Items.OfType<GlyphRun>().Select(r => r.Text));
        Assert.Equal(8, tail.Items.OfType<GlyphRun>().First().Origin.Y, 9);
        Assert.Equal(new Rect(0, 0, 200, 62), Assert.Single(head.Items.OfType<FillItem>()).Area);
        Assert.Equal(new Rect(0, 0, 200, 58), Assert.Single(tail.Items.OfType<FillItem>()).Area);
        var upper = Assert.Single(head.Items.OfType<RuleItem>());
        var lower = Assert.Single(tail.Items.OfType<RuleItem>());
        Assert.Equal((0.0, 62.0), (upper.From.Y, upper.To.Y));
        Assert.Equal((0.0, 58.0), (lower.From.Y, lower.To.Y));
    }

    [Fact]
    public void An_image_is_never_cut_through()
    {
        var photo = new ImageItem("figure", new Rect(0, 30, 200, 60), "/photo.jpg", ImageItem.WholeImage);

        var cut = FrameCut.Lowest(Stack(photo), available: 80);

        // Lines 2–7 lie beside the photo (30–90): the lowest cut above 80 that misses it is above line 2.
        Assert.Equal(26, cut);
    }

    [Fact]
    public void A_frame_with_one_line_or_none_has_nowhere_to_cut()
    {
        Assert.Null(FrameCut.Lowest(new Frame(200, 500, [Line(400, "alone")]), available: 300));
        Assert.Null(FrameCut.Lowest(new Frame(200, 500, [new FillItem("panel", new Rect(0, 0, 200, 500), Color.Black)]), available: 300));
    }
}
