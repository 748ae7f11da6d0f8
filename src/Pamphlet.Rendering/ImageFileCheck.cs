using Pamphlet.Pages.Images;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Decodes an image file once, before anything is written, to find what its header cannot show: a
/// file cut short or damaged inside its picture data (a PDF would show it half grey), or a decoder
/// that reads its size or orientation differently from the header. Separate from drawing, so another
/// PDF writer can run the same check.
/// </summary>
public static class ImageFileCheck
{
    /// <summary>
    /// JPEGs are decoded at 1/8 scale: the decoder still reads every byte of the picture data (so a
    /// cut is found) but skips most of the work and memory. PNG decoders cannot scale and decode in full.
    /// </summary>
    private const float CheckScale = 0.125f;

    /// <exception cref="UnreadableImageException">The file cannot be read, is cut short, damaged or contradicts itself.</exception>
    public static void Verify(string path)
    {
        ImageHeader header;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
            header = Header(path, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableImageException(path, ImageProblem.Unreadable, e.Message);
        }

        using var codec = SKCodec.Create(path)
            ?? throw new UnreadableImageException(path, ImageProblem.Damaged, "the decoder cannot read its picture data");
        if (Disagreement(header, codec.Info.Width, codec.Info.Height, codec.EncodedOrigin) is { } disagreement)
        {
            throw new UnreadableImageException(path, ImageProblem.Inconsistent, disagreement);
        }

        var size = codec.GetScaledDimensions(CheckScale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var pixels = new SKBitmap();
        if (!pixels.TryAllocPixels(info))
        {
            throw new UnreadableImageException(path, ImageProblem.Unreadable, $"there is not enough memory to decode {size.Width} × {size.Height} pixels");
        }

        var result = codec.GetPixels(info, pixels.GetPixels());
        switch (result)
        {
            case SKCodecResult.Success:
                return;
            case SKCodecResult.IncompleteInput:
                throw new UnreadableImageException(path, ImageProblem.CutShort, "its picture data ends early");
            case SKCodecResult.ErrorInInput:
                throw new UnreadableImageException(path, ImageProblem.Damaged, "its picture data has errors");
            default:
                throw new UnreadableImageException(path, ImageProblem.Damaged, $"the decoder cannot read its picture data ({result})");
        }
    }

    /// <summary>How the decoder's reading of size and orientation differs from the header's, or null when they agree.</summary>
    internal static string? Disagreement(ImageHeader header, int decodedWidth, int decodedHeight, SKEncodedOrigin decodedOrigin)
    {
        if (decodedWidth != header.StoredWidth || decodedHeight != header.StoredHeight)
        {
            return $"its header says {header.StoredWidth} × {header.StoredHeight} pixels but the decoder finds {decodedWidth} × {decodedHeight}";
        }

        return (int)decodedOrigin != (int)header.Orientation
            ? $"its EXIF orientation reads as {(int)header.Orientation} to Pamphlet but as {(int)decodedOrigin} to the decoder"
            : null;
    }

    /// <summary>The header of the file, with header problems reported like decoding ones.</summary>
    internal static ImageHeader Header(string path, Stream stream)
    {
        try
        {
            return ImageHeader.Read(stream);
        }
        catch (ImageHeaderException e)
        {
            throw new UnreadableImageException(path, e.Problem, e.Detail);
        }
    }
}
