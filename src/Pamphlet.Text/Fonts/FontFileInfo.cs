using System.Buffers.Binary;
using System.Text;

namespace Pamphlet.Text.Fonts;

/// <summary>
/// The few facts we read from a TrueType file's own tables to index it without loading it for
/// shaping: family name ('name' table), weight and italic flag ('OS/2'), and whether its outlines
/// are TrueType ('glyf') — CFF fonts come out of Skia's PDF backend as Type 3, so we refuse them.
/// </summary>
internal sealed record FontFileInfo(string Family, int Weight, bool Italic, bool HasGlyfOutlines)
{
    private const ushort NameIdFamily = 1;
    private const ushort NameIdTypographicFamily = 16;

    /// <summary>
    /// Reads only the table directory and the two small tables it needs, not the whole file: indexing
    /// the bundled fonts then costs a few kilobytes of reading instead of megabytes at every start.
    /// </summary>
    public static FontFileInfo? ReadFile(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        var header = new byte[12];
        if (length < 12 || RandomAccess.Read(handle, header, 0) < 12) return null;
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
        var directory = new byte[12 + 16 * numTables];
        if (RandomAccess.Read(handle, directory, 0) < directory.Length) return null;
        // Rebuild a sparse copy holding the directory and the 'name' and 'OS/2' tables at their offsets.
        var end = directory.Length;
        var wanted = new List<(int Offset, int Length)>();
        for (var i = 0; i < numTables; i++)
        {
            var record = directory.AsSpan(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            if (tag is not ("name" or "OS/2")) continue;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || size < 0 || offset + (long)size > length) return null;
            wanted.Add((offset, size));
            end = Math.Max(end, offset + size);
        }
        var sparse = new byte[end];
        directory.CopyTo(sparse, 0);
        foreach (var (offset, size) in wanted) RandomAccess.Read(handle, sparse.AsSpan(offset, size), offset);
        return Read(sparse, length);
    }

    public static FontFileInfo? Read(ReadOnlySpan<byte> data) => Read(data, data.Length);

    private static FontFileInfo? Read(ReadOnlySpan<byte> data, long fileLength)
    {
        if (data.Length < 12) return null;
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        ReadOnlySpan<byte> name = default, os2 = default;
        var hasGlyf = false;
        for (var i = 0; i < numTables; i++)
        {
            var record = data.Slice(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || length < 0 || offset + (long)length > fileLength) return null;
            switch (tag)
            {
                case "name" when offset + length <= data.Length: name = data.Slice(offset, length); break;
                case "OS/2" when offset + length <= data.Length: os2 = data.Slice(offset, length); break;
                case "glyf": hasGlyf = true; break;
            }
        }

        var family = ReadName(name, NameIdTypographicFamily) ?? ReadName(name, NameIdFamily);
        if (family is null) return null;
        var weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2[4..]) : 400;
        var italic = os2.Length >= 64 && (BinaryPrimitives.ReadUInt16BigEndian(os2[62..]) & 1) != 0;
        return new FontFileInfo(family, weight, italic, hasGlyf);
    }

    /// <summary>Reads a name record, preferring Windows Unicode English (3/1/0x409), then any Unicode record.</summary>
    private static string? ReadName(ReadOnlySpan<byte> table, ushort nameId)
    {
        if (table.Length < 6) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        var storage = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        string? fallback = null;
        for (var i = 0; i < count; i++)
        {
            var r = table.Slice(6 + 12 * i, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            var language = BinaryPrimitives.ReadUInt16BigEndian(r[4..]);
            var id = BinaryPrimitives.ReadUInt16BigEndian(r[6..]);
            if (id != nameId) continue;
            var length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
            if (storage + offset + length > table.Length) continue;
            var bytes = table.Slice(storage + offset, length);
            if (platform is 0 or 3)
            {
                var text = Encoding.BigEndianUnicode.GetString(bytes);
                if (platform == 3 && language == 0x409) return text;
                fallback ??= text;
            }
        }
        return fallback;
    }
}
