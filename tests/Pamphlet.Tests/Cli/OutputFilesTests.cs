using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;

namespace Pamphlet.Tests.Cli;

/// <summary>A build's files are reported in the order they were made, each once it is in place.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class OutputFilesTests
{
    private static BuiltFile File(string name) => new(name, "a5-pamphlet", 1, TimeSpan.Zero);

    [Fact]
    public void A_file_still_being_flushed_holds_back_the_reports_of_the_files_after_it()
    {
        var reported = new List<string>();
        var files = new OutputFiles(file => reported.Add(file.Path));
        var flushing = new TaskCompletionSource();

        files.Add(File("first.pdf"));
        files.Add(File("second.pdf"), new FileCommit(flushing.Task));
        files.Add(File("third.png"));
        Assert.Equal(["first.pdf"], reported);

        flushing.SetResult();
        var all = files.Complete();

        Assert.Equal(["first.pdf", "second.pdf", "third.png"], reported);
        Assert.Equal(reported, all.Select(f => f.Path));
    }

    [Fact]
    public void Completing_throws_the_failure_of_a_file_that_did_not_get_into_place()
    {
        var reported = new List<string>();
        var files = new OutputFiles(file => reported.Add(file.Path));
        files.Add(File("first.pdf"), new FileCommit(Task.FromException(new PamphletException(SourceLocation.None("first.pdf"), "cannot write this file"))));

        Assert.Throws<PamphletException>(() => files.Complete());
        Assert.Empty(reported);
    }

    [Fact]
    public void After_a_failed_build_the_files_made_before_it_still_land_and_are_reported()
    {
        var reported = new List<string>();
        var files = new OutputFiles(file => reported.Add(file.Path));
        var failed = new FileCommit(Task.FromException(new PamphletException(SourceLocation.None("first.pdf"), "cannot write this file")));
        var flushing = new TaskCompletionSource();
        files.Add(File("first.pdf"), failed);
        files.Add(File("second.pdf"), new FileCommit(flushing.Task));

        flushing.SetResult();
        files.CompleteAfterFailure();

        Assert.Equal(["second.pdf"], reported);
    }
}
