using System.Text.Json;
using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Preflight;

/// <summary><c>pamphlet check</c> on the command line: reports, exit codes, errors naming files, JSON.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class CheckCommandTests : IDisposable
{
    private readonly StatementFolder folder = new();

    private string Bad() => folder.WriteBytes("bad.pdf", RawDocuments.Build(
        [new RawPage("BT /F1 10 Tf 0 0 0 rg (Hello) Tj ET", "/Font <</F1 {0} 0 R>>", RawPage.NoTrim)],
        pdf => [RawDocuments.UnembeddedHelvetica(pdf)]));

    private string Good() => folder.WriteBytes("good.pdf", RawDocuments.Build(new RawPage("0 g 0 0 10 10 re f")));

    [Fact]
    public void A_clean_file_says_so_and_exits_0()
    {
        var good = Good();
        var result = CliRunner.Run("check", good);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.StartsWith($"{good}: PDF 1.7, 1 page, checked for --ink color\n  page 1: trim 105 × 148 mm, bleed 3 mm, media 111 × 154 mm; fills in DeviceGray;", result.Output, StringComparison.Ordinal);
        Assert.EndsWith($"{good}: no problems for --ink color\n", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Errors_are_lines_naming_file_and_page_and_exit_1()
    {
        var bad = Bad();
        var result = CliRunner.Run("check", bad);
        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.Contains($"{bad}: page 1: error: font Helvetica (Type1) is not embedded", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{bad}: page 1: warning: black text made of more than black ink: 5 glyphs in DeviceRGB", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{bad}: page 1: warning: has no TrimBox", result.Output, StringComparison.Ordinal);
        Assert.EndsWith($"{bad}: 1 error, 2 warnings for --ink color\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        var result = CliRunner.Run("check", folder.WriteBytes("plain.pdf", RawDocuments.Build(new RawPage("0 g 0 0 10 10 re f", Boxes: RawPage.NoTrim))));
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("1 warning", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_an_error_naming_it_and_the_others_are_still_checked()
    {
        var notes = folder.Write("notes.md", "# Not a PDF\n");
        var good = Good();
        var result = CliRunner.Run("check", notes, good);
        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.StartsWith($"{notes}: error: is not a PDF", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{good}: no problems for --ink color", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(notes, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var missing = folder.PathOf("missing.pdf");
        var result = CliRunner.Run("check", missing);
        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.StartsWith($"{missing}: error: cannot read this PDF: it does not exist", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ink", "purple")]
    [InlineData("--ink", "riso:black,black")]
    [InlineData("--bogus", "x")]
    public void A_wrong_command_line_is_a_usage_error(string option, string value)
    {
        var result = CliRunner.Run("check", Good(), option, value);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Without_files_it_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("check").ExitCode);
    }

    [Fact]
    public void Json_is_one_document_with_facts_and_findings_per_file()
    {
        var bad = Bad();
        var notes = folder.Write("notes.md", "# Not a PDF\n");
        var result = CliRunner.Run("check", bad, notes, "--json", "--ink", "cmyk");
        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("cmyk", root.GetProperty("ink").GetString());
        var files = root.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        var first = files[0];
        Assert.Equal(bad, first.GetProperty("file").GetString());
        var findings = first.GetProperty("findings").EnumerateArray().ToList();
        var font = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "font-not-embedded");
        Assert.Equal(1, font.GetProperty("page").GetInt32());
        Assert.Equal("Error", font.GetProperty("severity").GetString());
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "pdfx-id" && f.GetProperty("page").ValueKind == JsonValueKind.Null);
        var page = first.GetProperty("facts").GetProperty("pages")[0];
        Assert.Equal("Helvetica", page.GetProperty("fonts")[0].GetProperty("name").GetString());
        Assert.False(page.GetProperty("fonts")[0].GetProperty("embedded").GetBoolean());
        Assert.Equal("DeviceRGB", page.GetProperty("paints")[0].GetProperty("space").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        Assert.Contains("is not a PDF", files[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, files[1].GetProperty("facts").ValueKind);
        Assert.Equal(first.GetProperty("errors").GetInt32() + 1, root.GetProperty("errors").GetInt32());
    }

    public void Dispose() => folder.Dispose();
}
