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
        if (!File.Exists(key)) throw new UnreadableImageException(key, "the file does not exist");
        var image = SKImage.FromEncodedData(File.ReadAllBytes(key))
            ?? throw new UnreadableImageException(key, "the file is damaged or cut short, or is not really a JPEG or PNG");
        images.Add(key, image);
        return image;
    }

    public void Dispose()
    {
        foreach (var image in images.Values) image.Dispose();
        images.Clear();
    }
}
