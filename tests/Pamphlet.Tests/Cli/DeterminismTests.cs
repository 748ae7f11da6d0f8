using Pamphlet.Documents.Model;
using Pamphlet.Engine;

namespace Pamphlet.Tests.Cli;

/// <summary>The same input gives byte-identical PDFs; the PDF date comes from the input, never the clock.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class DeterminismTests
{
    [Theory]
    [InlineData("date: 2026-03-14\n")]
    [InlineData("")]
    public void Two_builds_into_different_folders_are_byte_identical(string dateLine)
    {
        using var folder = new StatementFolder();
        folder.CopyTestData("red-8x6.png");
        var statement = folder.Write("library.md",
            $"---\ntitle: Save the Library\nauthor: Friends of the Library\n{dateLine}---\n\n" +
            "The library stays *open*, and it stays **ours**.\n\n## Why\n\nBecause reading is free.\n\n" +
            "![The reading room](red-8x6.png \"Photo: us\")\n");

        var first = CliRunner.Run("build", statement, "--out", folder.PathOf("first"));
        var second = CliRunner.Run("build", statement, "--out", folder.PathOf("second"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(
            File.ReadAllBytes(folder.PathOf("first/library.a5-pamphlet.pdf")),
            File.ReadAllBytes(folder.PathOf("second/library.a5-pamphlet.pdf")));
    }

    private static Func<string, string?> Environment(string? sourceDateEpoch) =>
        name => name == "SOURCE_DATE_EPOCH" ? sourceDateEpoch : null;

    [Fact]
    public void Undated_statement_takes_its_date_from_source_date_epoch()
    {
        var date = BuildDate.For(new FrontMatter(), Environment("1773446400"));

        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero), date);
    }

    [Fact]
    public void Statement_date_wins_over_source_date_epoch()
    {
        var date = BuildDate.For(new FrontMatter { Date = new DateOnly(2025, 11, 5) }, Environment("1773446400"));

        Assert.Equal(new DateTimeOffset(2025, 11, 5, 0, 0, 0, TimeSpan.Zero), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    public void Without_a_usable_source_date_epoch_an_undated_statement_has_no_date(string? value)
    {
        Assert.Null(BuildDate.For(new FrontMatter(), Environment(value)));
    }
}
