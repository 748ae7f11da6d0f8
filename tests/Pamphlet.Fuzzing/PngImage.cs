using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Pamphlet.Fuzzing;

/// <summary>The pixel formats generated PNGs use.</summary>
public enum PngColour
{
    Grey,
    Rgb,
    Rgba,
    GreyAlpha,
}

/// <summary>
/// Writes small valid PNG files (8 bits per sample, a diagonal gradient, no interlacing). Its own
/// encoder keeps the library free of image libraries, and lets the mutator make headers that lie.
/// </summary>
public static class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(int width, int height, PngColour colour)
    {
        var channels = colour switch { PngColour.Grey => 1, PngColour.GreyAlpha => 2, PngColour.Rgb => 3, _ => 4 };
        var colourType = colour switch { PngColour.Grey => (byte)0, PngColour.GreyAlpha => (byte)4, PngColour.Rgb => (byte)2, _ => (byte)6 };
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + width * channels];
            for (var y = 0; y < height; y++)
            {
                row[0] = 0; // filter: none
                for (var x = 0; x < width; x++)
                {
                    for (var c = 0; c < channels; c++)
                    {
                        row[1 + x * channels + c] = (byte)(c == 3 || (colour == PngColour.GreyAlpha && c == 1) ? 200 : (x * 7 + y * 3 + c * 60) & 0xFF);
                    }
                }
                z.Write(row);
            }
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colourType;
        return Assemble(header, raw.ToArray());
    }

    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> but whose data is a few rows: an image bomb as small as a file can be.</summary>
    public static byte[] LyingHeader(int width, int height)
    {
        var small = Encode(16, 16, PngColour.Rgb);
        BinaryPrimitives.WriteInt32BigEndian(small.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(small.AsSpan(20), height);
        // Fix the IHDR checksum so decoders get past it.
        BinaryPrimitives.WriteUInt32BigEndian(small.AsSpan(29), Crc32.Compute(small.AsSpan(12, 17)));
        return small;
    }

    private static byte[] Assemble(byte[] header, byte[] data)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", data);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        png.Write(four);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32.Compute(typed));
        png.Write(four);
    }
}

/// <summary>The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320).</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
