using Pamphlet.Engine.Watching;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Watching;

/// <summary>
/// The file system's events as editors cause them, in a real temporary folder: a write, a save by
/// renaming a new file over the old one, a delete and the file's return, a burst of saves. The quiet
/// time is the test's (<see cref="ManualDelay"/>); waits are for events to arrive, never timed.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class FolderWatchTests : IDisposable
{
    private readonly StatementFolder folder = new();
    private readonly ManualDelay delay = new();
    private readonly FileWatch watch;
    private readonly string statement;

    public FolderWatchTests()
    {
        statement = folder.Write("statement.md", "The library stays open.\n");
        watch = new FileWatch(FileWatch.DefaultQuiet, delay.Delay);
        watch.Watch([folder.Root], path => path == statement || Path.GetDirectoryName(path) == folder.PathOf("layouts"));
    }

    private Task<IReadOnlySet<string>> Next() => delay.EndWaitsUntil(watch.NextAsync(CancellationToken.None).WaitAsync(ManualDelay.HangGuard));

    [Fact]
    public async Task A_write_is_a_change()
    {
        File.AppendAllText(statement, "And it stays ours.\n");

        Assert.Contains(statement, await Next());
    }

    [Fact]
    public async Task A_save_by_renaming_a_new_file_over_the_old_one_is_a_change()
    {
        // As vim and VS Code save: write the whole text beside it, then rename it into place.
        var temporary = folder.Write(".statement.md.tmp", "The library stays open, and ours.\n");
        File.Move(temporary, statement, overwrite: true);

        var batch = await Next();

        Assert.Equal([statement], batch);
    }

    [Fact]
    public async Task A_deleted_file_is_a_change_and_so_is_its_return()
    {
        File.Delete(statement);
        Assert.Contains(statement, await Next());

        folder.Write("statement.md", "The library stays open.\n");
        Assert.Contains(statement, await Next());
    }

    [Fact]
    public async Task A_burst_of_saves_is_one_batch()
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var marker = folder.PathOf("zz-after-the-burst");
        watch.Seen += path =>
        {
            if (path == marker) seen.TrySetResult();
        };
        var batch = watch.NextAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++) File.WriteAllText(statement, $"Save {i}.\n");
        // One folder's events arrive in order: once the marker's is seen, every save's has been.
        File.WriteAllText(marker, "");
        await seen.Task.WaitAsync(ManualDelay.HangGuard);

        Assert.Equal([statement], await delay.EndWaitsUntil(batch));
        Assert.False(watch.HasPending);
    }

    [Fact]
    public async Task A_new_file_in_the_layouts_folder_is_a_change()
    {
        Directory.CreateDirectory(folder.PathOf("layouts"));
        watch.Watch([folder.Root, folder.PathOf("layouts")], path => Path.GetDirectoryName(path) == folder.PathOf("layouts"));

        var layout = folder.Write("layouts/a5-pamphlet.yaml", "extends: a5-pamphlet\n");

        Assert.Contains(layout, await Next());
    }

    public void Dispose()
    {
        watch.Dispose();
        folder.Dispose();
    }
}
