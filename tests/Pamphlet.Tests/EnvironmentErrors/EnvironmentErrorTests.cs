using System.Runtime.Versioning;
using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.EnvironmentErrors;

/// <summary>
/// The machine said no (disk full, read-only, no permission, something in the way): exit 1 with the
/// path and the reason in words and what to do, never a stack trace (exit 70 is for bugs), and no
/// temporary file left behind.
/// </summary>
[SupportedOSPlatform("linux")]
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class EnvironmentErrorTests
{
    private const string Statement = "---\ntitle: Save the Library\n---\n\nThe library stays open.\n";

    private static void AssertEnvironmentError(CliResult result, string path, string reason)
    {
        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains($"{path}", result.Error);
        Assert.Contains(reason, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("internal error", result.Error);
    }

    private static IEnumerable<string> TemporaryFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)) : [];

    [Fact]
    public void A_folder_with_the_pdfs_name_is_named_and_left_alone()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("statement.md", Statement);
        var inTheWay = Path.Combine(folder.Out, "statement.a5-pamphlet.pdf");
        Directory.CreateDirectory(inTheWay);

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet");

        AssertEnvironmentError(result, inTheWay, "is a folder");
        Assert.Contains("--out", result.Error);
        Assert.True(Directory.Exists(inTheWay));
        Assert.Empty(TemporaryFiles(folder.Out));
    }

    [Fact]
    public void Proc_as_the_output_folder_does_not_accept_files()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("statement.md", Statement);

        var result = CliRunner.Run("build", statement, "--out", "/proc", "--layout", "a5-pamphlet");

        AssertEnvironmentError(result, "/proc", "does not accept new files");
    }

    [Fact]
    public void A_file_where_a_folder_of_the_output_path_should_be_is_named()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("statement.md", Statement);
        var file = folder.Write("campaign", "a file, not a folder");

        var result = CliRunner.Run("build", statement, "--out", Path.Combine(file, "out"), "--layout", "a5-pamphlet");

        AssertEnvironmentError(result, file, "is a file, not a folder");
        Assert.Equal("a file, not a folder", File.ReadAllText(file));
    }

    [UnwritableFolderFact]
    public void Output_folder_without_write_permission_says_permission_denied()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("statement.md", Statement);
        using var unwritable = new UnwritableFolder(folder.Out);

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet");

        AssertEnvironmentError(result, folder.Out, "permission denied");
        Assert.Contains("--out", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Out));
    }

    [UnwritableFolderFact]
    public void A_batch_into_an_unwritable_folder_says_so_once_and_lists_every_edition_as_failed()
    {
        using var folder = new StatementFolder();
        string[] statements = [.. new[] { "en", "es", "fr" }.Select(n => folder.Write($"{n}.md", Statement))];
        using var unwritable = new UnwritableFolder(folder.Out);

        var result = CliRunner.Run(["build", .. statements, "--out", folder.Out, "--layout", "a5-pamphlet"]);

        AssertEnvironmentError(result, folder.Out, "permission denied");
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("0 of 3 editions built", result.Output);
    }

    [NotRootFact]
    public void Input_folder_that_cannot_be_read_says_permission_denied()
    {
        using var folder = new StatementFolder();
        folder.Write("statements/en.md", Statement);
        var statements = folder.PathOf("statements");
        File.SetUnixFileMode(statements, UnixFileMode.None);
        try
        {
            var result = CliRunner.Run("build", statements, "--out", folder.Out);

            AssertEnvironmentError(result, statements, "permission denied");
        }
        finally
        {
            File.SetUnixFileMode(statements, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [MountFact]
    public void Full_disk_says_no_space_left_and_leaves_no_temporary_file()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("statement.md", Statement);
        // One page (tmpfs rounds up to it) holds the folder and an empty file, not a PDF with its fonts.
        using var disk = new SmallFileSystem("size=4k");

        var result = CliRunner.Run("build", statement, "--out", disk.Root, "--layout", "a5-pamphlet");

        AssertEnvironmentError(result, disk.Root, "no space left on the device holding");
        Assert.Contains("free some space", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(disk.Root));
    }

    [MountFact]
    public void Read_only_file_system_says_so()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("statement.md", Statement);
        using var disk = new SmallFileSystem("ro,size=4k");

        var result = CliRunner.Run("build", statement, "--out", disk.Root, "--layout", "a5-pamphlet");

        AssertEnvironmentError(result, disk.Root, "read-only file system");
    }
}
