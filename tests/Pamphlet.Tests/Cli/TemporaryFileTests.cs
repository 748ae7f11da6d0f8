using System.Diagnostics;
using Pamphlet.Engine;

namespace Pamphlet.Tests.Cli;

/// <summary>
/// Temporary files: made only once a file's bytes are ready, named so that a later build recognises
/// them, and removed by that build only when the build that made them is no longer running.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class TemporaryFileTests
{
    private const string Statement = "---\ntitle: Save the Library\n---\n\nThe library stays open.\n";

    /// <summary>A temporary name as a build with process id <paramref name="owner"/> makes it.</summary>
    private static string TemporaryName(string output, int owner) => $".{output}.pamphlet-{owner}-{Guid.NewGuid():N}.tmp";

    /// <summary>The id of a process that has come and gone.</summary>
    private static int FinishedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void A_temporary_file_left_by_a_build_no_longer_running_is_removed_by_the_next_build()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        var leftover = folder.Write($"out/{TemporaryName("library.a5-pamphlet.pdf", FinishedProcessId())}", "");

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(leftover), "the dead build's temporary file should be gone");
        Assert.Equal([Path.Combine(folder.Out, "library.a5-pamphlet.pdf")], folder.OutputFiles());
    }

    [Fact]
    public void A_temporary_file_of_a_build_still_running_is_left_alone()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        // This test process stands for another build writing into the same folder right now.
        var writing = folder.Write($"out/{TemporaryName("library.poster-a3.pdf", Environment.ProcessId)}", "half a poster");

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("half a poster", File.ReadAllText(writing));
    }

    [Fact]
    public void Hidden_files_that_are_not_ours_are_left_alone()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Statement);
        string[] others =
        [
            folder.Write("out/.notes.tmp", "mine"),
            folder.Write($"out/.library.pdf.{FinishedProcessId()}.tmp", "another tool's"),
            folder.Write($"out/library.pdf.pamphlet-{FinishedProcessId()}-{Guid.NewGuid():N}.tmp", "not hidden"),
        ];

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(others, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void No_temporary_file_exists_while_the_content_is_being_made()
    {
        using var folder = new StatementFolder();
        var target = folder.PathOf("out/file.pdf");
        Directory.CreateDirectory(folder.Out);
        var seen = new List<string>();

        AtomicFile.Write(target, stream =>
        {
            seen.AddRange(Directory.GetFiles(folder.Out));
            stream.Write("new"u8);
        });

        Assert.Empty(seen);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Theory]
    [InlineData(".statement.a5-pamphlet.pdf.pamphlet-1234-0123456789abcdef0123456789abcdef.tmp", 1234)]
    [InlineData(".x.pdf.pamphlet-7-ffffffffffffffffffffffffffffffff.tmp", 7)]
    [InlineData(".statement.a5-pamphlet.pdf.1234.0123456789abcdef0123456789abcdef.tmp", null)]
    [InlineData("statement.pdf.pamphlet-1234-0123456789abcdef0123456789abcdef.tmp", null)]
    [InlineData(".statement.pdf.pamphlet-1234-0123456789abcdef.tmp", null)]
    [InlineData(".statement.pdf.pamphlet-1234-0123456789abcdef0123456789abcdef.tmp\n", null)]
    [InlineData(".statement.pdf.pamphlet-99999999999-0123456789abcdef0123456789abcdef.tmp", null)]
    public void Temporary_names_are_recognised_with_their_owner(string name, int? owner)
    {
        Assert.Equal(owner, TemporaryFiles.OwnerOf(name));
    }

    [Fact]
    public void The_name_made_for_a_file_is_recognised_as_this_processs()
    {
        var name = Path.GetFileName(TemporaryFiles.NameFor("/tmp/out/statement.a5-pamphlet.pdf", Environment.ProcessId));

        Assert.Equal(Environment.ProcessId, TemporaryFiles.OwnerOf(name));
        Assert.StartsWith(".statement.a5-pamphlet.pdf.", name);
    }
}
