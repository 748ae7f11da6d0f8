using System.Collections.Concurrent;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Layouts;

/// <summary>
/// Layouts loaded from their files, kept for the builds that follow (a watch rebuilds with the same
/// layouts every time; reading and binding the YAML chain again cost milliseconds per layout). A kept
/// layout is given again only while every file of its <c>extends:</c> chain, every folder a name in that
/// chain was looked up in, and its font folder carry the stamps they had when it was loaded (existence,
/// length, last write time): an edit, a new file in a layouts folder that could shadow a parent, or a
/// deleted file loads it afresh. Thread-safe.
/// </summary>
public sealed class LayoutFileCache
{
    /// <summary>
    /// Layouts kept at most: a statement's few layouts, a batch's, or every bundled layout for
    /// <c>pamphlet layouts</c>, many times over. Past it the cache starts again empty.
    /// </summary>
    public const int MaxEntries = 256;

    /// <summary>What decides a loaded layout: its file and the folders names are looked up in.</summary>
    private sealed record Key(string FullPath, string Folders);

    private sealed record Entry(LayoutDefinition Layout, IReadOnlyList<PathStamp> Stamps);

    private readonly ConcurrentDictionary<Key, Entry> entries = new();

    /// <param name="load">Loads the layout, adding to its list every file of the chain it read.</param>
    internal LayoutDefinition Load(string fullPath, LayoutCatalog catalog, Func<List<string>, LayoutDefinition> load)
    {
        // The boundary is part of the key: a layout loaded without one was never checked against it.
        var key = new Key(fullPath, string.Join('\n', catalog.Folders.Append(catalog.ReadsOnlyInside?.Root ?? "")));
        if (entries.TryGetValue(key, out var known) && known.Stamps.All(s => s.IsCurrent())) return known.Layout;
        // Stamps are taken before reading, so a file changed while it is read is read again next time.
        var folders = catalog.Folders.Select(PathStamp.OfFolder).ToList();
        var chain = new List<string>();
        var layout = load(chain);
        var stamps = folders.Concat(chain.SelectMany(p => new[] { PathStamp.OfFile(p), PathStamp.OfFolder(Path.GetDirectoryName(p)!) }));
        if (layout.Fonts.Folder is { } fontFolder) stamps = stamps.Append(PathStamp.OfFolder(fontFolder));
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[key] = new Entry(layout, [.. stamps.Distinct()]);
        return layout;
    }
}

/// <summary>A file's or folder's existence, length and last write time, as seen at one moment.</summary>
internal sealed record PathStamp(string Path, bool Folder, bool Exists, long Length, DateTime Written)
{
    public static PathStamp OfFile(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new PathStamp(path, false, true, info.Length, info.LastWriteTimeUtc) : new PathStamp(path, false, false, 0, default);
    }

    /// <summary>A folder's write time changes when a file in it is created, deleted or renamed.</summary>
    public static PathStamp OfFolder(string path)
    {
        var info = new DirectoryInfo(path);
        return info.Exists ? new PathStamp(path, true, true, 0, info.LastWriteTimeUtc) : new PathStamp(path, true, false, 0, default);
    }

    public bool IsCurrent() => this == (Folder ? OfFolder(Path) : OfFile(Path));
}
