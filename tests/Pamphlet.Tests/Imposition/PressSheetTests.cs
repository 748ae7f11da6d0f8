using Pamphlet.Pages;
using Pamphlet.Rendering.Imposition;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Imposition;

/// <summary>Imposition on press sheets (--sheet): the pages keep their bleed, marks and slugs stay outside it.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class PressSheetTests
{
    private const double Mm = 72 / 25.4;
    private static readonly double BleedWidth = PrintBleed.OnGrid(3 * Mm);
    private static readonly Size A4Page = new(210 * Mm, 297 * Mm);

    private static PrinterSheet Sheet(string name) => PrinterSheets.PressSheet(name)!;

    /// <summary>Pages with a full-bleed fill, like the pamphlet's cover, and one word each.</summary>
    private static PagedDocument Document(int pages, Size? size = null) =>
        new(Info(), [.. Enumerable.Range(0, pages).Select(i => new Page(i + 1, size ?? A5,
        [
            new FillItem("cover-background", PrintBleed.FullBleed(size ?? A5, BleedWidth), Color.Rgb(180, 0, 30)),
            Shape($"Page{i + 1}", NotoSerif, 11, 40, 80),
        ]) { Bleed = BleedWidth })]);

    private static ImposedSheets Plan(PagedDocument document, ImpositionKind kind, string sheet, double creep = 0) =>
        Imposer.Plan(document, new ImpositionSettings(kind) { PressSheet = Sheet(sheet), Creep = creep });

    [Fact]
    public void An_A5_spread_goes_on_SRA4_landscape_centred_with_its_bleed()
    {
        var frame = SheetFrames.Press(A5, BleedWidth, folded: true, Sheet("SRA4"));
        Assert.NotNull(frame);
        Assert.Equal(320 * Mm, frame.Sheet.Size.Width, 0.01);
        Assert.Equal(225 * Mm, frame.Sheet.Size.Height, 0.01);
        // 320 − 296 mm of pages leaves 12 mm each side; 225 − 210 leaves 7.5 mm above and below.
        Assert.Equal(12 * Mm, frame.Left.X, 0.01);
        Assert.Equal(7.5 * Mm, frame.Left.Y, 0.01);
        Assert.Equal(frame.Left.Right, frame.Right.X, 6);
        Assert.Equal(frame.Sheet.Size.Width / 2, frame.FoldX, 0.01);
        // 7.5 mm less 3 mm bleed and 1 mm gap leaves 3.5 mm for the marks.
        Assert.Equal(3.5 * Mm, frame.MarkLength, 0.01);
    }

    [Fact]
    public void Two_up_copies_keep_a_gutter_of_both_bleeds_and_get_longer_marks_on_SRA3()
    {
        var frame = SheetFrames.Press(A5, BleedWidth, folded: false, Sheet("SRA3"));
        Assert.NotNull(frame);
        Assert.Equal(2 * BleedWidth, frame.Right.X - frame.Left.Right, 6);
        Assert.Equal(PressMarks.MaximumLength, frame.MarkLength, 6);
        Assert.Equal((frame.Sheet.Size.Width - frame.Right.Right), frame.Left.X, 6);
    }

    [Fact]
    public void Saddle_pages_keep_their_bleed_on_the_cut_edges_and_stop_at_the_fold()
    {
        var sides = Plan(Document(8), ImpositionKind.Saddle, "SRA4").Sides;
        var frame = SheetFrames.Press(A5, BleedWidth, true, Sheet("SRA4"))!;
        foreach (var side in sides)
        {
            var (left, right) = (side.Pages[0], side.Pages[1]);
            Assert.Equal(frame.Left.X - BleedWidth, left.Clip.X, 6);
            Assert.Equal(frame.FoldX, left.Clip.Right, 6);
            Assert.Equal(frame.FoldX, right.Clip.X, 6);
            Assert.Equal(frame.Right.Right + BleedWidth, right.Clip.Right, 6);
            Assert.All(side.Pages, p => Assert.Equal(frame.Left.Y - BleedWidth, p.Clip.Y, 6));
            Assert.All(side.Pages, p => Assert.Equal(A5.Height + 2 * BleedWidth, p.Clip.Height, 6));
        }
    }

    [Fact]
    public void Creep_moves_pages_towards_the_fold_without_moving_the_bleed_edge_outwards()
    {
        var creep = 0.5 * Mm;
        var sides = Plan(Document(12), ImpositionKind.Saddle, "SRA4", creep).Sides;
        var frame = SheetFrames.Press(A5, BleedWidth, true, Sheet("SRA4"))!;
        // Sheet 3 (two in from the outside): pages 1 mm towards the fold; the fore-edge bleed shrinks, never grows.
        var inner = sides[4];
        Assert.Equal(frame.Left.X + 2 * creep, inner.Pages[0].Origin.X, 6);
        Assert.Equal(frame.Left.X - BleedWidth + 2 * creep, inner.Pages[0].Clip.X, 6);
        Assert.Equal(frame.Right.X - 2 * creep, inner.Pages[1].Origin.X, 6);
        Assert.Equal(frame.Right.Right + BleedWidth - 2 * creep, inner.Pages[1].Clip.Right, 6);
        Assert.Equal(frame.FoldX, inner.Pages[0].Clip.Right, 6);
    }

    [Theory]
    [InlineData(ImpositionKind.Saddle, "SRA4", 8, 2)]
    [InlineData(ImpositionKind.Saddle, "SRA3", 8, 2)]
    [InlineData(ImpositionKind.TwoUp, "SRA4", 12, 0)]
    [InlineData(ImpositionKind.TwoUp, "A3", 12, 0)]
    public void Crop_and_fold_marks_lie_outside_every_bleed_on_the_sheet_in_registration_colour(ImpositionKind kind, string sheet, int crop, int fold)
    {
        var document = Document(4);
        var sides = Plan(document, kind, sheet).Sides;
        var frame = SheetFrames.Press(A5, BleedWidth, kind == ImpositionKind.Saddle, Sheet(sheet))!;
        foreach (var side in sides)
        {
            var marks = side.Marks.OfType<RuleItem>().ToList();
            Assert.Equal(crop, marks.Count(m => m.Role == PressMarks.CropRole));
            Assert.Equal(fold, marks.Count(m => m.Role == PressMarks.FoldRole));
            var paper = new Rect(0, 0, side.SheetSize.Width, side.SheetSize.Height);
            foreach (var mark in marks)
            {
                Assert.Equal(Color.Registration, mark.Color);
                Assert.True(paper.Contains(mark.Bounds), $"{mark} leaves the sheet");
                // Outside the bleed of every slot, and of every page as drawn.
                Assert.DoesNotContain(frame.Artwork, a => a.Intersects(mark.Bounds));
                Assert.DoesNotContain(side.Pages, p => p.Clip.Intersects(mark.Bounds));
                // On the line of a trim edge (crop) or the fold, starting past the bleed and the gap.
                var lines = mark.From.X == mark.To.X
                    ? frame.Trims.SelectMany(t => new[] { t.X, t.Right }).Append(frame.FoldX)
                    : frame.Trims.SelectMany(t => new[] { t.Y, t.Bottom });
                Assert.Contains(lines, l => Math.Abs(l - (mark.From.X == mark.To.X ? mark.From.X : mark.From.Y)) < 1e-6);
                Assert.Equal(frame.MarkLength, Math.Abs(mark.To.X - mark.From.X) + Math.Abs(mark.To.Y - mark.From.Y), 6);
            }

            if (fold > 0) Assert.All(marks.Where(m => m.Role == PressMarks.FoldRole), m => Assert.Equal(frame.FoldX, m.From.X, 6));
        }
    }

    [Fact]
    public void Two_up_copies_without_bleed_share_one_cut_marked_once()
    {
        var document = new PagedDocument(Info(), [new Page(1, A5, [Shape("Flyer", NotoSerif, 11, 40, 80)])]);
        var side = Assert.Single(Plan(document, ImpositionKind.TwoUp, "SRA4").Sides);
        Assert.Equal(side.Pages[0].Clip.Right, side.Pages[1].Clip.X, 6);
        var marks = side.Marks.Cast<RuleItem>().ToList();
        // Outer corners: two marks each; the shared cut: one mark above and one below.
        Assert.Equal(10, marks.Count);
        Assert.Equal(marks.Count, marks.Distinct().Count());
    }

    [Fact]
    public void Every_side_has_its_slug_in_the_margin_clear_of_marks_and_artwork()
    {
        var sides = Plan(Document(8), ImpositionKind.Saddle, "SRA4").Sides;
        Assert.Equal(["sheet 1 front", "sheet 1 back", "sheet 2 front", "sheet 2 back"], sides.Select(s => s.Slug!.Side));
        foreach (var side in sides)
        {
            var space = side.Slug!.Area;
            var paper = new Rect(0, 0, side.SheetSize.Width, side.SheetSize.Height);
            Assert.True(paper.Contains(space), "the slug space is on the sheet");
            Assert.DoesNotContain(side.Pages, p => p.Clip.Intersects(space));
            Assert.DoesNotContain(side.Marks, m => m.Bounds.Intersects(space));
            // Room for a 6 pt line from ascender to descender (2.9 mm in Noto Sans), and a wide one.
            Assert.True(space.Height >= 2.9 * Mm, $"slug space is {space.Height / Mm:0.00} mm high");
            Assert.True(space.Width >= 100 * Mm, $"slug space is {space.Width / Mm:0.0} mm wide");
        }
    }

    [Fact]
    public void A_placed_slug_sits_inside_its_space_in_registration_colour()
    {
        var side = Plan(Document(4), ImpositionKind.TwoUp, "SRA4").Sides[0];
        var slug = Shape("Title · file.pdf · sheet 1 front · 2026-05-01", NotoSerif, 6, 0, 0, role: SheetSlugs.Role);
        var placed = Assert.Single(side.WithSlug(slug).Marks.OfType<GlyphRun>());
        Assert.Equal(Color.Registration, placed.Color);
        Assert.True(side.Slug!.Area.Contains(placed.Bounds), $"{placed.Bounds} outside {side.Slug.Area}");
        Assert.DoesNotContain(side.Marks, m => m.Bounds.Intersects(placed.Bounds));
    }

    [Theory]
    [InlineData("SRA4", true)]
    [InlineData("SRA4", false)]
    [InlineData("A3", true)]
    public void A4_pages_need_a_larger_sheet(string sheet, bool folded)
    {
        Assert.Null(SheetFrames.Press(A4Page, BleedWidth, folded, Sheet(sheet)));
        Assert.NotNull(SheetFrames.Press(A4Page, BleedWidth, folded, Sheet("SRA3")));
        var needed = SheetFrames.Needed(A4Page, BleedWidth, folded);
        // Two pages, the bleed around them (and between 2-up copies), 1 mm gap and 3 mm marks each side.
        Assert.Equal((folded ? 420 + 6 + 8 : 420 + 12 + 8) * Mm, needed.Width, 0.1);
        Assert.Equal((297 + 6 + 8) * Mm, needed.Height, 0.1);
        Assert.Throws<ArgumentException>(() => Plan(Document(4, A4Page), folded ? ImpositionKind.Saddle : ImpositionKind.TwoUp, sheet));
    }

    [Fact]
    public void A_sheet_exactly_two_pages_wide_has_no_room_for_bleed_or_marks()
    {
        Assert.Null(SheetFrames.Press(A5, BleedWidth, folded: true, Sheet("A4")));
        // Without bleed the marks still need their margin.
        Assert.Null(SheetFrames.Press(A5, 0, folded: true, Sheet("A4")));
    }

    [Fact]
    public void Tiles_are_not_for_press_sheets()
    {
        var poster = new PagedDocument(Info(), [new Page(1, new Size(297 * Mm, 420 * Mm), [])]);
        Assert.Throws<ArgumentException>(() => Imposer.Plan(poster, new ImpositionSettings(ImpositionKind.Tile) { PressSheet = Sheet("SRA3") }));
    }

    [Fact]
    public void Press_sheet_pdf_states_the_sheet_as_media_trim_and_bleed_and_draws_the_marks_in_registration()
    {
        var document = Document(4);
        var sides = Plan(document, ImpositionKind.Saddle, "SRA4").Sides;
        using var output = new MemoryStream();
        new Pamphlet.Rendering.Imposition.ImpositionRenderer().Render(document, sides, output);
        using var pdf = PdfDocument.Open(output.ToArray());
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(320 * Mm, page.MediaBox.Bounds.Width, 0.1);
            Assert.Equal(225 * Mm, page.MediaBox.Bounds.Height, 0.1);
            Assert.Equal(Pamphlet.Tests.Bleed.PdfPageBoxes.Media(page), Pamphlet.Tests.Bleed.PdfPageBoxes.Trim(page));
            Assert.Equal(Pamphlet.Tests.Bleed.PdfPageBoxes.Media(page), Pamphlet.Tests.Bleed.PdfPageBoxes.Bleed(page));
        }

        Assert.Contains("/Separation /All", System.Text.Encoding.Latin1.GetString(output.ToArray()));
    }
}
