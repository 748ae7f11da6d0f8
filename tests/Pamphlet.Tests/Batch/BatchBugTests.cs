using System.Text.Json;
using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Batch;

/// <summary>
/// A bug in Pamphlet while building one edition of a batch: that edition is reported with the bug
/// (exit 70, the stack trace on stderr for the report), the others are built, and the summary and
/// the JSON report are complete.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class BatchBugTests
{
    /// <summary>Builds as usual, except that the edition named <paramref name="victim"/> throws as a bug would.</summary>
    private static CliContext WithBugIn(string workingDirectory, string victim) => new(workingDirectory, Interactive: false)
    {
        EditionBuild = build => (request, written, warned) =>
            request.Edition == victim
                ? throw new InvalidOperationException("a bug planted by the test")
                : build(request, written, warned),
    };

    private static CliResult Run(CliContext context, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = PamphletCli.Run(args, output, error, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_other_editions_are_built_and_the_summary_names_the_one_with_the_bug()
    {
        using var folder = new StatementFolder();
        var en = folder.Write("en.md", BatchRunner.Statement("English"));
        var es = folder.Write("es.md", BatchRunner.Statement("Spanish"));
        var fr = folder.Write("fr.md", BatchRunner.Statement("French"));

        var result = Run(WithBugIn(folder.Root, "es"), "build", en, es, fr, "--out", folder.Out, "--layout", "a5-pamphlet", "--jobs", "1");

        Assert.True(result.ExitCode == ExitCodes.InternalError, result.ToString());
        Assert.Equal(["en.a5-pamphlet.pdf", "fr.a5-pamphlet.pdf"], folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Matches(@"\nes\s+-\s+-\s+\S+ s\s+failed: internal error\n", result.Output);
        Assert.Contains("2 of 3 editions built", result.Output);
        Assert.StartsWith($"{es}: error: internal error (a bug in Pamphlet)", result.Error);
        Assert.Contains("a bug planted by the test", result.Error);
        Assert.Contains($"while building {es}; please report it", result.Error);
        Assert.Contains("at Pamphlet.Tests.Batch.BatchBugTests", result.Error);
    }

    [Fact]
    public void The_json_report_is_complete_and_holds_the_bug_as_an_error_of_its_edition()
    {
        using var folder = new StatementFolder();
        var en = folder.Write("en.md", BatchRunner.Statement("English"));
        var es = folder.Write("es.md", BatchRunner.Statement("Spanish"));

        var result = Run(WithBugIn(folder.Root, "en"), "build", en, es, "--out", folder.Out, "--layout", "a5-pamphlet", "--json");

        Assert.True(result.ExitCode == ExitCodes.InternalError, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("es", file.GetProperty("edition").GetString());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(en, error.GetProperty("file").GetString());
        Assert.Contains("internal error", error.GetProperty("message").GetString());
    }

    [Fact]
    public void A_bug_outweighs_an_input_error_in_the_exit_code()
    {
        using var folder = new StatementFolder();
        var en = folder.Write("en.md", BatchRunner.Statement("English"));
        var broken = folder.Write("es.md", BatchRunner.Broken);

        var result = Run(WithBugIn(folder.Root, "en"), "build", en, broken, "--out", folder.Out, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == ExitCodes.InternalError, result.ToString());
        Assert.Contains($"{broken}:", result.Error);
        Assert.Contains("0 of 2 editions built", result.Output);
    }
}
