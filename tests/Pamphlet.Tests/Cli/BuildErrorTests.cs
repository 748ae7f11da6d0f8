using System.Text.RegularExpressions;
using Pamphlet.Cli;

namespace Pamphlet.Tests.Cli;

/// <summary>
/// Input the user got wrong: exit code 1, a message that names the file (and line where there is one)
/// and says what to do, and nothing written to the output folder.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class BuildErrorTests
{
    private const string Paragraph = "Hello, neighbours.\n";

    private static void AssertFailed(CliResult result, StatementFolder folder)
    {
        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void Missing_input_file_names_it_and_says_to_check_the_path()
    {
        using var folder = new StatementFolder();
        var missing = folder.PathOf("nowhere.md");

        var result = CliRunner.Build(folder, missing);

        AssertFailed(result, folder);
        Assert.Contains(missing, result.Error);
        Assert.Contains("check the path", result.Error);
    }

    [Fact]
    public void Invalid_front_matter_yaml_names_file_and_line()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("bad-front-matter.md", "---\ntitle: [unclosed\nauthor: Us\n---\n\n" + Paragraph);

        var result = CliRunner.Build(folder, statement);

        AssertFailed(result, folder);
        Assert.Matches($"^{Regex.Escape(statement)}:[1-4]: error: .*front matter", result.Error);
        Assert.Contains("key: value", result.Error);
    }

    [Fact]
    public void Unknown_layout_on_the_command_line_lists_the_available_ones()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", Paragraph);

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamflet");

        AssertFailed(result, folder);
        Assert.Contains("unknown layout 'a5-pamflet'", result.Error);
        Assert.Contains("Available: a5-pamphlet, a5-pamphlet-large-print", result.Error);
        Assert.Contains("pamphlet layouts", result.Error);
    }

    [Fact]
    public void Unknown_layout_in_the_front_matter_names_the_statement_and_line()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", "---\ntitle: T\nlayouts: [a5-pamphlet, poster-b1]\n---\n\n" + Paragraph);

        var result = CliRunner.Build(folder, statement);

        AssertFailed(result, folder);
        Assert.Matches($"^{Regex.Escape(statement)}:[1-3]: error: unknown layout 'poster-b1'", result.Error);
        Assert.Contains("Available: a5-pamphlet", result.Error);
    }

    [Fact]
    public void Invalid_layout_file_names_file_line_and_column()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", Paragraph);
        var layout = folder.Write("layouts/broken.yaml", "name: broken\ndescription: d\npage:\n  size: [A5\n");

        var result = CliRunner.Build(folder, statement, "--layout", "broken");

        AssertFailed(result, folder);
        Assert.Matches($"^{Regex.Escape(layout)}:[3-5]:\\d+: error: .*not valid YAML", result.Error);
    }

    [Fact]
    public void Invalid_value_in_a_layout_names_the_key_and_what_it_should_be()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", Paragraph);
        var layout = folder.Write("layouts/bad-margins.yaml", "extends: a5-pamphlet\npage:\n  margins: banana\n");

        var result = CliRunner.Build(folder, statement, "--layout", "bad-margins");

        AssertFailed(result, folder);
        Assert.Matches($"^{Regex.Escape(layout)}:3:\\d+: error: 'page.margins' must be a length", result.Error);
    }

    [Fact]
    public void Missing_image_names_statement_line_and_where_it_looked()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", Paragraph + "\n![The woods](woods.jpg)\n");

        var result = CliRunner.Build(folder, statement);

        AssertFailed(result, folder);
        Assert.StartsWith($"{statement}:3: error: image 'woods.jpg' not found", result.Error);
        Assert.Contains(folder.PathOf("woods.jpg"), result.Error);
        Assert.Contains("relative to the statement's folder", result.Error);
    }

    [Fact]
    public void Image_that_is_a_folder_cannot_be_read_and_is_reported()
    {
        using var folder = new StatementFolder();
        Directory.CreateDirectory(folder.PathOf("woods.jpg"));
        var statement = folder.Write("s.md", Paragraph + "\n![The woods](woods.jpg)\n");

        var result = CliRunner.Build(folder, statement);

        AssertFailed(result, folder);
        Assert.StartsWith($"{statement}:3: error: image 'woods.jpg'", result.Error);
    }

    [Fact]
    public void Jpg_that_is_really_text_is_not_an_image()
    {
        using var folder = new StatementFolder();
        folder.Write("woods.jpg", "This is a note, not a photo.\n");
        var statement = folder.Write("s.md", Paragraph + "\n![The woods](woods.jpg)\n");

        var result = CliRunner.Build(folder, statement);

        AssertFailed(result, folder);
        Assert.StartsWith($"{statement}:3: error: image 'woods.jpg' is not a JPEG or PNG file", result.Error);
        Assert.Contains("Save it as JPEG", result.Error);
    }

    [Fact]
    public void Truncated_jpeg_is_reported_with_its_line()
    {
        using var folder = new StatementFolder();
        var photo = File.ReadAllBytes(SampleFiles.Photo);
        folder.WriteBytes("woods.jpg", photo[..300]);
        var statement = folder.Write("s.md", Paragraph + "\n![The woods](woods.jpg)\n");

        var result = CliRunner.Build(folder, statement);

        AssertFailed(result, folder);
        Assert.StartsWith($"{statement}:3: error: image 'woods.jpg'", result.Error);
    }

    [Fact]
    public void Characters_no_bundled_font_can_draw_are_listed_with_code_points_and_lines()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", "We say it with a smile \U0001F600.\n\n한국어 speakers welcome.\n\nAlso 中文.\n");

        var result = CliRunner.Build(folder, statement);

        AssertFailed(result, folder);
        Assert.StartsWith($"{statement}:", result.Error);
        Assert.Contains("no bundled font can draw", result.Error);
        Assert.Contains("U+1F600 (line 1)", result.Error);
        Assert.Contains("U+D55C (line 3)", result.Error);
        Assert.Contains("U+4E2D (line 5)", result.Error);
        Assert.Contains("Replace the characters", result.Error);
    }

    [Fact]
    public void Output_folder_that_is_a_file_is_an_input_error_not_a_crash()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", Paragraph);
        var blocker = folder.Write("out", "a file where the output folder should be");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{blocker}: error: cannot use", result.Error);
        Assert.Contains("--out", result.Error);
        Assert.Equal("a file where the output folder should be", File.ReadAllText(blocker));
    }

    [Fact]
    public void One_bad_statement_does_not_stop_the_others_but_the_run_still_fails()
    {
        using var folder = new StatementFolder();
        var missing = folder.PathOf("missing.md");
        var good = folder.Write("good.md", Paragraph);

        var result = CliRunner.Run("build", missing, good, "--out", folder.Out);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains(missing, result.Error);
        Assert.True(File.Exists(Path.Combine(folder.Out, "good.a5-pamphlet.pdf")), result.ToString());
    }
}
