using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Tests.EnvironmentErrors;

/// <summary>
/// Each refusal of the file system in words, from the exceptions .NET raises on Linux (an IOException
/// whose HResult is the errno; UnauthorizedAccessException with the errno inside). These run
/// everywhere, also where the situations themselves cannot be set up (see <see cref="EnvironmentErrorTests"/>).
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class FileSystemErrorTests
{
    private const string Pdf = "/print/out/statement.a5-pamphlet.pdf";
    private const string Remedy = "choose another folder with --out";

    private static string Written(Exception e) => Assert.Single(FileSystemError.WritingFile(Pdf, e, "this file", Remedy).Diagnostics).ToString();

    [Theory]
    [InlineData(28, "no space left on the device holding /print/out; free some space or choose another folder with --out")]
    [InlineData(122, "your disk quota on the device holding /print/out is used up")]
    [InlineData(30, "/print/out is on a read-only file system")]
    [InlineData(21, "/print/out/statement.a5-pamphlet.pdf is a folder; rename or remove that folder")]
    [InlineData(5, "the device holding /print/out reported an input/output error")]
    [InlineData(24, "too many files are open at once")]
    public void Errno_of_a_write_is_put_in_words(int errno, string words)
    {
        var message = Written(new IOException($"Some system words : '{Pdf}'", errno));

        Assert.StartsWith($"{Pdf}: error: cannot write this file: ", message);
        Assert.Contains(words, message);
    }

    [Fact]
    public void Permission_denied_comes_as_unauthorized_access()
    {
        var message = Written(new UnauthorizedAccessException($"Access to the path '{Pdf}' is denied.", new IOException("Permission denied", 13)));

        Assert.Contains("permission denied: this user may not create or replace files in /print/out", message);
        Assert.EndsWith(Remedy, message);
    }

    [Fact]
    public void An_unknown_errno_keeps_the_systems_words_without_repeating_the_path()
    {
        var message = Written(new IOException($"Stale file handle : '{Pdf}'", 116));

        Assert.Equal($"{Pdf}: error: cannot write this file: Stale file handle; {Remedy}", message);
    }

    [Fact]
    public void A_file_in_the_way_of_the_output_folder_is_named()
    {
        var root = Directory.CreateTempSubdirectory("pamphlet-in-the-way-").FullName;
        try
        {
            var file = Path.Combine(root, "campaign");
            File.WriteAllText(file, "not a folder");
            var folder = Path.Combine(file, "out");

            var message = Assert.Single(FileSystemError.WritingInFolder(folder, new DirectoryNotFoundException("Could not find a part of the path."), "the output folder", Remedy).Diagnostics).ToString();

            Assert.Equal($"{folder}: error: cannot use the output folder: {file} is a file, not a folder; rename or remove it, or {Remedy}", message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_folder_that_cannot_be_read_says_permission_denied()
    {
        var message = Assert.Single(FileSystemError.ReadingFolder("/campaign/statements", new UnauthorizedAccessException("denied"), "the folder of statements").Diagnostics).ToString();

        Assert.StartsWith("/campaign/statements: error: cannot read the folder of statements: permission denied", message);
    }

    [Fact]
    public void Only_file_system_exceptions_are_refusals()
    {
        Assert.True(FileSystemError.IsFileSystemRefusal(new IOException("x", 28)));
        Assert.True(FileSystemError.IsFileSystemRefusal(new UnauthorizedAccessException()));
        Assert.False(FileSystemError.IsFileSystemRefusal(new InvalidOperationException()));
        Assert.False(FileSystemError.IsFileSystemRefusal(new ArgumentException()));
    }
}
