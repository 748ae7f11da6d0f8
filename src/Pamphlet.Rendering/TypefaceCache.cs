using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>One whole-font <see cref="SKTypeface"/> per <see cref="FontFace"/> for one raster render.</summary>
internal sealed class TypefaceCache : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> typefaces = [];

    public SKTypeface Get(FontFace face)
    {
        if (typefaces.TryGetValue(face, out var cached)) return cached;
        using var data = SKData.CreateCopy(face.Data.Span);
        var typeface = SKTypeface.FromData(data, face.Index)
            ?? throw new InvalidOperationException($"Skia could not load the font {face}. Use a TrueType (.ttf) font file.");
        typefaces.Add(face, typeface);
        return typeface;
    }

    public void Dispose()
    {
        foreach (var typeface in typefaces.Values) typeface.Dispose();
        typefaces.Clear();
    }
}
