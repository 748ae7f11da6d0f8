namespace Pamphlet.Engine.Watching;

/// <summary>
/// Waits for changes to the files a build depends on and hands them over in batches: a batch is
/// handed over once no relevant change has come for <see cref="Quiet"/>, so a burst of saves, or an
/// editor's save by writing a temporary file and renaming it over the old one, is one batch. Watches
/// folders, not files, so a file replaced by a rename, deleted or created again is seen too; the old
/// and the new name of a rename both count. The wait between changes is injectable, so tests control
/// it instead of sleeping.
/// </summary>
public sealed class FileWatch : IDisposable
{
    /// <summary>
    /// 150 ms of quiet ends a batch. An editor's save is a burst of events a few milliseconds apart
    /// (vim: write a new file, rename it over the old one, set its mode; VS Code: write, then a
    /// formatter's second write), all well inside it; and 150 ms plus a rebuild of about 100 ms stays
    /// under the quarter second after which a wait after saving is noticed.
    /// </summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// In a batch in place of paths when the system lost track of events (too many at once): anything
    /// may have changed.
    /// </summary>
    public const string Unknown = "";

    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly Lock gate = new();
    private readonly Dictionary<string, FileSystemWatcher> watchers = new(StringComparer.Ordinal);
    private Func<string, bool> relevant = _ => false;
    private HashSet<string> pending = new(StringComparer.Ordinal);
    private long changes;
    private TaskCompletionSource? arrival;

    /// <param name="quiet">How long no relevant change must come before a batch is handed over.</param>
    /// <param name="delay">Waits the quiet time (default <see cref="Task.Delay(TimeSpan, CancellationToken)"/>); tests pass their own.</param>
    public FileWatch(TimeSpan quiet, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        Quiet = quiet;
        this.delay = delay ?? Task.Delay;
    }

    public TimeSpan Quiet { get; }

    /// <summary>Every path an event named, relevant or not, as it arrives (tests use it to know events have been delivered).</summary>
    internal event Action<string>? Seen;

    /// <summary>True when relevant changes are waiting to be handed over.</summary>
    public bool HasPending
    {
        get { lock (gate) return pending.Count > 0; }
    }

    /// <summary>
    /// Watches <paramref name="folders"/> (those that exist; others are dropped) for changes to the
    /// paths <paramref name="isRelevant"/> accepts, in place of what was watched before. Changes already
    /// waiting stay.
    /// </summary>
    public void Watch(IEnumerable<string> folders, Func<string, bool> isRelevant)
    {
        var wanted = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Where(Directory.Exists).ToHashSet(StringComparer.Ordinal);
        lock (gate)
        {
            relevant = isRelevant;
            foreach (var gone in watchers.Keys.Where(f => !wanted.Contains(f)).ToList())
            {
                watchers[gone].Dispose();
                watchers.Remove(gone);
            }

            foreach (var folder in wanted.Where(f => !watchers.ContainsKey(f)))
            {
                watchers.Add(folder, Start(folder));
            }
        }
    }

    /// <summary>The folders being watched, as full paths.</summary>
    public IReadOnlyCollection<string> Folders
    {
        get { lock (gate) return [.. watchers.Keys]; }
    }

    /// <summary>
    /// Waits for a relevant change, then until none has come for <see cref="Quiet"/>, and returns the
    /// full paths that changed (<see cref="Unknown"/> among them when events were lost).
    /// </summary>
    public async Task<IReadOnlySet<string>> NextAsync(CancellationToken cancel)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (pending.Count > 0) break;
                arrival ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                next = arrival.Task;
            }

            await next.WaitAsync(cancel).ConfigureAwait(false);
        }

        while (true)
        {
            long before;
            lock (gate) before = changes;
            await delay(Quiet, cancel).ConfigureAwait(false);
            lock (gate)
            {
                if (changes != before) continue;
                var batch = pending;
                pending = new HashSet<string>(StringComparer.Ordinal);
                return batch;
            }
        }
    }

    /// <summary>Records a change of <paramref name="path"/> (a full path) if it is relevant: what every file system event comes to.</summary>
    internal void Notify(string path)
    {
        Seen?.Invoke(path);
        lock (gate)
        {
            if (path != Unknown && !relevant(path)) return;
            pending.Add(path);
            changes++;
            arrival?.TrySetResult();
            arrival = null;
        }
    }

    private FileSystemWatcher Start(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Notify(e.FullPath);
        watcher.Created += (_, e) => Notify(e.FullPath);
        watcher.Deleted += (_, e) => Notify(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Notify(e.OldFullPath);
            Notify(e.FullPath);
        };
        watcher.Error += (_, _) => Notify(Unknown);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var watcher in watchers.Values) watcher.Dispose();
            watchers.Clear();
        }
    }
}
