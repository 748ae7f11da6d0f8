using System.IO.Hashing;
using System.Text;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Pdf.Fonts;

/// <summary>
/// One subset TrueType font in the file: a Type 0 font with Identity-H encoding over a CIDFontType2
/// whose CIDs are the glyph IDs (the subset keeps the original IDs), a /W array of the embedded
/// glyphs' own advances, and a ToUnicode map. Content streams position glyphs with the same widths
/// (<see cref="Width"/>), so what the writer assumes and what a reader computes agree.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly TrueTypeMetrics metrics;

    public EmbeddedFont(PdfRef reference, byte[] subset)
    {
        Reference = reference;
        Subset = subset;
        metrics = TrueTypeMetrics.Read(subset);
    }

    public PdfRef Reference { get; }

    public byte[] Subset { get; }

    /// <summary>A glyph's advance in thousandths of the font size (text space units), as the /W array states it.</summary>
    public double Width(ushort glyph) => Math.Round(metrics.Advance(glyph) * 1000.0 / metrics.UnitsPerEm, WidthDecimals);

    // Widths to 1/1000 of a text unit: below a millionth of the font size, far below what any device shows.
    private const int WidthDecimals = 3;

    /// <summary>
    /// The six-letter subset tag (ISO 32000-1 §9.6.4) derived from the subset's bytes: the same font and
    /// glyph set give the same tag in every file, and two different subsets of one font never share one.
    /// </summary>
    public string Tag
    {
        get
        {
            var hash = XxHash128.Hash(Subset);
            var tag = new StringBuilder(6);
            for (var i = 0; i < 6; i++) tag.Append((char)('A' + hash[i] % 26));
            return tag.ToString();
        }
    }

    /// <summary>Writes the font's objects: Type 0 font, CID font, descriptor, font file and ToUnicode.</summary>
    public void Write(PdfFileWriter file, IReadOnlyCollection<ushort> glyphs, IReadOnlyDictionary<ushort, string> textByGlyph)
    {
        var name = Tag + "+" + metrics.PostScriptName;
        var fontFile = file.WriteStream(new PdfDict().Set("Length1", Subset.Length), Subset, level: PdfFileWriter.FontDeflateLevel);
        var scale = 1000.0 / metrics.UnitsPerEm;
        var box = metrics.BoundingBox;
        var descriptor = file.Write(new PdfDict()
            .SetName("Type", "FontDescriptor")
            .SetName("FontName", name)
            // Symbolic (bit 3): the glyphs are addressed by ID, not by a standard Latin encoding.
            .Set("Flags", 4 | (metrics.FixedPitch ? 1 : 0) | (metrics.ItalicAngle != 0 ? 64 : 0))
            .Set("FontBBox", PdfValue.Rectangle(box.XMin * scale, box.YMin * scale, box.XMax * scale, box.YMax * scale))
            .Set("ItalicAngle", metrics.ItalicAngle)
            .Set("Ascent", metrics.Ascent * scale)
            .Set("Descent", metrics.Descent * scale)
            .Set("CapHeight", metrics.CapHeight * scale)
            // StemV is required but unknown in TrueType; the usual estimate from the weight class.
            .Set("StemV", Math.Round(10 + 220 * Math.Pow((metrics.Weight - 50) / 900.0, 2)))
            .Set("FontFile2", fontFile));
        var cidFont = file.Write(new PdfDict()
            .SetName("Type", "Font")
            .SetName("Subtype", "CIDFontType2")
            .SetName("BaseFont", name)
            .Set("CIDSystemInfo", "<</Registry (Adobe) /Ordering (Identity) /Supplement 0>>")
            .Set("FontDescriptor", descriptor)
            .Set("DW", Width(0))
            .Set("W", WidthArray(glyphs))
            .SetName("CIDToGIDMap", "Identity"));
        var toUnicode = file.WriteStream(new PdfDict(), Encoding.ASCII.GetBytes(ToUnicodeCMap.Build(textByGlyph)));
        file.Write(Reference, new PdfDict()
            .SetName("Type", "Font")
            .SetName("Subtype", "Type0")
            .SetName("BaseFont", name)
            .SetName("Encoding", "Identity-H")
            .Set("DescendantFonts", $"[{cidFont}]")
            .Set("ToUnicode", toUnicode));
    }

    /// <summary>The /W array for <paramref name="glyphs"/>: runs of consecutive IDs as "first [w1 w2 …]".</summary>
    private string WidthArray(IReadOnlyCollection<ushort> glyphs)
    {
        var builder = new StringBuilder("[");
        var sorted = glyphs.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var start = i;
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1) i++;
            builder.Append(sorted[start]).Append(" [");
            for (var g = start; g <= i; g++) builder.Append(PdfValue.Number(Width(sorted[g]), WidthDecimals)).Append(g < i ? " " : "");
            builder.Append("] ");
            i++;
        }

        if (builder.Length > 1) builder.Length--;
        return builder.Append(']').ToString();
    }
}
