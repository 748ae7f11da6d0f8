using HarfBuzzSharp;
using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The few glyphs the PDF writer draws that shaping did not: the word space (drawn between words so
/// every extractor sees a space), the soft hyphen (drawn for hyphens that line breaking added) and
/// the hyphen U+2010 (for the statement's own hyphens at a line end), looked up in each font's cmap;
/// and the tatweel, which justification draws to lengthen Arabic words without it being in their text.
/// </summary>
internal sealed class FontGlyphs
{
    private readonly Dictionary<FontFace, Known> known = [];

    public const int Space = 0x20;
    public const int HyphenMinus = 0x2D;
    public const int SoftHyphen = 0xAD;
    public const int Hyphen = 0x2010;
    public const int Tatweel = 0x0640;

    /// <summary>The glyph <paramref name="face"/> maps <paramref name="codePoint"/> to, or null when it has none.</summary>
    public ushort? Glyph(FontFace face, int codePoint)
    {
        if (!known.TryGetValue(face, out var glyphs)) known[face] = glyphs = Read(face);
        return codePoint switch
        {
            Space => glyphs.Space,
            HyphenMinus => glyphs.HyphenMinus,
            SoftHyphen => glyphs.SoftHyphen,
            Hyphen => glyphs.Hyphen,
            Tatweel => glyphs.Tatweel,
            _ => throw new ArgumentOutOfRangeException(nameof(codePoint), codePoint, "Only the writer's own glyphs are looked up."),
        };
    }

    private static Known Read(FontFace face) => HarfBuzzFaces.Use(face.Data, face.Index, hbFace =>
    {
        using var font = new Font(hbFace);
        ushort? Lookup(int codePoint) => font.TryGetNominalGlyph((uint)codePoint, out var glyph) && glyph != 0 ? (ushort)glyph : null;
        return new Known(Lookup(Space), Lookup(HyphenMinus), Lookup(SoftHyphen), Lookup(Hyphen), Lookup(Tatweel));
    });

    private sealed record Known(ushort? Space, ushort? HyphenMinus, ushort? SoftHyphen, ushort? Hyphen, ushort? Tatweel);
}
