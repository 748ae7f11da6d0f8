using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// One <see cref="SKImage"/> per image file for one render. Images are created from their encoded
/// bytes and never decoded here, so the PDF backend can embed JPEGs unchanged (DCTDecode).
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<string, SKImage> images = new(StringComparer.Ordinal);

    public SKImage Get(string path)
    {
        var key = Path.GetFullPath(path);
        if (images.TryGetValue(key, out var cached)) return cached;
        if (!File.Exists(key)) throw new FileNotFoundException($"Image file not found: {path}. Check the image path in the document.", path);
        var image = SKImage.FromEncodedData(File.ReadAllBytes(key))
            ?? throw new InvalidDataException($"Cannot read image {path}: it is not a JPEG or PNG file Skia can decode. Re-export it as JPEG or PNG.");
        images.Add(key, image);
        return image;
    }

    public void Dispose()
    {
        foreach (var image in images.Values) image.Dispose();
        images.Clear();
    }
}
