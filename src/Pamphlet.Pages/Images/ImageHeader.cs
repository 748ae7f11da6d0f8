namespace Pamphlet.Pages.Images;

/// <summary>Where a JPEG stores its EXIF orientation value (2 bytes), so a renderer can reset it.</summary>
public readonly record struct ExifOrientationField(long Offset, bool BigEndian);

/// <summary>
/// What an image file's header says, read without decoding a pixel: format, stored size, colour
/// components (JPEG: 1 grey, 3 colour, 4 CMYK/YCCK; PNG: channels of its colour type) and the EXIF
/// orientation (JPEG only; PNG's eXIf chunk is ignored, as decoders ignore it). Composition frames
/// images with it; renderers check the decoded image against it.
/// </summary>
public sealed record ImageHeader(
    ImageFormat Format,
    int StoredWidth,
    int StoredHeight,
    int Components,
    ImageOrientation Orientation,
    ExifOrientationField? OrientationField = null)
{
    /// <summary>Width of the picture as seen, after its orientation is applied.</summary>
    public int Width => Orientation.SwapsSides() ? StoredHeight : StoredWidth;

    /// <summary>Height of the picture as seen, after its orientation is applied.</summary>
    public int Height => Orientation.SwapsSides() ? StoredWidth : StoredHeight;

    /// <summary>Pixels in the picture (as a long: 60,000 × 60,000 does not fit an int).</summary>
    public long PixelCount => (long)StoredWidth * StoredHeight;

    /// <summary>
    /// Reads the header from the start of <paramref name="stream"/>, segment by segment for JPEG (so
    /// large metadata before the frame header costs nothing), never the picture data.
    /// </summary>
    /// <exception cref="ImageHeaderException">The file is not a JPEG or PNG, or its header is cut short or damaged.</exception>
    public static ImageHeader Read(Stream stream)
    {
        Span<byte> start = stackalloc byte[PngHeaderReader.Signature.Length];
        if (stream.ReadAtLeast(start[..2], 2, throwOnEndOfStream: false) == 2 && start[0] == 0xFF && start[1] == 0xD8)
        {
            return new JpegHeaderReader(stream).Read();
        }

        var got = 2 + stream.ReadAtLeast(start[2..], start.Length - 2, throwOnEndOfStream: false);
        if (got == start.Length && start.SequenceEqual(PngHeaderReader.Signature))
        {
            return PngHeaderReader.Read(stream);
        }

        throw new ImageHeaderException(ImageProblem.NotJpegOrPng, "it starts neither like a JPEG nor like a PNG");
    }
}
