using System.Text.RegularExpressions;
using Pamphlet.Cli;

namespace Pamphlet.Tests.Cli;

/// <summary>Markdown nested too deep or left unclosed is the user's to fix: exit code 1 with the line, never an internal error.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class NestingErrorTests
{
    [Theory]
    [InlineData(130, "nested more than 8 levels")]
    [InlineData(9, "nested more than 8 levels")]
    public void Quotes_nested_too_deep_exit_1_at_their_line(int depth, string message)
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("deep.md", "Intro.\n\n" + new string('>', depth) + " Deep.\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Matches($"^{Regex.Escape(statement)}:3: error: .*{message}", result.Error);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void An_unclosed_block_exits_1_at_its_opening_line()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("open.md", "Intro.\n\n::: slogan\nOurs.\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Matches($"^{Regex.Escape(statement)}:3: error: .*add a line ':::'", result.Error);
    }
}
