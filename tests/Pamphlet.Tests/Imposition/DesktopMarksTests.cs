using Pamphlet.Cli;
using Pamphlet.Pages;
using Pamphlet.Rendering.Imposition;
using Pamphlet.Tests.Cli;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Imposition;

/// <summary>
/// Desktop sheets (no --sheet): the pages fill the paper and nothing is trimmed, so marks come only
/// with --marks, and only where they land on blank paper.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class DesktopMarksTests
{
    private const double Mm = 72 / 25.4;

    /// <summary>A full-bleed cover, then text pages with white margins, like the pamphlet.</summary>
    private static PagedDocument Booklet(int pages) =>
        new(Info(), [.. Enumerable.Range(0, pages).Select(i => new Page(i + 1, A5, i == 0
            ? [new FillItem("cover-background", PrintBleed.FullBleed(A5, 3 * Mm), Color.Rgb(180, 0, 30))]
            : [Shape($"Page{i + 1}", NotoSerif, 11, 40, 80)]) { Bleed = 3 * Mm })]);

    private static IReadOnlyList<ImposedSide> Sides(PagedDocument document, ImpositionKind kind, bool marks) =>
        Imposer.Plan(document, new ImpositionSettings(kind) { Marks = marks }).Sides;

    [Fact]
    public void Without_marks_desktop_sheets_carry_none()
    {
        Assert.All(Sides(Booklet(4), ImpositionKind.Saddle, marks: false), s => Assert.Empty(s.Marks));
    }

    [Fact]
    public void Fold_ticks_never_land_on_the_cover()
    {
        var sides = Sides(Booklet(4), ImpositionKind.Saddle, marks: true);
        var fold = sides[0].SheetSize.Width / 2;
        // Sheet 1 front is page 4 | the cover: the red runs to the fold, so no tick there.
        Assert.Empty(sides[0].Marks);
        // Sheet 1 back is pages 2 | 3, white at both ends of the fold: a tick at the top and the bottom edge.
        var ticks = sides[1].Marks.Cast<RuleItem>().ToList();
        Assert.Equal(2, ticks.Count);
        Assert.All(ticks, t => Assert.Equal(fold, t.From.X, 6));
        Assert.All(ticks, t => Assert.Equal(PressMarks.FoldRole, t.Role));
        Assert.All(ticks, t => Assert.Equal(Color.Registration, t.Color));
        Assert.Contains(ticks, t => Math.Min(t.From.Y, t.To.Y) == 0);
        Assert.Contains(ticks, t => Math.Max(t.From.Y, t.To.Y) == sides[1].SheetSize.Height);
    }

    [Fact]
    public void A_tick_keeps_clear_of_text_near_the_fold()
    {
        // Page 2 has a word running up to the fold 3 mm below the top edge: the top tick would touch it.
        var pages = Booklet(4).Pages.ToList();
        pages[1] = pages[1] with { Items = [Shape("Gutter", NotoSerif, 11, A5.Width - 30, 3 * Mm + 8)] };
        var sides = Sides(new PagedDocument(Info(), pages), ImpositionKind.Saddle, marks: true);
        var tick = Assert.Single(sides[1].Marks.Cast<RuleItem>());
        Assert.Equal(sides[1].SheetSize.Height, Math.Max(tick.From.Y, tick.To.Y), 6);
    }

    [Fact]
    public void Half_sheet_pages_leave_no_room_for_crop_marks()
    {
        // A5 on A4 leaves a quarter millimetre at each outer edge: the only marks are ticks where the copies meet.
        var sides = Sides(Booklet(2), ImpositionKind.TwoUp, marks: true);
        Assert.All(sides.SelectMany(s => s.Marks), m => Assert.Equal(sides[0].SheetSize.Width / 2, ((RuleItem)m).From.X, 6));
        Assert.Empty(sides[0].Marks);
        Assert.Equal(2, sides[1].Marks.Count);
    }

    private const string Statement = """
        ---
        title: Save the Library
        ---

        # Save the Library

        The branch library on Mill Street is the only warm, free, quiet room for a mile.
        """;

    [Fact]
    public void Marks_change_the_imposed_pdf()
    {
        // The defect: --marks was ignored for imposed output (byte-identical with and without).
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        byte[] Imposed(params string[] more)
        {
            var result = CliRunner.Build(folder, statement, ["--layout", "a5-pamphlet", "--impose", "saddle", .. more]);
            Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
            return File.ReadAllBytes(Path.Combine(folder.Out, "library.a5-pamphlet.saddle.pdf"));
        }

        Assert.NotEqual(Imposed(), Imposed("--marks"));
    }
}
