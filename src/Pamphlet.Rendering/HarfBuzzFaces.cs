using HarfBuzzSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// A HarfBuzz face over font bytes already in memory (a <see cref="Pamphlet.Pages.FontFace"/>'s data),
/// pinned for as long as the face is used and never copied: one way for every renderer that reads a
/// font through HarfBuzz (subsetting, cmap lookups, sheet labels).
/// </summary>
internal static class HarfBuzzFaces
{
    public static T Use<T>(ReadOnlyMemory<byte> fontFile, int faceIndex, Func<Face, T> use)
    {
        using var pin = fontFile.Pin();
        unsafe
        {
            using var blob = new Blob((IntPtr)pin.Pointer, fontFile.Length, MemoryMode.ReadOnly);
            using var face = new Face(blob, faceIndex);
            return use(face);
        }
    }
}
