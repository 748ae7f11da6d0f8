namespace Pamphlet.Preflight.Facts;

/// <summary>A font used to show text on a page.</summary>
/// <param name="Name">Its /BaseFont (with the subset tag, "ABCDEF+NotoSerif-Regular"), or the resource name when it has none.</param>
/// <param name="Type">Its kind: "TrueType", "Type1", "Type3", "Type0/CIDFontType2"…</param>
/// <param name="Program">Where its glyphs are: "FontFile2" (TrueType), "FontFile" (Type 1), "FontFile3/Type1C", "glyph procedures" (Type 3), or null when not embedded.</param>
/// <param name="Glyphs">Glyphs painted with it on the page (counted from the shown bytes: two per glyph for Type0 fonts).</param>
/// <param name="InvisibleGlyphs">Glyphs shown in render mode 3 (invisible text, such as an OCR layer): they need no embedded font.</param>
public sealed record FontFacts(string Name, string Type, string? Program, int Glyphs, int InvisibleGlyphs)
{
    public bool Embedded => Program is not null;

    /// <summary>Whether the name carries a subset tag: six capital letters and a plus sign.</summary>
    public bool Subset => Name.Length > 7 && Name[6] == '+' && Name.AsSpan(0, 6).IndexOfAnyExceptInRange('A', 'Z') < 0;
}
