using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// One whole-font <see cref="SKTypeface"/> per <see cref="FontFace"/>, for one raster render or, with
/// <see cref="KeepOnly"/>, for a run of them. A face whose bytes are not the ones its typeface was
/// made from (the font file was read again) gets a new typeface.
/// </summary>
internal sealed class TypefaceCache : IDisposable
{
    private readonly Dictionary<FontFace, (ReadOnlyMemory<byte> Data, SKTypeface Typeface)> typefaces = [];

    public SKTypeface Get(FontFace face)
    {
        if (typefaces.TryGetValue(face, out var cached))
        {
            if (cached.Data.Equals(face.Data)) return cached.Typeface;
            typefaces.Remove(face);
            cached.Typeface.Dispose();
        }

        using var data = SKData.CreateCopy(face.Data.Span);
        var typeface = SKTypeface.FromData(data, face.Index)
            ?? throw new InvalidOperationException($"Skia could not load the font {face}. Use a TrueType (.ttf) font file.");
        typefaces.Add(face, (face.Data, typeface));
        return typeface;
    }

    /// <summary>Lets go of every typeface but <paramref name="wanted"/>'s: what the pages kept on screen still use.</summary>
    public void KeepOnly(IReadOnlySet<FontFace> wanted)
    {
        foreach (var face in typefaces.Keys.Where(face => !wanted.Contains(face)).ToList())
        {
            typefaces.Remove(face, out var cached);
            cached.Typeface.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var (_, typeface) in typefaces.Values) typeface.Dispose();
        typefaces.Clear();
    }
}
