using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;

namespace Pamphlet.Tests.Cli;

/// <summary>A failed build leaves no PDF and no temporary file, and never replaces a good PDF.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class AtomicOutputTests
{
    private const string Good = "---\ntitle: Save the Library\n---\n\nThe library stays open.\n";
    private const string UndrawableCharacter = "---\ntitle: Save the Library\n---\n\nThe library stays open \U0001F600.\n";

    [Fact]
    public void Failed_build_leaves_nothing_in_the_output_folder()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", UndrawableCharacter);

        var result = CliRunner.Build(folder, statement);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void Failed_build_does_not_replace_the_good_pdf_of_the_same_name()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("library.md", Good);
        Assert.Equal(0, CliRunner.Build(folder, statement).ExitCode);
        // The default build writes the pamphlet and the poster; neither may be touched by a failed build.
        var pdfs = new[] { "library.a5-pamphlet.pdf", "library.poster-a3.pdf" }.Select(f => Path.Combine(folder.Out, f)).ToArray();
        var good = pdfs.Select(File.ReadAllBytes).ToArray();

        folder.Write("library.md", UndrawableCharacter);
        var result = CliRunner.Build(folder, statement);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(good, pdfs.Select(File.ReadAllBytes).ToArray());
        Assert.Equal(pdfs, folder.OutputFiles());
    }

    [Fact]
    public void Failure_while_the_pdf_is_being_written_keeps_the_good_pdf_and_removes_the_temporary_file()
    {
        // A JPEG cut short after its header passes composition and fails in the renderer, i.e. inside
        // the atomic write: the one failure that happens after the temporary file exists.
        using var folder = new StatementFolder();
        folder.CopyTestData("red-8x6.png", "photo.jpg");
        var statement = folder.Write("library.md", Good + "\n![The reading room](photo.jpg)\n");
        Assert.Equal(0, CliRunner.Build(folder, statement).ExitCode);
        var pdfs = new[] { "library.a5-pamphlet.pdf", "library.poster-a3.pdf" }.Select(f => Path.Combine(folder.Out, f)).ToArray();
        var good = pdfs.Select(File.ReadAllBytes).ToArray();

        folder.WriteBytes("photo.jpg", File.ReadAllBytes(SampleFiles.Photo)[..300]);
        var result = CliRunner.Build(folder, statement);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(good, pdfs.Select(File.ReadAllBytes).ToArray());
        Assert.Equal(pdfs, folder.OutputFiles());
    }

    [Fact]
    public void Atomic_write_that_throws_midway_leaves_the_old_file_and_no_temporary()
    {
        using var folder = new StatementFolder();
        var target = folder.Write("out/file.pdf", "old and good");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("half of a new"u8);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("old and good", File.ReadAllText(target));
        Assert.Equal([target], folder.OutputFiles());
    }

    [Fact]
    public void Atomic_write_replaces_the_old_file_when_it_succeeds()
    {
        using var folder = new StatementFolder();
        var target = folder.Write("out/file.pdf", "old");

        AtomicFile.Write(target, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal([target], folder.OutputFiles());
    }

    [Fact]
    public void Background_write_is_in_place_once_completed_and_leaves_no_temporary()
    {
        using var folder = new StatementFolder();
        var target = folder.Write("out/file.pdf", "old");

        var commit = AtomicFile.WriteInBackground(target, stream => stream.Write("new"u8));
        commit.Complete();

        Assert.True(commit.IsInPlace);
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal([target], folder.OutputFiles());
    }

    [Fact]
    public void Background_write_that_cannot_be_moved_into_place_fails_on_completion_naming_the_file()
    {
        // A folder where the file should go: the bytes are written, the move over it fails.
        using var folder = new StatementFolder();
        var target = Path.Combine(folder.Out, "file.pdf");
        Directory.CreateDirectory(Path.Combine(target, "in-the-way"));

        var commit = AtomicFile.WriteInBackground(target, stream => stream.Write("new"u8));
        var error = Assert.Throws<PamphletException>(commit.Complete);

        Assert.Contains("file.pdf", error.Message);
        Assert.True(Directory.Exists(target));
        Assert.Empty(Directory.EnumerateFiles(folder.Out));
    }
}

