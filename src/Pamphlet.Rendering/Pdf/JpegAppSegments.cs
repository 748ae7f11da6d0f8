using System.Buffers.Binary;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The application segments (APPn) a JPEG carries before its picture data, read segment by segment
/// from the file's start; every other segment is skipped by its length and the picture data is never read.
/// </summary>
internal static class JpegAppSegments
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;

    /// <summary>The payloads of the segments with marker <paramref name="marker"/> (0xE0–0xEF), in file order.</summary>
    public static List<byte[]> Read(Stream jpeg, byte marker)
    {
        var found = new List<byte[]>();
        Span<byte> head = stackalloc byte[4];
        jpeg.Position = 2;
        while (jpeg.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == 0xFF)
        {
            // Application segments sit before the picture data; stop at start of scan or end of image.
            if (head[1] is StartOfScan or EndOfImage) break;
            var length = BinaryPrimitives.ReadUInt16BigEndian(head[2..]);
            if (length < 2) break;
            if (head[1] != marker)
            {
                jpeg.Seek(length - 2, SeekOrigin.Current);
                continue;
            }

            var payload = new byte[length - 2];
            if (jpeg.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) != payload.Length) break;
            found.Add(payload);
        }

        return found;
    }
}
