using Pamphlet.Pages;
using Pamphlet.Rendering.Pdf;

namespace Pamphlet.Tests.Rendering;

/// <summary>A line's runs in visual order: sorted by x only when composition did not place them so, runs at one x kept in order.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class TextLinesTests
{
    private static readonly FontFace Face = new("/fonts/test.ttf", 0, "Test", ReadOnlyMemory<byte>.Empty);

    private static GlyphRun Run(string text, double x) => new("body", new Point(x, 100), Face, 10, Color.Black, [1], [new Point(0, 0)], text, [0], 10, 8, 2);

    [Fact]
    public void Runs_in_order_come_back_as_they_are_and_others_sorted_keeping_ties_in_order()
    {
        GlyphRun[] placed = [Run("one", 0), Run("two", 20), Run("three", 40)];
        Assert.Equal(placed, TextLines.LeftToRight(placed));

        GlyphRun[] shuffled = [Run("c", 40), Run("a", 0), Run("b1", 20), Run("b2", 20)];
        Assert.Equal(["a", "b1", "b2", "c"], TextLines.LeftToRight(shuffled).Select(r => r.Text));
    }
}
