using System.Buffers.Binary;
using System.Text;

namespace Pamphlet.Pdf.Fonts;

/// <summary>
/// What a PDF font descriptor and width array need from a TrueType file: units per em, bounding
/// box, ascent, descent, cap height, italic angle, weight, PostScript name and each glyph's advance.
/// Read from the font's own tables (head, hhea, hmtx, OS/2, post, name), so the widths written are
/// the widths of the glyphs embedded.
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] advances;

    private TrueTypeMetrics(ushort[] advances) => this.advances = advances;

    public int UnitsPerEm { get; private init; }
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; private init; }
    public int Ascent { get; private init; }
    public int Descent { get; private init; }
    public int CapHeight { get; private init; }
    public double ItalicAngle { get; private init; }
    public int Weight { get; private init; }
    public bool FixedPitch { get; private init; }
    public string PostScriptName { get; private init; } = "";

    /// <summary>The advance of <paramref name="glyph"/> in font units (glyphs past the last metric repeat it, as hmtx says).</summary>
    public int Advance(ushort glyph) => advances.Length == 0 ? 0 : advances[Math.Min(glyph, advances.Length - 1)];

    public static TrueTypeMetrics Read(ReadOnlySpan<byte> font)
    {
        var tables = Tables(font);
        var head = Table(font, tables, "head");
        var hhea = Table(font, tables, "hhea");
        var maxp = Table(font, tables, "maxp");
        var hmtx = Table(font, tables, "hmtx");
        var glyphCount = U16(maxp, 4);
        var metricCount = U16(hhea, 34);
        var advances = new ushort[Math.Max(glyphCount, metricCount)];
        for (var g = 0; g < advances.Length; g++)
        {
            advances[g] = g < metricCount ? U16(hmtx, g * 4) : advances[metricCount - 1];
        }

        var ascent = (short)U16(hhea, 4);
        var descent = (short)U16(hhea, 6);
        int capHeight = ascent, weight = 400;
        if (tables.TryGetValue("OS/2", out _))
        {
            var os2 = Table(font, tables, "OS/2");
            weight = U16(os2, 4);
            // sCapHeight exists from version 2; older tables leave the ascent as the best guess.
            if (U16(os2, 0) >= 2 && os2.Length >= 90) capHeight = (short)U16(os2, 88);
        }

        double italic = 0;
        var fixedPitch = false;
        if (tables.ContainsKey("post"))
        {
            var post = Table(font, tables, "post");
            italic = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
            fixedPitch = BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        }

        return new TrueTypeMetrics(advances)
        {
            UnitsPerEm = U16(head, 18),
            BoundingBox = ((short)U16(head, 36), (short)U16(head, 38), (short)U16(head, 40), (short)U16(head, 42)),
            Ascent = ascent,
            Descent = descent,
            CapHeight = capHeight,
            ItalicAngle = italic,
            Weight = weight,
            FixedPitch = fixedPitch,
            PostScriptName = tables.ContainsKey("name") ? PostScriptNameOf(Table(font, tables, "name")) ?? "Font" : "Font",
        };
    }

    private static Dictionary<string, (int Offset, int Length)> Tables(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) throw new InvalidDataException("The font file is too short to be a TrueType font.");
        var count = U16(font, 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + i * 16, 16);
            tables[Encoding.ASCII.GetString(record[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag)
    {
        if (!tables.TryGetValue(tag, out var at) || at.Offset + at.Length > font.Length)
        {
            throw new InvalidDataException($"The font has no usable '{tag}' table.");
        }

        return font.Slice(at.Offset, at.Length);
    }

    /// <summary>Name ID 6 (PostScript name), from a Windows (UTF-16) or Macintosh (Roman) record.</summary>
    private static string? PostScriptNameOf(ReadOnlySpan<byte> name)
    {
        var count = U16(name, 2);
        var strings = U16(name, 4);
        for (var i = 0; i < count; i++)
        {
            var record = name.Slice(6 + i * 12, 12);
            if (U16(record, 6) != 6) continue;
            var (platform, length, offset) = (U16(record, 0), U16(record, 8), U16(record, 10));
            if (strings + offset + length > name.Length) continue;
            var bytes = name.Slice(strings + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            // A PostScript name is printable ASCII without spaces or delimiters (Adobe TN #5902).
            var clean = new string(text.Where(c => c is > ' ' and < '\u007f' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%')).ToArray());
            if (clean.Length > 0) return clean;
        }

        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
}
