using System.Buffers.Binary;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The ICC profile a JPEG carries in its APP2 "ICC_PROFILE" segments (ICC.1 Annex B: the profile cut
/// into numbered chunks), so a passed-through JPEG keeps the colours its camera or editor meant.
/// </summary>
internal static class JpegIccProfile
{
    private static ReadOnlySpan<byte> Signature => "ICC_PROFILE\0"u8;

    /// <summary>The reassembled profile, or null when there is none or its chunks are incomplete.</summary>
    public static byte[]? Extract(ReadOnlySpan<byte> jpeg)
    {
        var chunks = new SortedDictionary<int, byte[]>();
        var expected = 0;
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            // The profile sits before the picture data; stop at start of scan or end of image.
            if (marker is 0xDA or 0xD9) break;
            if (marker is 0x01 or (>= 0xD0 and <= 0xD8) or 0xFF)
            {
                at += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (length < 2 || at + 2 + length > jpeg.Length) break;
            var payload = jpeg.Slice(at + 4, length - 2);
            if (marker == 0xE2 && payload.Length > Signature.Length + 2 && payload.StartsWith(Signature))
            {
                var number = payload[Signature.Length];
                expected = payload[Signature.Length + 1];
                chunks[number] = payload[(Signature.Length + 2)..].ToArray();
            }

            at += 2 + length;
        }

        if (chunks.Count == 0 || chunks.Count != expected || chunks.Keys.First() != 1 || chunks.Keys.Last() != expected) return null;
        return chunks.Values.SelectMany(c => c).ToArray();
    }
}
