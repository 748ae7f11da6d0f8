using Pamphlet.Cli;
using Pamphlet.Tests.Cli;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Imposition;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class ImposeCommandTests
{
    private const string Statement = """
        ---
        title: Save the Library
        ---

        # Save the Library

        The branch library on Mill Street is the only warm, free, quiet room for a mile.

        ## What we ask

        Keep it open six days a week.
        """;

    [Fact]
    public void Impose_saddle_writes_the_imposed_pdf_beside_the_normal_one()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--impose", "saddle", "--creep", "0.2mm");
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());

        var normal = Path.Combine(folder.Out, "library.a5-pamphlet.pdf");
        var imposed = Path.Combine(folder.Out, "library.a5-pamphlet.saddle.pdf");
        Assert.Contains(imposed, result.Output);
        using var pages = PdfDocument.Open(normal);
        using var sheets = PdfDocument.Open(imposed);
        var padded = (pages.NumberOfPages + 3) / 4 * 4;
        Assert.Equal(padded / 2, sheets.NumberOfPages);
        Assert.All(sheets.GetPages(), p => Assert.True(p.Width > p.Height, "sheets are landscape"));
        Assert.Equal(PdfText.WithoutSpaces(pages).Order(), PdfText.WithoutSpaces(sheets).Order());
    }

    [Fact]
    public void Padding_a_nine_page_booklet_warns_and_suggests_fit4()
    {
        using var folder = new StatementFolder();
        // --pages 9 pins the sample (9 pages as written) to a count that is not a multiple of four.
        var result = CliRunner.Run("build", SampleFiles.Statement, "--layout", "a5-pamphlet", "--pages", "9", "--impose", "saddle", "--out", folder.Out);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("warning: a5-pamphlet: 9 pages padded to 12 with 3 blank pages at the end; `--pages fit4` fits the text to 8 or 12 pages.", result.Error);
    }

    [Theory]
    [InlineData(3, 1, false, true, "a5: 3 pages padded to 4 with 1 blank page at the end; `--pages fit4` fits the text to 4 pages.")]
    [InlineData(9, 3, true, true, "a5: 9 pages padded to 12 with 3 blank pages before the back cover; `--pages fit4` fits the text to 8 or 12 pages.")]
    [InlineData(10, 2, false, false, "a5: 10 pages padded to 12 with 2 blank pages at the end.")]
    public void Padding_warnings(int pages, int blanks, bool backCover, bool suggest, string expected)
    {
        Assert.Equal(expected, Pamphlet.Engine.ImposedOutput.Padding("a5", pages, blanks, backCover, suggest));
    }

    [Fact]
    public void Impose_2up_writes_one_side_per_page()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--impose", "2up");
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var pages = PdfDocument.Open(Path.Combine(folder.Out, "library.a5-pamphlet.pdf"));
        using var sheets = PdfDocument.Open(Path.Combine(folder.Out, "library.a5-pamphlet.2up.pdf"));
        Assert.Equal(pages.NumberOfPages, sheets.NumberOfPages);
    }

    [Theory]
    [InlineData("--impose", "booklet")]
    [InlineData("--impose", "saddle", "--creep", "0.2")]
    [InlineData("--impose", "saddle", "--creep", "-1mm")]
    [InlineData("--impose", "saddle", "--creep", "5mm")]
    [InlineData("--impose", "saddle", "--creep", "0.2em")]
    [InlineData("--creep", "0.2mm")]
    [InlineData("--impose", "2up", "--creep", "0.2mm")]
    [InlineData("--impose", "saddle", "--sheet", "B5")]
    [InlineData("--sheet", "SRA4")]
    [InlineData("--impose", "tile", "--sheet", "SRA3")]
    public void Bad_imposition_options_are_usage_errors(params string[] options)
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, ["--layout", "a5-pamphlet", .. options]);
        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void Saddle_on_a_press_sheet_writes_sra4_sheets_with_the_slug_of_each_side()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--impose", "saddle", "--sheet", "sra4");
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var sheets = PdfDocument.Open(Path.Combine(folder.Out, "library.a5-pamphlet.saddle.pdf"));
        const double mm = 72 / 25.4;
        Assert.All(sheets.GetPages(), p =>
        {
            Assert.Equal(320 * mm, p.Width, 0.01);
            Assert.Equal(225 * mm, p.Height, 0.01);
        });
        var text = sheets.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Contains("library.a5-pamphlet.saddle.pdf", text[0]);
        Assert.Contains("sheet 1 front", text[0]);
        Assert.Contains("sheet 1 back", text[1]);
        Assert.Contains("Save the Library", text[0]);
    }

    [Fact]
    public void Pages_too_large_for_the_press_sheet_are_an_error_naming_a_sheet_that_fits()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--layout", "poster-a4", "--impose", "2up", "--sheet", "SRA4");
        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains("at least 440 × 311 mm, and SRA4 is 320 × 225 mm. Use --sheet SRA3", result.Error);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void A_poster_cannot_be_imposed_and_nothing_is_written()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--layout", "poster-a3", "--impose", "saddle");
        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains("poster-a3", result.Error);
        Assert.Contains("A5 (on A4)", result.Error);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void A_default_build_imposes_the_pamphlet_and_builds_the_poster_as_it_is()
    {
        // No layouts named: the default pamphlet and A3 poster. Only the pamphlet can be saddle-stitched.
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--impose", "saddle");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(
            new[] { "library.a5-pamphlet.pdf", "library.a5-pamphlet.saddle.pdf", "library.poster-a3.pdf" },
            folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("warning: poster-a3 is built but not imposed", result.Error);
    }

    [Fact]
    public void Impose_tile_writes_the_tiled_poster()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--layout", "poster-a3", "--impose", "tile");
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var tiles = PdfDocument.Open(Path.Combine(folder.Out, "library.poster-a3.tile.pdf"));
        // The map, then 2 × 2 A4 tiles.
        Assert.Equal(5, tiles.NumberOfPages);
    }

    [Fact]
    public void A_pamphlet_cannot_be_tiled()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--impose", "tile");
        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains("larger than A4 or Letter", result.Error);
        Assert.Empty(folder.OutputFiles());
    }
}
