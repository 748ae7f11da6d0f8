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
        Span<byte> header = stackalloc byte[12];
        if (length < 12 || RandomAccess.Read(handle, header, 0) < 12) return null;
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        var directory = new byte[12 + 16 * numTables];
        if (RandomAccess.Read(handle, directory, 0) < directory.Length) return null;
        if (Directory(directory, length) is not var (name, os2, hasGlyf)) return null;
        // Each table read on its own: a table far into the file costs only its own bytes.
        return FromTables(ReadTable(handle, name), ReadTable(handle, os2), hasGlyf);
    }

    public static FontFileInfo? Read(ReadOnlySpan<byte> data)
    {
        if (Directory(data, data.Length) is not var (name, os2, hasGlyf)) return null;
        return FromTables(Slice(data, name), Slice(data, os2), hasGlyf);
    }

    /// <summary>Where the table directory puts 'name' and 'OS/2' (empty when absent), and whether there is a 'glyf'; null when a table lies outside the file.</summary>
    private static ((int Offset, int Length) Name, (int Offset, int Length) Os2, bool HasGlyf)? Directory(ReadOnlySpan<byte> data, long fileLength)
    {
        if (data.Length < 12) return null;
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        if (data.Length < 12 + 16 * numTables) return null;
        (int, int) name = default, os2 = default;
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
                case "name": name = (offset, length); break;
                case "OS/2": os2 = (offset, length); break;
                case "glyf": hasGlyf = true; break;
            }
        }

        return (name, os2, hasGlyf);
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, (int Offset, int Length) table) => data.Slice(table.Offset, table.Length);

    private static byte[] ReadTable(Microsoft.Win32.SafeHandles.SafeFileHandle handle, (int Offset, int Length) table)
    {
        var bytes = new byte[table.Length];
        return RandomAccess.Read(handle, bytes, table.Offset) == bytes.Length ? bytes : [];
    }

    private static FontFileInfo? FromTables(ReadOnlySpan<byte> name, ReadOnlySpan<byte> os2, bool hasGlyf)
    {
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
