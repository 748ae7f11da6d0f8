using Pamphlet.Pages;
using Pamphlet.Rendering.Imposition;
using Pamphlet.Tests.Pdf;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Imposition;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class TilingTests
{
    private const double PointsPerMillimetre = 72 / 25.4;
    private static Size Mm(double w, double h) => new(w * PointsPerMillimetre, h * PointsPerMillimetre);

    [Theory]
    [InlineData(297, 420, 2, 2)] // A3
    [InlineData(420, 594, 3, 3)] // A2
    [InlineData(594, 841, 4, 4)] // A1
    public void Posters_tile_onto_A4_portrait(double width, double height, int rows, int columns)
    {
        var plan = Tiling.Plan(Mm(width, height));
        Assert.NotNull(plan);
        Assert.Equal("A4", plan.Sheet.Name);
        Assert.Equal(595.28, plan.Sheet.Size.Width, 0.01);
        Assert.Equal((rows, columns), (plan.Rows, plan.Columns));
        Assert.Equal(rows * columns, plan.Tiles.Count);
    }

    [Fact]
    public void A_tabloid_poster_tiles_onto_Letter()
    {
        var plan = Tiling.Plan(new Size(11 * 72, 17 * 72));
        Assert.NotNull(plan);
        Assert.Equal("Letter", plan.Sheet.Name);
        Assert.Equal((612.0, 792.0), (plan.Sheet.Size.Width, plan.Sheet.Size.Height));
    }

    [Fact]
    public void Paper_that_fits_an_office_printer_needs_no_tiling()
    {
        Assert.Null(Tiling.Plan(Mm(210, 297)));
        Assert.Null(Tiling.Plan(Mm(297, 210)));
        Assert.Null(Tiling.Plan(new Size(8.5 * 72, 11 * 72)));
    }

    [Theory]
    [InlineData(297, 420)]
    [InlineData(420, 594)]
    [InlineData(11 * 25.4, 17 * 25.4)]
    [InlineData(1000, 300)]
    public void Every_point_of_the_poster_is_on_some_tile_and_neighbours_overlap(double width, double height)
    {
        var poster = Mm(width, height);
        var plan = Tiling.Plan(poster)!;
        var posterRect = new Rect(0, 0, poster.Width, poster.Height);
        foreach (var tile in plan.Tiles)
        {
            Assert.True(posterRect.Contains(tile.Area), $"tile {tile} goes past the poster");
            Assert.True(tile.Area.Width <= plan.Sheet.Size.Width - 2 * plan.Margin + 1e-6);
            Assert.True(tile.Area.Height <= plan.Sheet.Size.Height - 2 * plan.Margin + 1e-6);
        }

        const int Steps = 97;
        for (var i = 0; i <= Steps; i++)
            for (var j = 0; j <= Steps; j++)
            {
                var x = poster.Width * i / Steps;
                var y = poster.Height * j / Steps;
                // A micro-point of slack for the far edges, where X + (Width − X) may round below Width.
                const double Slack = 1e-6;
                Assert.Contains(plan.Tiles, t => x >= t.Area.X - Slack && x <= t.Area.Right + Slack && y >= t.Area.Y - Slack && y <= t.Area.Bottom + Slack);
            }

        foreach (var tile in plan.Tiles)
        {
            var right = plan.Tiles.SingleOrDefault(t => t.Row == tile.Row && t.Column == tile.Column + 1);
            if (right is not null) Assert.Equal(Tiling.Overlap, tile.Area.Right - right.Area.X, 6);
            var below = plan.Tiles.SingleOrDefault(t => t.Row == tile.Row + 1 && t.Column == tile.Column);
            if (below is not null) Assert.Equal(Tiling.Overlap, tile.Area.Bottom - below.Area.Y, 6);
        }
    }

    [Fact]
    public void Alignment_marks_stay_outside_the_print_area_and_on_the_sheet()
    {
        var plan = Tiling.Plan(Mm(297, 420))!;
        var area = plan.PrintArea(plan.Tiles[0]);
        var marks = TileLayouts.CornerMarks(area).ToList();
        Assert.Equal(8, marks.Count);
        var sheet = new Rect(0, 0, plan.Sheet.Size.Width, plan.Sheet.Size.Height);
        foreach (var mark in marks)
        {
            Assert.True(sheet.Contains(mark.Bounds));
            // A mark may touch the print area's edge line extended, never its inside.
            var inside = new Rect(area.X + 0.2, area.Y + 0.2, area.Width - 0.4, area.Height - 0.4);
            Assert.False(inside.Intersects(mark.Bounds), $"mark {mark} is inside the print area");
        }
    }

    [Fact]
    public void Tiled_pdf_has_a_map_then_one_labelled_sheet_per_tile_and_is_reproducible()
    {
        var poster = Mm(297, 420);
        var page = new Page(1, poster,
        [
            Shape("Northwest", NotoSerif, 24, 30, 60),
            Shape("Southeast", NotoSerif, 24, poster.Width - 160, poster.Height - 40),
        ]);
        var document = new PagedDocument(Info(), [page]);
        byte[] Render()
        {
            using var output = new MemoryStream();
            new ImpositionRenderer().Render(document, Imposer.Plan(document, new ImpositionSettings(ImpositionKind.Tile)).Sides, output);
            return output.ToArray();
        }

        var pdf = Render();
        Assert.Equal(pdf, Render());
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(5, read.NumberOfPages);
        var texts = read.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Contains("Tile map", texts[0]);
        Assert.Contains("Northwest", texts[0]);
        Assert.Contains("row 1, column 1 of 2×2", texts[1]);
        Assert.Contains("Northwest", texts[1]);
        Assert.Contains("row 2, column 2 of 2×2", texts[4]);
        Assert.Contains("Southeast", texts[4]);
        Assert.All(read.GetPages(), p => Assert.True(p.Height > p.Width, "tiles are portrait"));

        // The poster is drawn once, as one Form XObject that every tile places clipped to its area
        // (so text outside a tile is still in its page's resources, only clipped away).
        var forms = read.GetPages().Skip(1).Select(p => Assert.Single(FormXObjects(read, p))).ToList();
        Assert.Single(forms.Distinct());
    }

    /// <summary>The Form XObjects a page's resources name, by object number.</summary>
    private static List<long> FormXObjects(PdfDocument document, UglyToad.PdfPig.Content.Page page)
    {
        var resources = document.DictionaryOf(page.Dictionary.Data["Resources"]);
        if (document.Get(resources, "XObject") is not UglyToad.PdfPig.Tokens.DictionaryToken xobjects) return [];
        return xobjects.Data.Values.OfType<UglyToad.PdfPig.Tokens.IndirectReferenceToken>()
            .Where(r => document.DictionaryOf(r).Is("Subtype", "Form"))
            .Select(r => r.Data.ObjectNumber).ToList();
    }

    [Fact]
    public void Only_a_one_page_poster_larger_than_office_paper_can_be_tiled()
    {
        var small = new PagedDocument(Info(), [new Page(1, A5, [])]);
        Assert.Throws<ArgumentException>(() => Imposer.Plan(small, new ImpositionSettings(ImpositionKind.Tile)));
        var twoPages = new PagedDocument(Info(), [new Page(1, Mm(297, 420), []), new Page(2, Mm(297, 420), [])]);
        Assert.Throws<ArgumentException>(() => Imposer.Plan(twoPages, new ImpositionSettings(ImpositionKind.Tile)));
    }
}
