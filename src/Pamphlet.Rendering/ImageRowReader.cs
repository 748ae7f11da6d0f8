using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// An image file's stored pixels (not turned by its EXIF orientation: the page turns them), handed
/// out row by row, top to bottom, as unpremultiplied RGBA with no colour conversion. JPEGs (photos,
/// the large files) are decoded a row at a time, so they are never held decoded as a whole; Skia
/// cannot decode PNGs by rows (measured: scanline decoding is "unimplemented" for them), so a PNG is
/// decoded whole first. Checked like every image a renderer opens (<see cref="ImageFileBytes"/>).
/// </summary>
internal sealed class ImageRowReader : IDisposable
{
    private readonly SKCodec codec;
    private readonly SKData data;
    // The whole decoded picture, for formats that cannot be decoded by rows; else null.
    private byte[]? decoded;
    private int next;

    private ImageRowReader(string path, ImageHeader header, SKData data, SKCodec codec)
    {
        (Path, Header, this.data, this.codec) = (path, header, data, codec);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    public ImageHeader Header { get; }

    public int Width => Header.StoredWidth;

    public int Height => Header.StoredHeight;

    /// <exception cref="UnreadableImageException">The file is unreadable, damaged or not the one the page was composed with.</exception>
    public static ImageRowReader Open(ImageItem item)
    {
        var (path, file, header) = ImageFileBytes.Open(item);
        byte[] bytes;
        using (file) bytes = ImageFileBytes.ReadAll(path, file);
        var data = SKData.CreateCopy(bytes);
        var codec = SKCodec.Create(data);
        if (codec is null)
        {
            data.Dispose();
            throw new UnreadableImageException(path, ImageProblem.Damaged, "its picture data cannot be decoded");
        }

        var reader = new ImageRowReader(path, header, data, codec);
        try
        {
            if (codec.Info.Width != header.StoredWidth || codec.Info.Height != header.StoredHeight)
            {
                throw new UnreadableImageException(path, ImageProblem.Inconsistent,
                    $"its header says {header.StoredWidth} × {header.StoredHeight} pixels but the decoder finds {codec.Info.Width} × {codec.Info.Height}");
            }

            // No colour space: the channels come as the file stores them (sRGB-encoded for our purposes).
            var info = new SKImageInfo(header.StoredWidth, header.StoredHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            if (header.Format == ImageFormat.Png) reader.DecodeWhole(info);
            else if (codec.StartScanlineDecode(info) is var result && result != SKCodecResult.Success) throw reader.Failed(result);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Decodes the next row into <paramref name="rgba"/> (<see cref="Width"/> × 4 bytes).</summary>
    /// <exception cref="UnreadableImageException">The picture data ends early.</exception>
    public unsafe void Next(Span<byte> rgba)
    {
        if (rgba.Length != Width * 4) throw new ArgumentException($"A row is {Width * 4} bytes.", nameof(rgba));
        if (next >= Height) throw new InvalidOperationException("Every row has been read.");
        if (decoded is not null)
        {
            decoded.AsSpan(next * rgba.Length, rgba.Length).CopyTo(rgba);
        }
        else
        {
            int rows;
            fixed (byte* row = rgba) rows = codec.GetScanlines((IntPtr)row, 1, rgba.Length);
            if (rows != 1) throw Failed(SKCodecResult.IncompleteInput);
        }

        next++;
    }

    private unsafe void DecodeWhole(SKImageInfo info)
    {
        decoded = new byte[info.BytesSize64];
        SKCodecResult result;
        fixed (byte* pixels = decoded) result = codec.GetPixels(info, (IntPtr)pixels);
        if (result != SKCodecResult.Success) throw Failed(result);
    }

    private UnreadableImageException Failed(SKCodecResult result) => result == SKCodecResult.IncompleteInput
        ? new UnreadableImageException(Path, ImageProblem.CutShort, "its picture data ends early")
        : new UnreadableImageException(Path, ImageProblem.Damaged, $"the decoder cannot read its picture data ({result})");

    public void Dispose()
    {
        codec.Dispose();
        data.Dispose();
    }
}
