using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>What the checks need of a font dictionary: its name, kind, where its glyphs are, and how many bytes a glyph code takes.</summary>
internal sealed record FontInfo(string Name, string Type, string? Program, int BytesPerCode)
{
    /// <summary>The glyph procedures of a Type 3 font are in the file by definition.</summary>
    private const string Type3Program = "glyph procedures";

    public static FontInfo Read(PdfObjects pdf, DictionaryToken font, string resourceName)
    {
        var subtype = pdf.GetName(font, "Subtype") ?? "unknown";
        var name = pdf.GetName(font, "BaseFont") ?? pdf.GetText(font, "Name") ?? resourceName;
        switch (subtype)
        {
            case "Type3":
                return new FontInfo(name, subtype, Type3Program, 1);
            case "Type0":
                {
                    var descendant = pdf.Dictionary(pdf.GetArray(font, "DescendantFonts")?.Data is [var first, ..] ? first : null);
                    var cidType = pdf.GetName(descendant, "Subtype") ?? "?";
                    // Identity-H/V and nearly every CMap in use take two bytes per glyph; the few mixed
                    // one- and two-byte CMaps (older CJK encodings) make the glyph count approximate.
                    return new FontInfo(name, $"Type0/{cidType}", ProgramOf(pdf, pdf.GetDictionary(descendant, "FontDescriptor")), 2);
                }

            default:
                return new FontInfo(name, subtype, ProgramOf(pdf, pdf.GetDictionary(font, "FontDescriptor")), 1);
        }
    }

    /// <summary>The embedded font program's key (and, for FontFile3, its format), or null when none is embedded.</summary>
    private static string? ProgramOf(PdfObjects pdf, DictionaryToken? descriptor)
    {
        // Only the programs' dictionaries are read: their bytes are not needed to know they are there.
        if (pdf.GetStreamDictionary(descriptor, "FontFile2") is not null) return "FontFile2";
        if (pdf.GetStreamDictionary(descriptor, "FontFile") is not null) return "FontFile";
        if (pdf.GetStreamDictionary(descriptor, "FontFile3") is { } file3)
        {
            return pdf.GetName(file3, "Subtype") is { } format ? $"FontFile3/{format}" : "FontFile3";
        }

        return null;
    }
}
