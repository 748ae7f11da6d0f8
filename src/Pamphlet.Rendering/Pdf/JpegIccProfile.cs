using System.Buffers.Binary;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The ICC profile a JPEG carries in its APP2 "ICC_PROFILE" segments (ICC.1 Annex B: the profile cut
/// into numbered chunks), so a passed-through JPEG keeps the colours its camera or editor meant.
/// Read segment by segment from the file's start; the picture data is never read.
/// </summary>
internal static class JpegIccProfile
{
    private static ReadOnlySpan<byte> Signature => "ICC_PROFILE\0"u8;

    /// <summary>The reassembled profile, or null when there is none or its chunks are incomplete.</summary>
    public static byte[]? Extract(Stream jpeg)
    {
        var chunks = new SortedDictionary<int, byte[]>();
        var expected = 0;
        Span<byte> marker = stackalloc byte[4];
        jpeg.Position = 2;
        while (jpeg.ReadAtLeast(marker, 4, throwOnEndOfStream: false) == 4 && marker[0] == 0xFF)
        {
            // The profile sits before the picture data; stop at start of scan or end of image.
            if (marker[1] is 0xDA or 0xD9) break;
            var length = BinaryPrimitives.ReadUInt16BigEndian(marker[2..]);
            if (length < 2) break;
            if (marker[1] != 0xE2)
            {
                jpeg.Seek(length - 2, SeekOrigin.Current);
                continue;
            }

            var payload = new byte[length - 2];
            if (jpeg.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) != payload.Length) break;
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
