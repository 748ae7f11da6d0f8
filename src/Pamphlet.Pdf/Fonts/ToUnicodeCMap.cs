using System.Globalization;
using System.Text;

namespace Pamphlet.Pdf.Fonts;

/// <summary>
/// A ToUnicode CMap (Adobe technical note #5411) for a font used with Identity-H: two-byte glyph
/// IDs to UTF-16BE text, so a ligature glyph extracts as its letters.
/// </summary>
internal static class ToUnicodeCMap
{
    // The PDF specification limits each bfchar block to 100 entries.
    private const int EntriesPerBlock = 100;

    public static string Build(IReadOnlyDictionary<ushort, string> textByGlyph)
    {
        var cmap = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in textByGlyph.Where(e => e.Value.Length > 0).OrderBy(e => e.Key).Chunk(EntriesPerBlock))
        {
            cmap.Append(block.Length).Append(" beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                cmap.Append('<').Append(glyph.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        return cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
