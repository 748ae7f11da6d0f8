using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Font subsetting through HarfBuzz's hb-subset C API, which libHarfBuzzSharp.so exports but
/// HarfBuzzSharp does not wrap. All native interop for subsetting lives here.
/// </summary>
internal static partial class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";

    // Values from hb-subset.h (hb_subset_flags_t).
    // Glyph IDs in the display list come from shaping the ORIGINAL font; keeping them means the
    // subset can be drawn with the same IDs (unused slots become empty glyphs, costing a few bytes).
    private const uint RetainGlyphIdsFlag = 0x00000002;

    // Hinting instructions only help rasterisers at screen sizes; a print PDF gains nothing from
    // them and they are a large share of Noto's glyf/fpgm/prep bytes.
    private const uint NoHintingFlag = 0x00000001;

    // Glyph 0 in a run marks a missing glyph. Keeping its outline (the "tofu" box) makes the PDF
    // show what the PNG preview shows instead of silently dropping the character.
    private const uint NotdefOutlineFlag = 0x00000040;

    private const uint SubsetFlags = RetainGlyphIdsFlag | NoHintingFlag | NotdefOutlineFlag;

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, uint setType);

    // hb_subset_sets_t: the set of table tags to leave out of the subset.
    private const uint DropTableTagSet = 3;

    /// <summary>
    /// OpenType layout tables (substitution, positioning and their companions): shaping has already
    /// chosen and placed every glyph, and a PDF reader only draws glyphs by ID, so they are dead weight,
    /// and working out which of their lookups a subset keeps is most of hb-subset's time.
    /// </summary>
    private static readonly string[] LayoutTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH"];

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    /// <summary>
    /// Returns a standalone font file holding only <paramref name="glyphIds"/> (plus what they are
    /// built from), at their original IDs. <paramref name="codePoints"/> keep their cmap entries, so the
    /// embedded font still maps the text's characters for tools that read the font program itself
    /// (the PDF's own ToUnicode map is written from the glyph runs).
    /// </summary>
    public static byte[] Subset(ReadOnlyMemory<byte> fontFile, int faceIndex, IEnumerable<ushort> glyphIds, IEnumerable<int> codePoints) =>
        HarfBuzzFaces.Use(fontFile, faceIndex, face =>
        {
            var input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail returned null (out of memory).");
            var subsetFace = IntPtr.Zero;
            var subsetBlob = IntPtr.Zero;
            try
            {
                hb_subset_input_set_flags(input, SubsetFlags);
                var dropped = hb_subset_input_set(input, DropTableTagSet);
                foreach (var table in LayoutTables) hb_set_add(dropped, Tag(table));
                var glyphSet = hb_subset_input_glyph_set(input);
                foreach (var glyph in glyphIds) hb_set_add(glyphSet, glyph);
                var unicodeSet = hb_subset_input_unicode_set(input);
                foreach (var codePoint in codePoints) hb_set_add(unicodeSet, (uint)codePoint);

                subsetFace = hb_subset_or_fail(face.Handle, input);
                if (subsetFace == IntPtr.Zero)
                {
                    throw new InvalidOperationException($"HarfBuzz could not subset font face {faceIndex}; the font file may be damaged.");
                }

                subsetBlob = hb_face_reference_blob(subsetFace);
                var data = hb_blob_get_data(subsetBlob, out var length);
                if (data == IntPtr.Zero || length == 0) throw new InvalidOperationException("HarfBuzz returned an empty font subset.");
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                if (subsetBlob != IntPtr.Zero) hb_blob_destroy(subsetBlob);
                if (subsetFace != IntPtr.Zero) hb_face_destroy(subsetFace);
                hb_subset_input_destroy(input);
            }
        });
}
