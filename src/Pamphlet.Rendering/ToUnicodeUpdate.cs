using System.Text;
using Pamphlet.Pages;

namespace Pamphlet.Rendering;

/// <summary>
/// Skia builds each font's ToUnicode map from the font's cmap, so a ligature glyph extracts as a
/// presentation form (U+FB03 "ﬃ") or not at all, in every reader that ignores /ActualText. This
/// replaces those maps with ones built from the text each glyph was drawn for ("ffi").
/// </summary>
internal static class ToUnicodeUpdate
{
    /// <param name="fontFiles">The exact font files given to Skia, to recognise each embedded font.</param>
    public static void Apply(PdfIncrementalUpdate update, IReadOnlyDictionary<FontFace, byte[]> fontFiles, GlyphUsage usage)
    {
        foreach (var number in update.Original.ObjectNumbers.ToList())
        {
            var font = update.TryReadDictionary(number);
            if (font is null || font["Type"] != "/Font" || font["Subtype"] != "/Type0") continue;
            var face = EmbeddedFace(update, font, fontFiles)
                ?? throw new InvalidOperationException($"PDF font object {number} matches none of the fonts given to Skia.");
            var cmap = Encoding.ASCII.GetBytes(ToUnicodeCMap.Build(usage.TextOf(face)));
            var stream = update.AddStream(new Dictionary<string, string>(), cmap);
            update.AddKeys(number, new Dictionary<string, string> { ["ToUnicode"] = $"{stream} 0 R" });
        }
    }

    /// <summary>Type0 font → descendant CIDFont → FontDescriptor → FontFile2, compared byte for byte.</summary>
    private static FontFace? EmbeddedFace(PdfIncrementalUpdate update, PdfDictionary type0, IReadOnlyDictionary<FontFace, byte[]> fontFiles)
    {
        var descendant = Follow(update, type0, "DescendantFonts");
        var descriptor = descendant is null ? null : Follow(update, descendant, "FontDescriptor");
        var fileReference = descriptor?["FontFile2"];
        if (fileReference is null) return null;
        var embedded = update.Original.ReadStream(PdfDictionary.References(fileReference).First());
        return fontFiles.FirstOrDefault(f => f.Value.AsSpan().SequenceEqual(embedded)).Key;
    }

    private static PdfDictionary? Follow(PdfIncrementalUpdate update, PdfDictionary dictionary, string key) =>
        dictionary[key] is { } value && PdfDictionary.References(value).FirstOrDefault() is var target and > 0
            ? update.TryReadDictionary(target)
            : null;
}
