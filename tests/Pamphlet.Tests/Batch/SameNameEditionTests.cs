using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Batch;

/// <summary>
/// Two statements with the same file name in different folders would write the same PDFs into one
/// output folder: refused before anything is written, naming both and how to fix it.
/// </summary>
public sealed class SameNameEditionTests
{
    [Fact]
    public void Two_statements_that_would_write_the_same_pdf_are_refused_before_anything_is_written()
    {
        using var folder = new StatementFolder();
        var first = folder.Write("a/statement.md", BatchRunner.Statement("A"));
        var second = folder.Write("b/statement.md", BatchRunner.Statement("B"));

        var result = BatchRunner.Run(folder.Root, "build", first, second, "--out", folder.Out, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{second}: error: this statement and {first} have the same name", result.Error);
        Assert.Contains(Path.Combine(folder.Out, "statement") + ".<layout>.pdf", result.Error);
        Assert.Contains("rename one of them", result.Error);
        Assert.Contains("--out", result.Error);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void Names_that_differ_only_in_case_are_refused_too()
    {
        // A USB stick or a Mac would keep only one of Statement.… and statement.…
        using var folder = new StatementFolder();
        var first = folder.Write("a/Statement.md", BatchRunner.Statement("A"));
        var second = folder.Write("b/statement.md", BatchRunner.Statement("B"));

        var result = BatchRunner.Run(folder.Root, "build", first, second, "--out", folder.Out, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains("have the same name", result.Error);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void Manifest_editions_with_the_same_name_are_refused()
    {
        using var folder = new StatementFolder();
        folder.Write("north/statement.md", BatchRunner.Statement("North"));
        folder.Write("south/statement.md", BatchRunner.Statement("South"));
        folder.Write("pamphlet.yaml", "editions: [north/statement.md, south/statement.md]\nlayouts: [a5-pamphlet]\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains("have the same name", result.Error);
        Assert.False(Directory.Exists(folder.Out));
    }

    [Fact]
    public void The_same_statement_named_twice_is_built_once()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("statements/en.md", BatchRunner.Statement("English"));

        var result = BatchRunner.Run(folder.Root, "build", statement, folder.PathOf("statements"), "--out", folder.Out, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
