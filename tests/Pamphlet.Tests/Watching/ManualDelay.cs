using System.Threading.Channels;

namespace Pamphlet.Tests.Watching;

/// <summary>
/// The quiet time of a <see cref="Engine.Watching.FileWatch"/> under the test's control: each wait is
/// handed to the test, which ends it when it chooses, so no test depends on how long anything takes.
/// </summary>
internal sealed class ManualDelay
{
    /// <summary>How long a test waits for something that should happen at once before failing instead of hanging.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly Channel<TaskCompletionSource> waits = Channel.CreateUnbounded<TaskCompletionSource>();

    public Task Delay(TimeSpan quiet, CancellationToken cancel)
    {
        var wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cancel.Register(() => wait.TrySetCanceled(cancel));
        waits.Writer.TryWrite(wait);
        return wait.Task;
    }

    /// <summary>A read of the next wait that a finished batch left outstanding: the next call takes it over, so no wait is lost.</summary>
    private Task<TaskCompletionSource>? outstanding;

    /// <summary>The next wait the watch started (waiting for it to start).</summary>
    public Task<TaskCompletionSource> NextWait()
    {
        var next = outstanding ?? waits.Reader.ReadAsync().AsTask();
        outstanding = null;
        return next.WaitAsync(HangGuard);
    }

    /// <summary>Ends each wait the watch starts until <paramref name="batch"/> is handed over.</summary>
    public async Task<IReadOnlySet<string>> EndWaitsUntil(Task<IReadOnlySet<string>> batch)
    {
        while (!batch.IsCompleted)
        {
            var read = outstanding ?? waits.Reader.ReadAsync().AsTask();
            outstanding = null;
            if (await Task.WhenAny(read, batch.WaitAsync(HangGuard)) == read) (await read).TrySetResult();
            else outstanding = read;
        }

        return await batch;
    }
}
