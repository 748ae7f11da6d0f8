using System.Buffers.Binary;

namespace Pamphlet.Pages.Images;

/// <summary>
/// Walks a JPEG's marker segments from just after SOI up to the start of the picture data (SOS),
/// reading only the frame header (SOF: size and components) and the first Exif segment (orientation)
/// and skipping every other segment by its length, however much metadata comes first.
/// </summary>
internal sealed class JpegHeaderReader(Stream stream)
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;
    private const byte App1 = 0xE1;

    /// <summary>Bytes consumed so far (SOI included), so offsets work on streams that cannot seek.</summary>
    private long position = 2;

    public ImageHeader Read()
    {
        (int Width, int Height, int Components)? frame = null;
        var orientation = ImageOrientation.Normal;
        ExifOrientationField? field = null;
        var exifSeen = false;
        var endedEarly = true;
        while (NextMarker() is { } marker)
        {
            // Markers without a length: a repeated SOI, TEM and the restart markers.
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) continue;
            if (marker == EndOfImage || marker == StartOfScan)
            {
                endedEarly = false;
                break;
            }

            if (ReadUInt16() is not { } length) break;
            if (length < 2) throw new ImageHeaderException(ImageProblem.Damaged, $"a JPEG segment (marker 0x{marker:X2}) has an impossible length");
            var payloadStart = position;
            var payloadLength = length - 2;
            if (IsFrameHeader(marker))
            {
                if (frame is not null) throw new ImageHeaderException(ImageProblem.Damaged, "the JPEG has two frame headers (SOF)");
                if (ReadPayload(payloadLength) is not { } sof) break;
                frame = ReadFrame(sof);
            }
            else if (marker == App1 && !exifSeen)
            {
                if (ReadPayload(payloadLength) is not { } app1) break;
                if (!app1.AsSpan().StartsWith(ExifOrientationReader.Identifier)) continue;
                // The first Exif segment decides, as decoders take the first one.
                exifSeen = true;
                if (ExifOrientationReader.Find(app1) is { } found)
                {
                    orientation = found.Orientation;
                    field = new ExifOrientationField(payloadStart + found.Offset, found.BigEndian);
                }
            }
            else if (!Skip(payloadLength))
            {
                break;
            }
        }

        if (frame is not { } f)
        {
            throw endedEarly
                ? new ImageHeaderException(ImageProblem.CutShort, "the file ends before the JPEG frame header (SOF)")
                : new ImageHeaderException(ImageProblem.Damaged, "the JPEG has no frame header (SOF) before its picture data");
        }

        return new ImageHeader(ImageFormat.Jpeg, f.Width, f.Height, f.Components, orientation, field);
    }

    /// <summary>
    /// Start-of-frame markers C0–CF carry the size, except C4 (Huffman tables), C8 (reserved) and CC
    /// (arithmetic conditioning).
    /// </summary>
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static (int Width, int Height, int Components) ReadFrame(byte[] sof)
    {
        // Precision (1), height (2), width (2), component count (1), then 3 bytes per component.
        if (sof.Length < 6) throw new ImageHeaderException(ImageProblem.Damaged, "the JPEG frame header (SOF) is too short");
        var height = BinaryPrimitives.ReadUInt16BigEndian(sof.AsSpan(1));
        var width = BinaryPrimitives.ReadUInt16BigEndian(sof.AsSpan(3));
        var components = sof[5];
        if (height == 0)
        {
            throw new ImageHeaderException(ImageProblem.Unsupported, "the JPEG gives its height only after the picture data (a DNL marker)");
        }

        if (width == 0 || components is not (1 or 3 or 4))
        {
            throw new ImageHeaderException(ImageProblem.Damaged, $"the JPEG frame header gives an impossible image ({width} × {height}, {components} components)");
        }

        return (width, height, components);
    }

    /// <summary>The next marker code, skipping fill bytes (0xFF) and any stray bytes before a marker; null at the end of the file.</summary>
    private byte? NextMarker()
    {
        int b;
        do
        {
            b = ReadByte();
        }
        while (b >= 0 && b != 0xFF);

        while (b == 0xFF) b = ReadByte();
        return b < 0 ? null : (byte)b;
    }

    private int ReadByte()
    {
        var b = stream.ReadByte();
        if (b >= 0) position++;
        return b;
    }

    private int? ReadUInt16()
    {
        Span<byte> two = stackalloc byte[2];
        var got = stream.ReadAtLeast(two, 2, throwOnEndOfStream: false);
        position += got;
        return got == 2 ? BinaryPrimitives.ReadUInt16BigEndian(two) : null;
    }

    /// <summary>A segment's payload (at most 65,533 bytes), or null when the file ends inside it.</summary>
    private byte[]? ReadPayload(int length)
    {
        var payload = new byte[length];
        var got = stream.ReadAtLeast(payload, length, throwOnEndOfStream: false);
        position += got;
        return got == length ? payload : null;
    }

    /// <summary>Skips a segment's payload; false when the file ends inside it.</summary>
    private bool Skip(int length)
    {
        if (stream.CanSeek)
        {
            var left = stream.Length - stream.Position;
            stream.Seek(Math.Min(length, left), SeekOrigin.Current);
            position += Math.Min(length, left);
            return left >= length;
        }

        return ReadPayload(length) is not null;
    }
}
