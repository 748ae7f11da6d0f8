using System.Collections.Concurrent;
using System.IO.Hashing;
using Pamphlet.Rendering;

namespace Pamphlet.Engine;

/// <summary>
/// Image files one engine has decoded without a fault (<see cref="ImageFileCheck.Verify"/>), by a
/// 128-bit hash of their bytes (XxHash128: a fortieth of a millisecond for the sample's photo): the editions of a batch share their photos, and decoding the sample's photo
/// is about a tenth of a cold build's work (issue 13). Keyed by content, not by name or date, so a file
/// changed in any way is decoded again. Thread-safe.
/// </summary>
internal sealed class DecodedImages
{
    /// <summary>Far more distinct images than a batch uses, and only 32 characters each; past it the set starts afresh.</summary>
    private const int MaxRemembered = 4096;

    private readonly ConcurrentDictionary<string, byte> known = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="ImageFileCheck.Verify"/> for a regular file whose header has been read, skipped when
    /// these bytes were decoded before.
    /// </summary>
    /// <exception cref="UnreadableImageException">As <see cref="ImageFileCheck.Verify"/>.</exception>
    public void Verify(string path)
    {
        var before = Fingerprint(path);
        if (before is null)
        {
            ImageFileCheck.Verify(path);
            return;
        }

        if (known.ContainsKey(before.Value.Hash)) return;
        ImageFileCheck.Verify(path);
        // Remembered only when the file did not change while it was being decoded.
        if (StampOrNull(path) != before.Value.Stamp) return;
        if (known.Count >= MaxRemembered) known.Clear();
        known.TryAdd(before.Value.Hash, 0);
    }

    /// <summary>The file's hash and stamp, or null when it cannot be read (the check itself then says why).</summary>
    private static (string Hash, (long, DateTime) Stamp)? Fingerprint(string path)
    {
        try
        {
            if (StampOrNull(path) is not { } stamp) return null;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var hash = new XxHash128();
            hash.Append(stream);
            return (Convert.ToHexString(hash.GetCurrentHash()), stamp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Length and last write time (what changes when a file is written), or null when the file is gone.</summary>
    private static (long, DateTime)? StampOrNull(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
    }
}
