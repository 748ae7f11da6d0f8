using System.Buffers;
using HarfBuzzSharp;
using Pamphlet.Pages;
using HbFont = HarfBuzzSharp.Font;

namespace Pamphlet.Text.Fonts;

/// <summary>
/// A loaded font: the <see cref="FontFace"/> glyph runs refer to, and a HarfBuzz font over the same
/// bytes for coverage, metrics and shaping. Scale is the font's own units per em, so shaping results
/// are exact integers that callers scale to any point size. Immutable and safe to share between threads.
/// </summary>
public sealed class ShapingFont : IDisposable
{
    private readonly MemoryHandle pin;
    private readonly Blob blob;
    private readonly Face face;

    internal ShapingFont(FontFace fontFace, FontFileInfo info)
    {
        Face = fontFace;
        Weight = info.Weight;
        Italic = info.Italic;
        // HarfBuzz reads the bytes in place (a mapped file or an array); pinned for the font's lifetime, never copied.
        pin = fontFace.Data.Pin();
        unsafe
        {
            blob = new Blob((IntPtr)pin.Pointer, fontFace.Data.Length, MemoryMode.ReadOnly);
        }

        blob.MakeImmutable();
        face = new Face(blob, fontFace.Index);
        face.MakeImmutable();
        UnitsPerEm = face.UnitsPerEm;
        Hb = new HbFont(face);
        Hb.SetScale(UnitsPerEm, UnitsPerEm);
        Hb.SetFunctionsOpenType();
        if (Hb.TryGetHorizontalFontExtents(out var extents))
        {
            Ascender = extents.Ascender / (double)UnitsPerEm;
            Descender = -extents.Descender / (double)UnitsPerEm;
        }
        else
        {
            Ascender = 0.8;
            Descender = 0.2;
        }
        HyphenGlyph = Hb.TryGetGlyph('\u2010', out var hyphen) ? hyphen : Hb.TryGetGlyph('-', out hyphen) ? hyphen : 0;
    }

    public FontFace Face { get; }
    public string Family => Face.FamilyName;
    public int Weight { get; }
    public bool Italic { get; }
    public int UnitsPerEm { get; }
    /// <summary>Ascender and descender (positive, below the baseline) in ems.</summary>
    public double Ascender { get; }
    public double Descender { get; }
    internal HbFont Hb { get; }
    internal uint HyphenGlyph { get; }

    /// <summary>Whether the font has a glyph for the code point.</summary>
    public bool Covers(int codePoint) => Hb.TryGetGlyph((uint)codePoint, out _);

    public void Dispose()
    {
        Hb.Dispose();
        face.Dispose();
        blob.Dispose();
        pin.Dispose();
    }

    public override string ToString() => Face.ToString();
}
