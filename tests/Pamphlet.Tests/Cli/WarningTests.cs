namespace Pamphlet.Tests.Cli;

/// <summary>Warnings do not fail a build: exit 0, the PDF is written, stderr names the file and line.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class WarningTests
{
    [Fact]
    public void Unknown_block_is_a_warning_and_its_text_is_still_printed()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", "The library stays open.\n\n::: banner\nHands off our library.\n:::\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"{statement}:3: warning: unknown block '::: banner'", result.Error);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder.Out, "library.a5-pamphlet.pdf"));
        Assert.Contains("Handsoffourlibrary.", PdfText.WithoutSpaces(pdf));
    }

    [Fact]
    public void A_warning_is_printed_once_even_when_several_layouts_are_built()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", "The library stays open.\n\n::: banner\nHands off our library.\n:::\n");

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--layout", "a5-pamphlet-large-print");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
