using System.Buffers.Binary;
using Pamphlet.Diagnostics;

namespace Pamphlet.Composition.Images;

public enum ImageFormat { Jpeg, Png }

/// <summary>
/// Pixel size and format of a JPEG or PNG, read from its header (composition needs proportions,
/// not pixels; the renderer loads the bytes). Anything else is an error telling the user what to do.
/// </summary>
public sealed record ImageInfo(string Path, ImageFormat Format, int PixelWidth, int PixelHeight)
{
    public double AspectRatio => PixelWidth / (double)PixelHeight;

    public static ImageInfo Read(string path, SourceLocation at)
    {
        if (!File.Exists(path))
        {
            throw new PamphletException(at,
                $"image '{System.IO.Path.GetFileName(path)}' not found (looked for {path}). Check the file name; image paths are relative to the statement's folder.");
        }
        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[Math.Min(stream.Length, 512 * 1024)];
            stream.ReadExactly(head);
        }
        catch (IOException e)
        {
            throw new PamphletException(at, $"image '{path}' cannot be read ({e.Message}). Check that the file is not open elsewhere and that you may read it.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new PamphletException(at, $"image '{path}' cannot be read: permission denied. Check the file's permissions.");
        }

        var info = TryPng(path, head) ?? TryJpeg(path, head);
        return info ?? throw new PamphletException(at,
            $"image '{System.IO.Path.GetFileName(path)}' is not a JPEG or PNG file. Save it as JPEG (photos) or PNG (graphics) and link that file.");
    }

    private static ImageInfo? TryPng(string path, byte[] b)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 24 || !b.AsSpan(0, 8).SequenceEqual(signature)) return null;
        var w = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16));
        var h = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20));
        return w > 0 && h > 0 ? new ImageInfo(path, ImageFormat.Png, w, h) : null;
    }

    private static ImageInfo? TryJpeg(string path, byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) { i++; continue; }
            var marker = b[i + 1];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF) { i += marker == 0xFF ? 1 : 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            // Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var h = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5));
                var w = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7));
                return w > 0 && h > 0 ? new ImageInfo(path, ImageFormat.Jpeg, w, h) : null;
            }
            i += 2 + length;
        }
        return null;
    }
}
