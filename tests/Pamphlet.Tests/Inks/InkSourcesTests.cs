using Pamphlet.Tests.Cli;
using Pamphlet.Tests.Pdf;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Inks;

/// <summary>Where the ink comes from: --ink, the manifest, the statement's front matter, the layout; in that order.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class InkSourcesTests
{
    private const string Statement = "---\ntitle: Rent strike\n{0}---\n\nWe will not pay for repairs that never come.\n";

    private static List<string> Operators(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.Operators())];
    }

    private static bool IsGrayOnly(string pdf) => Operators(pdf).All(o => o is not ("rg" or "RG" or "k" or "K" or "scn" or "SCN"));

    private static bool HasSeparations(string pdf) => Operators(pdf).Contains("scn");

    [Fact]
    public void The_statement_chooses_its_ink_and_the_command_line_wins()
    {
        using var folder = new StatementFolder();
        var input = folder.Write("strike.md", string.Format(Statement, "ink: riso:black,red\n"));

        Assert.Equal(0, CliRunner.Run("build", input, "--layout", "a5-pamphlet", "--out", folder.Out).ExitCode);
        Assert.True(HasSeparations(Path.Combine(folder.Out, "strike.a5-pamphlet.pdf")));

        Assert.Equal(0, CliRunner.Run("build", input, "--layout", "a5-pamphlet", "--ink", "black", "--out", folder.Out).ExitCode);
        Assert.True(IsGrayOnly(Path.Combine(folder.Out, "strike.a5-pamphlet.pdf")));
    }

    [Fact]
    public void An_unknown_ink_in_the_statement_is_an_error_at_its_line()
    {
        using var folder = new StatementFolder();
        var input = folder.Write("strike.md", string.Format(Statement, "ink: glitter\n"));

        var result = CliRunner.Run("build", input, "--layout", "a5-pamphlet", "--out", folder.Out);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("strike.md:3: error: 'ink': unknown ink \"glitter\"", result.Error);
    }

    [Fact]
    public void An_unknown_ink_on_the_command_line_is_a_usage_error()
    {
        using var folder = new StatementFolder();
        var input = folder.Write("strike.md", string.Format(Statement, ""));

        var result = CliRunner.Run("build", input, "--ink", "riso:black,glitter", "--out", folder.Out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown risograph ink \"glitter\"", result.Error);
    }

    [Fact]
    public void A_riso_layout_prints_with_its_own_ink_and_the_manifest_overrides_it()
    {
        using var folder = new StatementFolder();
        folder.Write("strike.md", string.Format(Statement, ""));
        var manifest = folder.Write("pamphlet.yaml", "editions: [strike.md]\nlayouts: [a5-pamphlet-riso]\nout: out\n");

        Assert.Equal(0, CliRunner.Run("build", "--manifest", manifest).ExitCode);
        Assert.True(HasSeparations(Path.Combine(folder.Out, "strike.a5-pamphlet-riso.pdf")));

        folder.Write("pamphlet.yaml", "editions: [strike.md]\nlayouts: [a5-pamphlet-riso]\nout: out\noptions: {ink: black}\n");
        Assert.Equal(0, CliRunner.Run("build", "--manifest", manifest).ExitCode);
        Assert.True(IsGrayOnly(Path.Combine(folder.Out, "strike.a5-pamphlet-riso.pdf")));
    }

    [Fact]
    public void Inks_lists_every_choice_and_the_risograph_inks()
    {
        var result = CliRunner.Run("inks");

        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "color", "black", "cmyk", "riso:INK,INK", "fluorescent-pink", "medium-blue" }) Assert.Contains(name, result.Output);
    }
}
