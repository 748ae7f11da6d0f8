using System.Buffers.Binary;

namespace Pamphlet.Pages.Images;

/// <summary>
/// The orientation tag (0x0112) in the first image file directory of an Exif segment: "Exif\0\0",
/// then a TIFF structure in either byte order. Read as decoders read it: a SHORT with one value from 1
/// to 8; anything else means "as stored".
/// </summary>
internal static class ExifOrientationReader
{
    public static ReadOnlySpan<byte> Identifier => "Exif\0\0"u8;

    private const ushort OrientationTag = 0x0112;
    private const ushort ShortType = 3;
    private const int EntrySize = 12;

    /// <summary>The orientation and where its value sits in <paramref name="app1"/> (from the segment's first payload byte), or null.</summary>
    public static (ImageOrientation Orientation, int Offset, bool BigEndian)? Find(ReadOnlySpan<byte> app1)
    {
        if (!app1.StartsWith(Identifier)) return null;
        var tiff = app1[Identifier.Length..];
        if (tiff.Length < 8) return null;
        bool bigEndian;
        if (tiff[0] == 'M' && tiff[1] == 'M') bigEndian = true;
        else if (tiff[0] == 'I' && tiff[1] == 'I') bigEndian = false;
        else return null;

        if (U16(tiff, 2, bigEndian) != 42) return null;
        var directory = U32(tiff, 4, bigEndian);
        if (directory > tiff.Length - 2) return null;
        var entries = U16(tiff, (int)directory, bigEndian);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)directory + 2 + i * EntrySize;
            if (entry + EntrySize > tiff.Length) return null;
            if (U16(tiff, entry, bigEndian) != OrientationTag) continue;
            var value = U16(tiff, entry + 8, bigEndian);
            if (U16(tiff, entry + 2, bigEndian) != ShortType || U32(tiff, entry + 4, bigEndian) != 1 || value is < 1 or > 8) return null;
            return ((ImageOrientation)value, Identifier.Length + entry + 8, bigEndian);
        }

        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> tiff, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(tiff[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(tiff[at..]);

    private static uint U32(ReadOnlySpan<byte> tiff, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(tiff[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(tiff[at..]);
}
