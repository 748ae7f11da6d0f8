using System.Buffers.Binary;

namespace Pamphlet.Pages.Images;

/// <summary>A PNG's IHDR chunk, which the format requires to come first, right after the signature.</summary>
internal static class PngHeaderReader
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads IHDR from a stream positioned just after the signature.</summary>
    public static ImageHeader Read(Stream stream)
    {
        // Length (4), type (4), then 13 bytes: width, height, bit depth, colour type, compression, filter, interlace.
        Span<byte> chunk = stackalloc byte[8 + 13];
        if (stream.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false) < chunk.Length)
        {
            throw new ImageHeaderException(ImageProblem.CutShort, "the file ends inside the PNG header");
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(chunk) != 13 || !chunk[4..8].SequenceEqual("IHDR"u8))
        {
            throw new ImageHeaderException(ImageProblem.Damaged, "the PNG header (IHDR) is not where the format puts it");
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(chunk[8..]);
        var height = BinaryPrimitives.ReadInt32BigEndian(chunk[12..]);
        var (depth, colourType, interlace) = (chunk[16], chunk[17], chunk[20]);
        if (width <= 0 || height <= 0)
        {
            throw new ImageHeaderException(ImageProblem.Damaged, $"the PNG header gives an impossible size ({width} × {height})");
        }

        var channels = colourType switch { 0 => 1, 2 => 3, 3 => 3, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || !DepthAllowed(colourType, depth) || chunk[18] != 0 || chunk[19] != 0 || interlace > 1)
        {
            throw new ImageHeaderException(ImageProblem.Damaged,
                $"the PNG header has values the format does not allow (colour type {colourType}, bit depth {depth})");
        }

        return new ImageHeader(ImageFormat.Png, width, height, channels, ImageOrientation.Normal);
    }

    /// <summary>The bit depths the PNG specification allows for each colour type.</summary>
    private static bool DepthAllowed(byte colourType, byte depth) => colourType switch
    {
        0 => depth is 1 or 2 or 4 or 8 or 16,
        3 => depth is 1 or 2 or 4 or 8,
        _ => depth is 8 or 16,
    };
}
