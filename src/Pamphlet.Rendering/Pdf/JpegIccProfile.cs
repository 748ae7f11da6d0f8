namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The ICC profile a JPEG carries in its APP2 "ICC_PROFILE" segments (ICC.1 Annex B: the profile cut
/// into numbered chunks), so a passed-through JPEG keeps the colours its camera or editor meant.
/// </summary>
internal static class JpegIccProfile
{
    private const byte App2 = 0xE2;

    private static ReadOnlySpan<byte> Signature => "ICC_PROFILE\0"u8;

    /// <summary>The reassembled profile, or null when there is none or its chunks are incomplete.</summary>
    public static byte[]? Extract(Stream jpeg)
    {
        var chunks = new SortedDictionary<int, byte[]>();
        var expected = 0;
        foreach (var payload in JpegAppSegments.Read(jpeg, App2))
        {
            if (payload.Length > Signature.Length + 2 && payload.AsSpan().StartsWith(Signature))
            {
                expected = payload[Signature.Length + 1];
                chunks[payload[Signature.Length]] = payload[(Signature.Length + 2)..];
            }
        }

        if (chunks.Count == 0 || chunks.Count != expected || chunks.Keys.First() != 1 || chunks.Keys.Last() != expected) return null;
        return chunks.Values.SelectMany(c => c).ToArray();
    }
}
