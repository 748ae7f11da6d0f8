using System.Text.RegularExpressions;
using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Batch;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class ManifestTests
{
    [Fact]
    public void Build_with_no_input_builds_what_pamphlet_yaml_lists()
    {
        using var folder = new StatementFolder();
        folder.Write("statements/en.md", BatchRunner.Statement("English"));
        folder.Write("statements/es.md", BatchRunner.Statement("Spanish"));
        folder.Write("pamphlet.yaml", "editions: [statements/*.md]\nlayouts: [a5-pamphlet]\nout: built\noptions: {marks: false, no-bleed: true}\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var built = Directory.GetFiles(folder.PathOf("built")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["en.a5-pamphlet.pdf", "es.a5-pamphlet.pdf"], built);
        Assert.True(result.Output.IndexOf("en.a5-pamphlet", StringComparison.Ordinal) < result.Output.IndexOf("es.a5-pamphlet", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_on_the_command_line_wins_over_the_manifest()
    {
        using var folder = new StatementFolder();
        folder.Write("en.md", BatchRunner.Statement("English"));
        var manifest = folder.Write("pamphlet.yaml", "editions: [en.md]\nlayouts: [a5-pamphlet]\nout: built\n");

        var result = BatchRunner.Run(folder.Root, "build", "--manifest", manifest, "--out", folder.Out);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Out, "en.a5-pamphlet.pdf")), result.ToString());
        Assert.False(Directory.Exists(folder.PathOf("built")));
    }

    [Fact]
    public void Unknown_key_is_reported_with_its_line_and_column_and_the_keys_there_are()
    {
        using var folder = new StatementFolder();
        folder.Write("en.md", BatchRunner.Statement("English"));
        var manifest = folder.Write("pamphlet.yaml", "editions: [en.md]\nlayout: [a5-pamphlet]\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{manifest}:2:1: error: unknown key 'layout'", result.Error);
        Assert.Contains("editions, layouts, out, options", result.Error);
    }

    [Fact]
    public void Unknown_option_and_bad_values_are_located()
    {
        using var folder = new StatementFolder();
        folder.Write("en.md", BatchRunner.Statement("English"));
        var manifest = folder.Write("pamphlet.yaml", "editions: [en.md]\noptions:\n  pages: fit4\n  impose: fold\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{manifest}:4:11: error: 'options.impose' is 'fold'", result.Error);
        Assert.Contains("saddle, 2up or tile", result.Error);
    }

    [Fact]
    public void A_press_sheet_in_the_manifest_imposes_on_it()
    {
        using var folder = new StatementFolder();
        folder.Write("en.md", BatchRunner.Statement("English"));
        folder.Write("pamphlet.yaml", "editions: [en.md]\nlayouts: [a5-pamphlet]\nout: built\noptions: {impose: 2up, sheet: SRA3}\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(folder.PathOf("built/en.a5-pamphlet.2up.pdf"));
        Assert.Equal(450 * 72 / 25.4, pdf.GetPage(1).Width, 0.01);
    }

    [Theory]
    [InlineData("{impose: saddle, sheet: B5}", "'options.sheet' is 'B5', not a press sheet")]
    [InlineData("{impose: tile, sheet: SRA3}", "'options.sheet' only applies with impose: saddle or impose: 2up")]
    [InlineData("{sheet: SRA3}", "'options.sheet' only applies with impose: saddle or impose: 2up")]
    public void Bad_sheet_options_are_located(string options, string message)
    {
        using var folder = new StatementFolder();
        folder.Write("en.md", BatchRunner.Statement("English"));
        var manifest = folder.Write("pamphlet.yaml", $"editions: [en.md]\noptions: {options}\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{manifest}:2:", result.Error);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Empty_out_is_located()
    {
        using var folder = new StatementFolder();
        folder.Write("en.md", BatchRunner.Statement("English"));
        var manifest = folder.Write("pamphlet.yaml", "editions: [en.md]\nout: \"\"\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{manifest}:2:6: error: 'out' is empty; write a folder name", result.Error);
    }

    [Fact]
    public void Manifest_given_that_does_not_exist_is_named_with_the_reason()
    {
        using var folder = new StatementFolder();
        var missing = folder.PathOf("campaign.yaml");

        var result = BatchRunner.Run(folder.Root, "build", "--manifest", missing);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Equal($"{missing}: error: cannot read the manifest: it does not exist; check the path\n", result.Error);
    }

    [Fact]
    public void Manifest_given_as_a_folder_is_named_with_the_reason()
    {
        using var folder = new StatementFolder();

        var result = BatchRunner.Run(folder.Root, "build", "--manifest", folder.Root);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Equal($"{folder.Root}: error: cannot read the manifest: it is a folder, not a file; name a file in it\n", result.Error);
    }

    [Fact]
    public void Edition_pattern_matching_nothing_is_an_error_at_its_line()
    {
        using var folder = new StatementFolder();
        var manifest = folder.Write("pamphlet.yaml", "editions:\n  - statements/*.md\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Matches($"^{Regex.Escape(manifest)}:2:5: error: 'statements/\\*.md' matches no statement", result.Error);
    }

    [Fact]
    public void Invalid_yaml_is_located()
    {
        using var folder = new StatementFolder();
        var manifest = folder.Write("pamphlet.yaml", "editions: [en.md\nlayouts: [a5-pamphlet]\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Matches($"^{Regex.Escape(manifest)}:\\d+:\\d+: error: the manifest is not valid YAML", result.Error);
    }

    [Fact]
    public void No_input_and_no_manifest_is_a_usage_error_saying_what_to_do()
    {
        using var folder = new StatementFolder();

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("name a statement", result.Error);
        Assert.Contains("pamphlet.yaml", result.Error);
        Assert.Empty(folder.OutputFiles());
    }
}
