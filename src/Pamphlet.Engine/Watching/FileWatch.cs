namespace Pamphlet.Engine.Watching;

/// <summary>
/// Waits for changes to the files a build depends on and hands them over in batches: a batch is
/// handed over once no relevant change has come for <see cref="Quiet"/>, so a burst of saves, or an
/// editor's save by writing a temporary file and renaming it over the old one, is one batch. Watches
/// folders, not files, so a file replaced by a rename, deleted or created again is seen too; the old
/// and the new name of a rename both count. The wait between changes is injectable, so tests control
/// it instead of sleeping.
/// <para>
/// The system can miss an event (seen under load: a save that never arrived). So the files named to
/// <see cref="Watch"/> are also polled: every <see cref="PollInterval"/> their length and last write
/// time are compared with what they were when the last batch was handed over (when the rebuild read
/// them), and a file that differs counts as changed.
/// </para>
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

    /// <summary>
    /// The polling fallback's interval: a missed event is caught within a second (plus the quiet time),
    /// and a stat of a statement's handful of files once a second costs nothing noticeable.
    /// </summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly Lock gate = new();
    private readonly Dictionary<string, FileSystemWatcher> watchers = new(StringComparer.Ordinal);
    private Func<string, bool> relevant = _ => false;
    private HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileStamp?> polled = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopPolling = new();
    private long changes;
    private TaskCompletionSource? arrival;

    /// <param name="quiet">How long no relevant change must come before a batch is handed over.</param>
    /// <param name="delay">Waits the quiet time (default <see cref="Task.Delay(TimeSpan, CancellationToken)"/>); tests pass their own.</param>
    /// <param name="pollInterval">How often the watched files are polled (see the class summary); null: never in the background (tests call <see cref="Poll"/>).</param>
    public FileWatch(TimeSpan quiet, Func<TimeSpan, CancellationToken, Task>? delay = null, TimeSpan? pollInterval = null)
    {
        Quiet = quiet;
        this.delay = delay ?? Task.Delay;
        PollInterval = pollInterval;
        if (pollInterval is { } interval) _ = PollAsync(interval, stopPolling.Token);
    }

    public TimeSpan Quiet { get; }

    /// <summary>How often the watched files are polled in the background; null: never.</summary>
    public TimeSpan? PollInterval { get; }

    /// <summary>Every path an event named, relevant or not, as it arrives (tests use it to know events have been delivered).</summary>
    internal event Action<string>? Seen;

    /// <summary>True when relevant changes are waiting to be handed over.</summary>
    public bool HasPending
    {
        get { lock (gate) return pending.Count > 0; }
    }

    /// <summary>
    /// Watches <paramref name="folders"/> (those that exist; others are dropped) for changes to the
    /// paths <paramref name="isRelevant"/> accepts, and polls <paramref name="files"/> (full paths), in
    /// place of what was watched before. Changes already waiting stay; a file polled before keeps the
    /// stamp it had, so a change between two calls is not lost.
    /// </summary>
    public void Watch(IEnumerable<string> folders, Func<string, bool> isRelevant, IEnumerable<string>? files = null)
    {
        var wanted = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Where(Directory.Exists).ToHashSet(StringComparer.Ordinal);
        var polling = (files ?? []).Distinct(StringComparer.Ordinal).ToList();
        var stamps = polling.Where(f => { lock (gate) return !polled.ContainsKey(f); }).ToDictionary(f => f, FileStamp.Of, StringComparer.Ordinal);
        lock (gate)
        {
            relevant = isRelevant;
            foreach (var gone in polled.Keys.Except(polling).ToList()) polled.Remove(gone);
            foreach (var (file, stamp) in stamps) polled.TryAdd(file, stamp);
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
            List<string> files;
            lock (gate)
            {
                if (changes != before) continue;
                files = [.. polled.Keys];
            }

            // The polled files as the rebuild will read them: the next poll compares with these.
            var stamps = files.ToDictionary(f => f, FileStamp.Of, StringComparer.Ordinal);
            lock (gate)
            {
                if (changes != before) continue;
                foreach (var (file, stamp) in stamps) polled[file] = stamp;
                var batch = pending;
                pending = new HashSet<string>(StringComparer.Ordinal);
                return batch;
            }
        }
    }

    /// <summary>
    /// Compares every polled file with its stamp and records each that differs as changed (the
    /// fallback for a missed event; runs every <see cref="PollInterval"/>).
    /// </summary>
    internal void Poll()
    {
        List<KeyValuePair<string, FileStamp?>> known;
        lock (gate) known = [.. polled];
        foreach (var (file, stamp) in known)
        {
            var now = FileStamp.Of(file);
            if (now == stamp) continue;
            lock (gate)
            {
                // Handed over meanwhile with a new stamp: that batch has it.
                if (!polled.TryGetValue(file, out var current) || current != stamp) continue;
                polled[file] = now;
            }

            Notify(file);
        }
    }

    private async Task PollAsync(TimeSpan interval, CancellationToken stop)
    {
        try
        {
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false)) Poll();
        }
        catch (OperationCanceledException)
        {
            // Disposed: polling ends.
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
        stopPolling.Cancel();
        stopPolling.Dispose();
        lock (gate)
        {
            foreach (var watcher in watchers.Values) watcher.Dispose();
            watchers.Clear();
        }
    }
}

/// <summary>A file's length and last write time at one moment; null when it does not exist or cannot be read.</summary>
internal readonly record struct FileStamp(long Length, DateTime Written)
{
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
