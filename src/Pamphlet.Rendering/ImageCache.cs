using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using Pamphlet.Pages.Inks;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// One <see cref="SKImage"/> per image file (as it is on disk now: <see cref="ImageFileStamp"/>) and
/// rendition, for one raster render or, with <see cref="KeepOnly"/>, for a run of them. A photo as it is is
/// made from the file's encoded bytes: Skia would turn a JPEG by its EXIF orientation itself; the
/// page drawer turns images by <see cref="ImageItem.Orientation"/> instead (as the PDF writer does),
/// so the orientation value is reset to 1 in the bytes Skia sees. A photo printed in one ink
/// (<see cref="ImageItem.Monochrome"/>) is decoded and shown as that ink on paper, by the same rule
/// as the PDF (<see cref="MonochromePixels"/>).
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<(ImageFileStamp File, MonochromeImage? Monochrome), SKImage> images = [];

    /// <summary>The stored (unturned) pixels of <paramref name="item"/>'s file, in its rendition.</summary>
    public SKImage Get(ImageItem item)
    {
        var key = (ImageFileStamp.Of(item.Path), item.Monochrome);
        if (images.TryGetValue(key, out var cached)) return cached;
        var image = item.Monochrome is { } monochrome ? Monochrome(item, monochrome) : AsStored(item);
        images.Add(key, image);
        return image;
    }

    /// <summary>Lets go of every image but <paramref name="wanted"/>'s (files as they are now, in their renditions): what the pages kept on screen still show.</summary>
    public void KeepOnly(IReadOnlySet<(ImageFileStamp File, MonochromeImage? Monochrome)> wanted)
    {
        foreach (var key in images.Keys.Where(key => !wanted.Contains(key)).ToList())
        {
            images.Remove(key, out var image);
            image!.Dispose();
        }
    }

    /// <summary>Each pixel as its ink share's look on paper: grey for black, the spot ink's look mixed with paper.</summary>
    private static SKImage Monochrome(ImageItem item, MonochromeImage monochrome)
    {
        var pixels = new MonochromePixels(monochrome);
        var looks = new SKColor[256];
        for (var share = 0; share < looks.Length; share++) looks[share] = SkiaColor.From(pixels.Look((byte)share));
        using var rows = ImageRowReader.Open(item);
        var info = new SKImageInfo(rows.Width, rows.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var shown = new byte[info.BytesSize64];
        var rgba = new byte[rows.Width * 4];
        var shares = new byte[rows.Width];
        for (var y = 0; y < rows.Height; y++)
        {
            rows.Next(rgba);
            pixels.InkShares(rgba, shares);
            var row = shown.AsSpan(y * rgba.Length, rgba.Length);
            for (var x = 0; x < shares.Length; x++)
            {
                var look = looks[shares[x]];
                (row[x * 4], row[x * 4 + 1], row[x * 4 + 2], row[x * 4 + 3]) = (look.Red, look.Green, look.Blue, 255);
            }
        }

        return SKImage.FromPixelCopy(info, shown);
    }

    private static SKImage AsStored(ImageItem item)
    {
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
