using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// One <see cref="SKTypeface"/> per <see cref="FontFace"/> for one render. PDFs get subset fonts
/// (Skia would embed the whole file); raster output uses the whole font, where size does not matter.
/// </summary>
internal sealed class TypefaceCache : IDisposable
{
    private readonly Func<FontFace, (byte[] Bytes, int Index)> fontFileOf;
    private readonly Dictionary<FontFace, SKTypeface> typefaces = [];
    private readonly Dictionary<FontFace, byte[]> fontFiles = [];

    private TypefaceCache(Func<FontFace, (byte[] Bytes, int Index)> fontFileOf) => this.fontFileOf = fontFileOf;

    public static TypefaceCache WholeFonts() => new(face => (face.Data.ToArray(), face.Index));

    /// <summary>Subsets each face to what <paramref name="usage"/> says is drawn with it.</summary>
    public static TypefaceCache Subsets(GlyphUsage usage) => new(face =>
        // A subset is a single-face font file, so its index is 0 even when the source is a collection.
        (HarfBuzzSubset.Subset(face.Data, face.Index, usage.GlyphsOf(face), usage.CodePointsOf(face)), 0));

    /// <summary>The font file bytes behind each typeface handed out so far (what Skia embeds).</summary>
    public IReadOnlyDictionary<FontFace, byte[]> FontFiles => fontFiles;

    public SKTypeface Get(FontFace face)
    {
        if (typefaces.TryGetValue(face, out var cached)) return cached;
        var (bytes, index) = fontFileOf(face);
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data, index)
            ?? throw new InvalidOperationException($"Skia could not load the font {face}. Use a TrueType (.ttf) font file.");
        typefaces.Add(face, typeface);
        fontFiles.Add(face, bytes);
        return typeface;
    }

    public void Dispose()
    {
        foreach (var typeface in typefaces.Values) typeface.Dispose();
        typefaces.Clear();
        fontFiles.Clear();
    }
}
