using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// One <see cref="SKImage"/> per image file for one raster render, made from the file's encoded bytes.
/// Skia would turn a JPEG by its EXIF orientation itself; the page drawer turns images by
/// <see cref="ImageItem.Orientation"/> instead (as the PDF writer does), so the orientation value is
/// reset to 1 in the bytes Skia sees.
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<string, SKImage> images = new(StringComparer.Ordinal);

    /// <summary>The stored (unturned) pixels of <paramref name="item"/>'s file.</summary>
    public SKImage Get(ImageItem item)
    {
        if (images.TryGetValue(Path.GetFullPath(item.Path), out var cached)) return cached;
        var (key, file, header) = ImageFileBytes.Open(item);
        byte[] bytes;
        using (file) bytes = ImageFileBytes.ReadAll(key, file);

        if (header.OrientationField is { } field && header.Orientation != ImageOrientation.Normal)
        {
            WriteUInt16(bytes, field, (ushort)ImageOrientation.Normal);
        }

        var image = SKImage.FromEncodedData(bytes)
            ?? throw new UnreadableImageException(key, ImageProblem.Damaged, "its picture data cannot be decoded");
        if (image.Width != header.StoredWidth || image.Height != header.StoredHeight)
        {
            image.Dispose();
            throw new UnreadableImageException(key, ImageProblem.Inconsistent,
                $"its header says {header.StoredWidth} × {header.StoredHeight} pixels but the decoder finds {image.Width} × {image.Height}");
        }

        images.Add(key, image);
        return image;
    }

    private static void WriteUInt16(byte[] bytes, ExifOrientationField field, ushort value)
    {
        var at = checked((int)field.Offset);
        (bytes[at], bytes[at + 1]) = field.BigEndian ? ((byte)(value >> 8), (byte)value) : ((byte)value, (byte)(value >> 8));
    }

    public void Dispose()
    {
        foreach (var image in images.Values) image.Dispose();
        images.Clear();
    }
}
