using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Inks;

/// <summary>Builds run the check's size rules on what they write: tiny text and hairlines from a layout are warnings at the layout.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class PrintedSizesTests
{
    [Fact]
    public void A_layout_with_tiny_captions_and_hairlines_gets_the_checks_warnings()
    {
        using var folder = new StatementFolder();
        var input = folder.Write("strike.md", "---\ntitle: Rent strike\n---\n\nWe will not pay for repairs that never come.\n");
        folder.Write("layouts/tiny.yaml", "extends: a5-pamphlet\nfooter:\n  text: {size: 4pt}\n  rule: {thickness: 0.1pt}\n");

        var result = CliRunner.Run("build", input, "--layout", "tiny", "--out", folder.Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("tiny.yaml: warning: tiny, page 2 (footer):", result.Error);
        Assert.Contains("printed smaller than 5 pt (the smallest 4 pt)", result.Error);
        Assert.Contains("tiny.yaml: warning: tiny, page 2 (footer-rule): 1 line is thinner than 0.25 pt (the thinnest 0.1 pt)", result.Error);
    }

    [Fact]
    public void The_shipped_layouts_draw_no_size_warnings()
    {
        using var folder = new StatementFolder();

        var result = CliRunner.Run("build", SampleFiles.Statement, "--layout", "a5-pamphlet", "--layout", "poster-a3", "--out", folder.Out);

        Assert.DoesNotContain("smaller than 5 pt", result.Error);
        Assert.DoesNotContain("thinner than 0.25 pt", result.Error);
    }
}
