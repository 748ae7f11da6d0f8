using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Batch;

/// <summary>
/// Two statements with the same file name in different folders would write the same PDFs into one
/// output folder: refused before anything is written, naming both and how to fix it; a manifest can
/// name them apart.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
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
        Assert.StartsWith($"{second}: error: this statement and {first} have the same edition name", result.Error);
        Assert.Contains(Path.Combine(folder.Out, "statement") + ".<layout>.pdf", result.Error);
        Assert.Contains("rename one of them", result.Error);
        Assert.Contains("name them apart in a manifest", result.Error);
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
        Assert.Contains("have the same edition name", result.Error);
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
        Assert.Contains("have the same edition name", result.Error);
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

    [Fact]
    public void A_manifest_can_name_editions_apart()
    {
        using var folder = new StatementFolder();
        folder.Write("north/statement.md", BatchRunner.Statement("North"));
        folder.Write("south/statement.md", BatchRunner.Statement("South"));
        folder.Write("pamphlet.yaml", "editions:\n  - {path: north/statement.md, name: north}\n  - path: south/statement.md\n    name: south\nlayouts: [a5-pamphlet]\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(["north.a5-pamphlet.pdf", "south.a5-pamphlet.pdf"], folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Matches(@"\nnorth\s+a5-pamphlet\s+\d+", result.Output);
        Assert.Matches(@"\nsouth\s+a5-pamphlet\s+\d+", result.Output);
    }

    [Theory]
    [InlineData("{path: north/statement.md, name: a/b}", "'name' must be usable as a file name")]
    [InlineData("{path: north/statement.md, name: ''}", "'name' must be usable as a file name")]
    [InlineData("{path: '*/statement.md', name: all}", "wildcard in a folder name")]
    [InlineData("{path: 'north/*.md', name: all}", "is a pattern, so it cannot have one name")]
    [InlineData("{name: north}", "needs 'path:'")]
    [InlineData("{path: north/statement.md, title: North}", "unknown key 'title' in the edition; the keys are path, name")]
    public void Bad_edition_names_are_located(string entry, string expected)
    {
        using var folder = new StatementFolder();
        folder.Write("north/statement.md", BatchRunner.Statement("North"));
        var manifest = folder.Write("pamphlet.yaml", $"editions:\n  - {entry}\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{manifest}:2:", result.Error);
        Assert.Contains(expected, result.Error);
    }
}
