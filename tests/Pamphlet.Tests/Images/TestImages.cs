using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Pamphlet.Tests.Images;

/// <summary>
/// Makes image files for tests and the fuzz harness, in memory: JPEGs with any EXIF orientation and
/// large APP segments, PNGs of every colour type, bit depth and interlace, a CMYK JPEG, truncated
/// copies and decompression bombs. Depends only on SkiaSharp (for JPEG encoding) and the BCL, so
/// other projects can link this file as it is.
/// </summary>
public static class TestImages
{
    public static readonly SKColor Marker = new(220, 20, 20);
    public static readonly SKColor Field = new(20, 60, 220);

    /// <summary>
    /// The picture as it should be SEEN: <paramref name="width"/> × <paramref name="height"/>, blue,
    /// with a red marker filling its top-left quarter. Tests look for the marker to find where the
    /// top-left corner landed.
    /// </summary>
    public static SKColor Upright(int x, int y, int width, int height) =>
        x < width / 2 && y < height / 2 ? Marker : Field;

    /// <summary>
    /// A JPEG that shows <see cref="Upright"/> at <paramref name="width"/> × <paramref name="height"/>
    /// once its EXIF <paramref name="orientation"/> (1–8) is applied: the pixels are stored turned the
    /// other way, as a phone camera stores them. Orientation 0 writes no Exif segment at all.
    /// </summary>
    public static byte[] OrientedJpeg(int width, int height, int orientation, bool bigEndian = false)
    {
        var (storedWidth, storedHeight) = orientation >= 5 ? (height, width) : (width, height);
        using var bitmap = new SKBitmap(storedWidth, storedHeight);
        for (var sy = 0; sy < storedHeight; sy++)
            for (var sx = 0; sx < storedWidth; sx++)
            {
                var (dx, dy) = DisplayedPixel(orientation, sx, sy, storedWidth, storedHeight);
                bitmap.SetPixel(sx, sy, Upright(dx, dy, width, height));
            }

        var jpeg = EncodeJpeg(bitmap);
        return orientation == 0 ? jpeg : WithSegment(jpeg, 0xE1, ExifOrientation((ushort)orientation, bigEndian));
    }

    /// <summary>
    /// Where stored pixel (sx, sy) appears in the upright picture, written out from the EXIF
    /// definition of each value ("row 0 is the visual top/right/bottom/left, column 0 is …"),
    /// independently of the production code.
    /// </summary>
    public static (int X, int Y) DisplayedPixel(int orientation, int sx, int sy, int storedWidth, int storedHeight)
    {
        var (right, bottom) = (storedWidth - 1, storedHeight - 1);
        return orientation switch
        {
            0 or 1 => (sx, sy),                 // row 0 top, column 0 left
            2 => (right - sx, sy),              // row 0 top, column 0 right
            3 => (right - sx, bottom - sy),     // row 0 bottom, column 0 right
            4 => (sx, bottom - sy),             // row 0 bottom, column 0 left
            5 => (sy, sx),                      // row 0 left, column 0 top
            6 => (bottom - sy, sx),             // row 0 right, column 0 top
            7 => (bottom - sy, right - sx),     // row 0 right, column 0 bottom
            8 => (sy, right - sx),              // row 0 left, column 0 bottom
            _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
        };
    }

    /// <summary>A plain JPEG (no Exif) of a smooth gradient.</summary>
    public static byte[] Jpeg(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), 128));
            }

        return EncodeJpeg(bitmap);
    }

    /// <summary>A plain JPEG (no Exif) of one colour: quick to make at sizes of many megapixels.</summary>
    public static byte[] PlainJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(Field);
        return EncodeJpeg(bitmap);
    }

    /// <summary>
    /// An APP1 Exif payload ("Exif\0\0" + TIFF) whose first IFD holds a few ordinary tags and the
    /// orientation, in either byte order.
    /// </summary>
    public static byte[] ExifOrientation(ushort orientation, bool bigEndian)
    {
        var tiff = new byte[8 + 2 + 3 * 12 + 4];
        void U16(int at, ushort v) { if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), v); else BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), v); }
        void U32(int at, uint v) { if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), v); else BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at), v); }
        tiff[0] = tiff[1] = (byte)(bigEndian ? 'M' : 'I');
        U16(2, 42);
        U32(4, 8);
        U16(8, 3);
        // ImageWidth (SHORT 1), Orientation (SHORT 1), ResolutionUnit (SHORT 1): tags in ascending order.
        (ushort Tag, ushort Value)[] entries = [(0x0100, 1), (0x0112, orientation), (0x0128, 2)];
        for (var i = 0; i < entries.Length; i++)
        {
            var at = 10 + i * 12;
            U16(at, entries[i].Tag);
            U16(at + 2, 3);
            U32(at + 4, 1);
            U16(at + 8, entries[i].Value);
        }

        return [.. "Exif\0\0"u8, .. tiff];
    }

    /// <summary>The JPEG with one more segment (marker 0xFFxx, payload up to 65,533 bytes) right after SOI.</summary>
    public static byte[] WithSegment(byte[] jpeg, byte marker, byte[] payload)
    {
        if (payload.Length > 65533) throw new ArgumentException("A JPEG segment holds at most 65,533 bytes.", nameof(payload));
        var length = payload.Length + 2;
        return [.. jpeg.AsSpan(0, 2), 0xFF, marker, (byte)(length >> 8), (byte)length, .. payload, .. jpeg.AsSpan(2)];
    }

    /// <summary>
    /// The JPEG with <paramref name="bytes"/> of APP2 segments (as a large ICC profile is stored) right
    /// after SOI, pushing the frame header that far into the file.
    /// </summary>
    public static byte[] WithLargeAppSegments(byte[] jpeg, int bytes)
    {
        var result = jpeg;
        for (var left = bytes; left > 0; left -= 60000)
        {
            var payload = new byte[Math.Min(60000, left)];
            "ICC_PROFILE\0"u8.CopyTo(payload);
            result = WithSegment(result, 0xE2, payload);
        }

        return result;
    }

    /// <summary>The first <paramref name="fraction"/> of the file: a download or copy cut short.</summary>
    public static byte[] Truncated(byte[] file, double fraction) => file[..(int)(file.Length * fraction)];

    private static byte[] EncodeJpeg(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        // High quality keeps the flat colour areas flat, so marker tests can compare colours closely.
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }

    public enum PngColor : byte { Gray = 0, Rgb = 2, Palette = 3, GrayAlpha = 4, Rgba = 6 }

    /// <summary>
    /// A PNG of <see cref="Upright"/> written by hand, so every colour type, bit depth (8 or 16) and
    /// Adam7 interlacing can be made. Palette images get a tRNS chunk when <paramref name="alpha"/> is
    /// below 255; grey types store the red channel.
    /// </summary>
    public static byte[] Png(int width, int height, PngColor color, int bitDepth = 8, bool interlaced = false, byte alpha = 255)
    {
        if (color == PngColor.Palette && bitDepth != 8) throw new ArgumentException("Palette PNGs here are 8-bit.", nameof(bitDepth));
        var bytesPerSample = bitDepth / 8;
        SKColor[] palette = [Marker, Field];

        byte[] Row(int y, IEnumerable<int> xs)
        {
            var row = new List<byte> { 0 };
            foreach (var x in xs)
            {
                var c = Upright(x, y, width, height);
                byte[] samples = color switch
                {
                    PngColor.Gray => [c.Red],
                    PngColor.GrayAlpha => [c.Red, alpha],
                    PngColor.Rgb => [c.Red, c.Green, c.Blue],
                    PngColor.Rgba => [c.Red, c.Green, c.Blue, alpha],
                    _ => [(byte)Array.IndexOf(palette, c)],
                };
                foreach (var s in samples)
                {
                    row.Add(s);
                    if (bytesPerSample == 2) row.Add(s);
                }
            }

            return [.. row];
        }

        using var raw = new MemoryStream();
        if (!interlaced)
        {
            for (var y = 0; y < height; y++) raw.Write(Row(y, Enumerable.Range(0, width)));
        }
        else
        {
            // Adam7: seven passes over sub-grids (x0, y0, dx, dy); empty passes write no rows.
            (int X0, int Y0, int Dx, int Dy)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
            foreach (var (x0, y0, dx, dy) in passes)
            {
                var xs = Enumerable.Range(0, width).Where(x => x >= x0 && (x - x0) % dx == 0).ToList();
                if (xs.Count == 0) continue;
                for (var y = y0; y < height; y += dy) raw.Write(Row(y, xs));
            }
        }

        var chunks = new List<byte[]> { Ihdr(width, height, (byte)bitDepth, color, interlaced) };
        if (color == PngColor.Palette)
        {
            chunks.Add(Chunk("PLTE", [.. palette.SelectMany(c => new[] { c.Red, c.Green, c.Blue })]));
            if (alpha < 255) chunks.Add(Chunk("tRNS", [alpha, alpha]));
        }

        chunks.Add(Chunk("IDAT", Deflate(raw.ToArray())));
        chunks.Add(Chunk("IEND", []));
        return [.. PngSignature, .. chunks.SelectMany(c => c)];
    }

    /// <summary>
    /// A decompression bomb: a 1-bit grey PNG of <paramref name="width"/> × <paramref name="height"/>
    /// whose rows are all zero, so it compresses about a thousand to one (60000 × 60000 is ~0.5 MB on
    /// disk and 14 GB as RGBA pixels).
    /// </summary>
    public static void WritePngBomb(Stream output, int width, int height)
    {
        output.Write(PngSignature);
        output.Write(Ihdr(width, height, 1, PngColor.Gray, interlaced: false));
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (width + 7) / 8];
            for (var y = 0; y < height; y++) zlib.Write(row);
        }

        output.Write(Chunk("IDAT", compressed.ToArray()));
        output.Write(Chunk("IEND", []));
    }

    /// <summary>
    /// Only a PNG's signature and header claiming <paramref name="width"/> × <paramref name="height"/>:
    /// enough to test size limits without making the pixels. Decoding it would fail, so a test that
    /// sees a "cut short" error instead of the size error knows the limit came too late.
    /// </summary>
    public static byte[] PngHeaderOnly(int width, int height) =>
        [.. PngSignature, .. Ihdr(width, height, 8, PngColor.Rgb, interlaced: false), .. Chunk("IDAT", Deflate(new byte[16]))];

    /// <summary>A JPEG whose frame header claims <paramref name="width"/> × <paramref name="height"/> (at most 65,535).</summary>
    public static byte[] JpegClaiming(int width, int height)
    {
        var jpeg = Jpeg(16, 16);
        var sof = jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 7), (ushort)width);
        return jpeg;
    }

    /// <summary>
    /// A baseline CMYK JPEG (four components, Adobe APP14 marker as Photoshop writes it) of flat
    /// mid-grey, encoded by hand: every block is "DC difference 0, end of block", 2 bits with the
    /// one-code Huffman tables below.
    /// </summary>
    public static byte[] CmykJpeg(int width, int height)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        void Segment(byte marker, byte[] payload)
        {
            output.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
            output.AddRange(payload);
        }

        Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 0]);                   // APP14, transform 0: CMYK stored as is
        Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);                 // one quantisation table, all ones
        Segment(0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 4,
            1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]);                  // 4 components, no subsampling
        Segment(0xC4, [0x00, 1, .. new byte[15], 0]);                          // DC table 0: one 1-bit code for category 0
        Segment(0xC4, [0x10, 1, .. new byte[15], 0]);                          // AC table 0: one 1-bit code for end of block
        Segment(0xDA, [4, 1, 0x00, 2, 0x00, 3, 0x00, 4, 0x00, 0, 63, 0]);
        var blocks = (width + 7) / 8 * ((height + 7) / 8) * 4;
        output.AddRange(new byte[(blocks * 2 + 7) / 8]);
        output.AddRange([0xFF, 0xD9]);
        return [.. output];
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static byte[] Ihdr(int width, int height, byte bitDepth, PngColor color, bool interlaced)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(data, width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), height);
        data[8] = bitDepth;
        data[9] = (byte)color;
        data[12] = (byte)(interlaced ? 1 : 0);
        return Chunk("IHDR", data);
    }

    private static byte[] Deflate(byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
        return compressed.ToArray();
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[8 + data.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}
