using System.Collections.Concurrent;
using System.Security.Cryptography;
using Pamphlet.Rendering;

namespace Pamphlet.Engine;

/// <summary>
/// Image files one engine has decoded without a fault (<see cref="ImageFileCheck.Verify"/>), by the
/// SHA-256 of their bytes: the editions of a batch share their photos, and decoding the sample's photo
/// is about a tenth of a cold build's work (issue 13). Keyed by content, not by name or date, so a file
/// changed in any way is decoded again. Thread-safe.
/// </summary>
internal sealed class DecodedImages
{
    /// <summary>Far more distinct images than a batch uses, and only 64 bytes each; past it the set starts afresh.</summary>
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
        if (before is not null && known.ContainsKey(before)) return;
        ImageFileCheck.Verify(path);
        // Remembered only when the file did not change while it was being decoded.
        if (before is null || Fingerprint(path) != before) return;
        if (known.Count >= MaxRemembered) known.Clear();
        known.TryAdd(before, 0);
    }

    /// <summary>The file's SHA-256, or null when it cannot be read (the check itself then says why).</summary>
    private static string? Fingerprint(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
