using Pamphlet.Engine.Watching;

namespace Pamphlet.Tests.Watching;

/// <summary>
/// How changes become batches: relevant paths only, and a burst of changes within the quiet time is
/// one batch however many there are. Events are fed in directly; the quiet time is the test's.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class FileWatchTests
{
    private const string Statement = "/campaign/statement.md";

    [Fact]
    public async Task A_burst_of_changes_within_the_quiet_time_is_one_batch()
    {
        var delay = new ManualDelay();
        using var watch = new FileWatch(FileWatch.DefaultQuiet, delay.Delay);
        watch.Watch([], path => path.StartsWith("/campaign/", StringComparison.Ordinal));
        for (var i = 0; i < 10; i++) watch.Notify(Statement);

        var batch = watch.NextAsync(CancellationToken.None);
        var first = await delay.NextWait();
        watch.Notify(Statement);
        watch.Notify("/campaign/photo.jpg");
        first.SetResult();
        // More changes came during the first wait: the watch waits again before handing them over.
        var second = await delay.NextWait();
        Assert.False(batch.IsCompleted);
        second.SetResult();

        Assert.Equal(["/campaign/photo.jpg", Statement], (await batch).Order(StringComparer.Ordinal));
        Assert.False(watch.HasPending);
    }

    [Fact]
    public async Task Changes_to_other_files_are_not_handed_over()
    {
        var delay = new ManualDelay();
        using var watch = new FileWatch(FileWatch.DefaultQuiet, delay.Delay);
        watch.Watch([], path => path == Statement);
        watch.Notify("/campaign/.statement.md.swp");
        watch.Notify("/campaign/out/statement.a5-pamphlet.pdf");
        Assert.False(watch.HasPending);

        watch.Notify(Statement);
        var batch = await delay.EndWaitsUntil(watch.NextAsync(CancellationToken.None));

        Assert.Equal([Statement], batch);
    }

    [Fact]
    public async Task Lost_events_are_handed_over_as_unknown_whatever_is_relevant()
    {
        var delay = new ManualDelay();
        using var watch = new FileWatch(FileWatch.DefaultQuiet, delay.Delay);
        watch.Watch([], _ => false);

        watch.Notify(FileWatch.Unknown);
        var batch = await delay.EndWaitsUntil(watch.NextAsync(CancellationToken.None));

        Assert.Equal([FileWatch.Unknown], batch);
    }

    [Fact]
    public async Task Stopping_ends_the_wait()
    {
        using var watch = new FileWatch(FileWatch.DefaultQuiet, new ManualDelay().Delay);
        using var stop = new CancellationTokenSource();
        var batch = watch.NextAsync(stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch);
    }

    [Fact]
    public async Task A_change_no_event_reported_is_found_by_polling_the_files_write_times()
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-poll-").FullName;
        try
        {
            var statement = Path.Combine(folder, "statement.md");
            var layout = Path.Combine(folder, "layout.yaml");
            File.WriteAllText(statement, "first");
            File.WriteAllText(layout, "kind: pamphlet");
            var delay = new ManualDelay();
            // No folders watched, no background polling: the only way to see the change is the poll below.
            using var watch = new FileWatch(FileWatch.DefaultQuiet, delay.Delay);
            watch.Watch([], path => path == statement || path == layout, [statement, layout]);

            watch.Poll();
            Assert.False(watch.HasPending);

            File.WriteAllText(statement, "second, longer");
            File.SetLastWriteTimeUtc(statement, File.GetLastWriteTimeUtc(statement).AddSeconds(2));
            watch.Poll();
            var batch = await delay.EndWaitsUntil(watch.NextAsync(CancellationToken.None));

            Assert.Equal([statement], batch);
            // Handed over with its new stamp: polling again finds nothing more.
            watch.Poll();
            Assert.False(watch.HasPending);

            File.Delete(layout);
            watch.Poll();
            Assert.Equal([layout], await delay.EndWaitsUntil(watch.NextAsync(CancellationToken.None)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Polling_in_the_background_catches_a_change_on_its_own()
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-poll-").FullName;
        try
        {
            var statement = Path.Combine(folder, "statement.md");
            File.WriteAllText(statement, "first");
            using var watch = new FileWatch(TimeSpan.Zero, pollInterval: TimeSpan.FromMilliseconds(20));
            watch.Watch([], path => path == statement, [statement]);

            File.WriteAllText(statement, "second, longer");
            File.SetLastWriteTimeUtc(statement, File.GetLastWriteTimeUtc(statement).AddSeconds(2));

            Assert.Equal([statement], await watch.NextAsync(CancellationToken.None).WaitAsync(ManualDelay.HangGuard));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
