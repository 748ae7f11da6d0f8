using Pamphlet.Tests.Bleed;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Cli;

/// <summary>
/// Paths in a statement belong to the statement, not to wherever the command runs: images and the
/// campaign's own <c>layouts/</c> folder are found beside the Markdown file. The tests run with the
/// test runner's folder as the current one, which holds neither.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class StatementFolderResolutionTests
{
    private const double PointsPerMm = 72 / 25.4;

    [Fact]
    public void Image_path_is_relative_to_the_statement_not_the_current_folder()
    {
        using var folder = new StatementFolder();
        folder.CopyTestData("red-8x6.png", "campaign/images/room.png");
        var statement = folder.Write("campaign/library.md",
            "---\ntitle: Save the Library\n---\n\nThe library stays open.\n\n![The reading room](images/room.png)\n");
        Assert.NotEqual(folder.PathOf("campaign"), Directory.GetCurrentDirectory());

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var pdf = PdfDocument.Open(Path.Combine(folder.Out, "library.a5-pamphlet.pdf"));
        // The a5-pamphlet cover reuses the first figure, so the photo may be drawn twice; once is enough here.
        Assert.True(pdf.GetPages().Sum(page => page.GetImages().Count()) >= 1, "the figure beside the statement should be in the PDF");
        Assert.Contains("Thereadingroom", PdfText.WithoutSpaces(pdf));
    }

    [Fact]
    public void Layouts_folder_beside_the_statement_overrides_a_bundled_layout()
    {
        using var folder = new StatementFolder();
        folder.Write("layouts/a5-pamphlet.yaml", "extends: a5-pamphlet\ndescription: Our pamphlet, printed on A4\npage:\n  size: A4\n");
        var statement = folder.Write("library.md", "---\ntitle: Save the Library\n---\n\nThe library stays open.\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var pdf = PdfDocument.Open(Path.Combine(folder.Out, "library.a5-pamphlet.pdf"));
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(210 * PointsPerMm, PdfPageBoxes.Trim(page).Width, 0.1);
            Assert.Equal(297 * PointsPerMm, PdfPageBoxes.Trim(page).Height, 0.1);
        });
    }

    [Fact]
    public void Layouts_folder_beside_the_statement_adds_layouts_named_in_its_front_matter()
    {
        using var folder = new StatementFolder();
        folder.Write("layouts/a4-leaflet.yaml", "extends: a5-pamphlet\ndescription: Street-stall leaflet\npage:\n  size: A4\n");
        var statement = folder.Write("library.md",
            "---\ntitle: Save the Library\nlayouts: [a4-leaflet, a5-pamphlet]\n---\n\nThe library stays open.\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var leaflet = PdfDocument.Open(Path.Combine(folder.Out, "library.a4-leaflet.pdf"));
        Assert.Equal(210 * PointsPerMm, PdfPageBoxes.Trim(leaflet.GetPage(1)).Width, 0.1);
        using var pamphlet = PdfDocument.Open(Path.Combine(folder.Out, "library.a5-pamphlet.pdf"));
        Assert.Equal(148 * PointsPerMm, PdfPageBoxes.Trim(pamphlet.GetPage(1)).Width, 0.1);
    }
}
