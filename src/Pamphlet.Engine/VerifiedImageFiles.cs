using System.Collections.Concurrent;

namespace Pamphlet.Engine;

/// <summary>
/// Image files an engine's builds have decoded and found sound, with the length and last write time
/// each had then: a file that still has them is not decoded again (a watch rebuilds with the same photo
/// every time, and decoding it is most of a build's image check). A file saved again, even with the same
/// bytes, is decoded again. Thread-safe.
/// </summary>
internal sealed class VerifiedImageFiles
{
    /// <summary>Files remembered at most (a statement has a few images; a batch, a few per edition); past it, the memory starts again empty.</summary>
    private const int MaxEntries = 1024;

    private readonly record struct Stamp(long Length, DateTime Written);

    private readonly ConcurrentDictionary<string, Stamp> sound = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="decode"/> on <paramref name="path"/> (a full path) unless the file is unchanged
    /// since a decode found it sound; remembers it when the decode passes (it throws when it does not).
    /// </summary>
    public void Check(string path, Action<string> decode)
    {
        // Taken before decoding: a file changed while it is decoded is decoded again next time.
        var stamp = StampOf(path);
        if (stamp is { } now && sound.TryGetValue(path, out var known) && known == now) return;
        decode(path);
        if (stamp is not { } passed) return;
        if (sound.Count >= MaxEntries) sound.Clear();
        sound[path] = passed;
    }

    private static Stamp? StampOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
