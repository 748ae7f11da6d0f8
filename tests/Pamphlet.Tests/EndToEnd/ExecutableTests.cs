using System.Text.RegularExpressions;
using Pamphlet.Tests.Cli;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.EndToEnd;

/// <summary>
/// The real <c>pamphlet</c> program as a separate process, started in a folder that holds neither
/// fonts nor layouts: proves the bundled ones travel with the build output, that the default output
/// folder is under the current folder, and that SOURCE_DATE_EPOCH reaches the PDF (a variable set
/// for the child only, so tests running in parallel are not affected).
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class ExecutableTests
{
    private const string EpochFor20260314 = "1773446400";

    [Fact]
    public void Built_program_runs_from_another_folder_with_its_bundled_fonts_and_layouts()
    {
        using var folder = new StatementFolder();
        folder.CopyTestData("red-8x6.png", "campaign/room.png");
        folder.Write("campaign/library.md",
            "---\ntitle: Save the Library\nauthor: Friends of the Library\n---\n\n" +
            "The library stays *open*.\n\n## Why\n\nBecause reading is free.\n\n![The reading room](room.png)\n");
        var workingFolder = folder.PathOf("campaign");

        var layouts = RunPamphlet(workingFolder, null, "layouts");
        var build = RunPamphlet(workingFolder, EpochFor20260314, "build", "library.md");

        Assert.True(layouts.ExitCode == 0, layouts.ToString());
        Assert.Matches(new Regex("^a5-pamphlet +A5 pamphlet", RegexOptions.Multiline), layouts.Output);
        Assert.True(build.ExitCode == 0, build.ToString());
        var pdfPath = Path.Combine(workingFolder, "out", "library.a5-pamphlet.pdf");
        // Without layouts named anywhere, a build makes the A5 pamphlet and the A3 poster.
        Assert.Matches($@"^{Regex.Escape(Path.Combine("out", "library.a5-pamphlet.pdf"))}  \d+ pages?  \d+\.\d\d s\n{Regex.Escape(Path.Combine("out", "library.poster-a3.pdf"))}  1 page  \d+\.\d\d s\n$", build.Output);
        using var pdf = PdfDocument.Open(pdfPath);
        Assert.Contains("Becausereadingisfree.", PdfText.WithoutSpaces(pdf));
        Assert.Equal("Pamphlet 0.1.0", pdf.Information.Creator);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero), pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Built_program_exits_1_and_2_as_documented()
    {
        using var folder = new StatementFolder();

        var missing = RunPamphlet(folder.Root, null, "build", "missing.md");
        var usage = RunPamphlet(folder.Root, null, "build", "--bogus");

        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Contains("missing.md", missing.Error);
        Assert.True(usage.ExitCode == 2, usage.ToString());
        Assert.False(Directory.Exists(folder.Out));
    }

    private static CliResult RunPamphlet(string workingFolder, string? sourceDateEpoch, params string[] args) =>
        PamphletProcess.Run(workingFolder, sourceDateEpoch is null ? new Dictionary<string, string?>() : new() { ["SOURCE_DATE_EPOCH"] = sourceDateEpoch }, args);
}
