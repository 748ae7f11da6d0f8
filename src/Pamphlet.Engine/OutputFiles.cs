using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine;

/// <summary>
/// The files of one build in the order they were made, each reported through <c>written</c> once it is
/// in place and only after every file made before it: a PDF still being flushed in the background
/// (<see cref="AtomicFile.WriteInBackground"/>) holds back the reports of the files after it, so a
/// progress display and a watcher see the same order as before.
/// </summary>
internal sealed class OutputFiles(Action<BuiltFile>? written)
{
    private readonly List<BuiltFile> inPlace = [];
    private readonly Queue<(BuiltFile File, FileCommit Commit)> pending = new();

    /// <summary>A file that is in place; reported now unless a file before it is not in place yet.</summary>
    public void Add(BuiltFile file) => Add(file, FileCommit.Done);

    /// <summary>A file that is in place once <paramref name="commit"/> completes. A failed commit is thrown by <see cref="Complete"/>, not here.</summary>
    public void Add(BuiltFile file, FileCommit commit)
    {
        pending.Enqueue((file, commit));
        Report(wait: false);
    }

    /// <summary>Waits for every file to be in place, reports them in order, and returns them; throws the first failure.</summary>
    public List<BuiltFile> Complete()
    {
        Report(wait: true);
        return inPlace;
    }

    /// <summary>
    /// After the build failed: lets the files made before the failure land (and be reported), as they
    /// would have had they been flushed at once. A failure of theirs gives way to the build's own.
    /// </summary>
    public void CompleteAfterFailure()
    {
        while (pending.Count > 0)
        {
            try
            {
                Report(wait: true);
            }
            catch (Exception e) when (e is PamphletException or IOException or UnauthorizedAccessException)
            {
                // That file is not in place; the ones after it still are, once flushed.
            }
        }
    }

    private void Report(bool wait)
    {
        while (pending.TryPeek(out var next) && (wait || next.Commit.IsInPlace))
        {
            pending.Dequeue();
            next.Commit.Complete();
            inPlace.Add(next.File);
            written?.Invoke(next.File);
        }
    }
}
