using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Images;

namespace Pamphlet.Composition.Images;

/// <summary>
/// The largest image Pamphlet decodes, checked from the header before any pixel is decoded: a small
/// file can claim an enormous picture (a PNG of zeros compresses about a thousand to one), and
/// decoding takes 4 bytes per pixel.
/// </summary>
internal static class ImageLimits
{
    /// <summary>
    /// 100 megapixels: 400 MB once decoded, well past any phone photo (12–50 MP, 108 MP in some
    /// modes) and past what print needs (an A2 poster at 300 ppi is 35 MP).
    /// </summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>
    /// 30,000 pixels per side: a panorama that long is 2.5 m at 300 ppi, longer than any sheet we
    /// print; it keeps one decoded row small whatever the other side is.
    /// </summary>
    public const int MaxSide = 30_000;

    /// <summary>What the message suggests instead: sharp at 300 ppi up to about A3 (4,000 px = 34 cm).</summary>
    public const int SuggestedLongSide = 4_000;

    public static void Check(ImageHeader header, string fileName, SourceLocation at)
    {
        if (header.PixelCount <= MaxPixels && header.StoredWidth <= MaxSide && header.StoredHeight <= MaxSide) return;
        var megapixels = header.PixelCount / 1e6;
        throw new PamphletException(at,
            $"image '{fileName}' is {Count(header.Width)} × {Count(header.Height)} pixels ({megapixels.ToString("#,0.#", CultureInfo.InvariantCulture)} megapixels); " +
            $"Pamphlet places images of at most {Count(MaxPixels / 1_000_000)} megapixels and {Count(MaxSide)} pixels per side. " +
            $"Scale it down in an image editor ({Count(SuggestedLongSide)} pixels on the long side is plenty for print) and save it again.");
    }

    private static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
