namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Whether a JPEG has Adobe's APP14 segment. Adobe applications store CMYK JPEGs with every
/// channel inverted (0 = full ink) and mark them with this segment; decoders and PDF readers
/// follow that convention, so a PDF places such a JPEG with an inverting /Decode array.
/// </summary>
internal static class JpegAdobeMarker
{
    private const byte App14 = 0xEE;

    private static ReadOnlySpan<byte> Signature => "Adobe"u8;

    public static bool IsPresent(Stream jpeg) => JpegAppSegments.Read(jpeg, App14).Exists(p => p.AsSpan().StartsWith(Signature));
}
