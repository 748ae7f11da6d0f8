using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Measuring;
using Pamphlet.Pages;
using Xunit;

namespace Pamphlet.Tests.Measuring;

/// <summary>
/// The rhythm counts of bench/typography.sh on hand-made pages: one column from x 50 to 350 with its
/// top at y 50, a 13 pt grid whose first baseline is 10 pt below the top.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class RhythmMetricsTests
{
    private const double ColumnTop = 50;
    private const double Pitch = 13;
    private const double FirstBaseline = 10;

    private static readonly FontFace Face = new("test.ttf", 0, "Test", ReadOnlyMemory<byte>.Empty);
    private static readonly StructureElement Root = new(StructureKind.Document, null, 0);

    private static IReadOnlyList<Rect> Columns(int page) => [new Rect(50, ColumnTop, 300, 480)];

    private static GlyphRun Run(StructureElement element, double y, bool hyphen = false, string role = "body") =>
        new(role, new Point(50, y), Face, 10, Color.Black, [1], [new Point(0, 0)], "word", [0], 300, 8, 2.5)
        {
            Structure = element,
            HyphenInserted = hyphen,
        };

    private static ImageItem Figure(double y) => new("figure", new Rect(50, y, 300, 100), "photo.jpg", ImageItem.WholeImage);

    private static PagedDocument Document(params Page[] pages) =>
        new(new DocumentInfo("t", null, null, "en", "test", null), pages) { Structure = Root };

    private static Page Page(int number, params PageItem[] items) => new(number, new Size(400, 600), items);

    private static RhythmCounts Measure(params Page[] pages) =>
        RhythmMetrics.Measure(Document(pages), Columns, new BaselineGrid(Pitch, FirstBaseline), 10, rightToLeft: false);

    private static double GridLine(int k) => ColumnTop + FirstBaseline + k * Pitch;

    [Fact]
    public void Body_lines_on_grid_lines_are_on_the_grid()
    {
        var p = new StructureElement(StructureKind.Paragraph, Root, 1);

        var counts = Measure(Page(2, Run(p, GridLine(0)), Run(p, GridLine(1)), Run(p, GridLine(7))));

        Assert.Equal((3, 0), (counts.BodyLines, counts.OffGridLines));
    }

    [Fact]
    public void A_body_line_pushed_down_by_an_odd_block_is_off_the_grid()
    {
        var p = new StructureElement(StructureKind.Paragraph, Root, 1);
        var q = new StructureElement(StructureKind.Paragraph, Root, 2);

        var counts = Measure(Page(2, Run(p, GridLine(0)), Run(q, GridLine(3) + 4.5), Run(q, GridLine(4) + 4.5)));

        Assert.Equal(2, counts.OffGridLines);
        Assert.Contains(counts.Findings, f => f.Contains("4.50 pt below a grid line", StringComparison.Ordinal));
    }

    [Fact]
    public void Quote_lines_are_not_body_lines()
    {
        var quote = new StructureElement(StructureKind.BlockQuote, Root, 1);
        var p = new StructureElement(StructureKind.Paragraph, quote, 1);

        var counts = Measure(Page(2, Run(p, GridLine(2) + 3, role: "quote")));

        Assert.Equal((0, 0), (counts.BodyLines, counts.OffGridLines));
    }

    [Fact]
    public void A_word_cut_with_a_figure_between_its_halves_counts()
    {
        var p = new StructureElement(StructureKind.Paragraph, Root, 1);

        var counts = Measure(
            Page(2, Run(p, GridLine(35)), Run(p, GridLine(36), hyphen: true)),
            Page(3, Figure(ColumnTop), Run(p, GridLine(10)), Run(p, GridLine(11))));

        Assert.Equal(1, counts.HyphensBeforeFigure);
    }

    [Fact]
    public void A_word_cut_across_a_page_without_a_figure_between_is_not_before_a_figure()
    {
        var p = new StructureElement(StructureKind.Paragraph, Root, 1);

        var counts = Measure(
            Page(2, Run(p, GridLine(35)), Run(p, GridLine(36), hyphen: true)),
            Page(3, Run(p, GridLine(0)), Run(p, GridLine(1)), Figure(GridLine(3))));

        Assert.Equal(0, counts.HyphensBeforeFigure);
    }
}
