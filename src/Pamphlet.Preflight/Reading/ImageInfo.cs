using Pamphlet.Preflight.Facts;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>What the checks need of an image, read once per image object: pixels, colour, compression, soft mask, ink.</summary>
internal sealed record ImageInfo(string Name, int Width, int Height, int BitsPerComponent, ColorSpaceInfo? Space, string Filter, bool SoftMask, double? MaxTotalInk)
{
    /// <summary>
    /// CMYK images are decoded to measure their ink only up to this many bytes of pixels (64 MiB: an A4
    /// page at 300 ppi in CMYK is 35 MB): beyond it the memory and time would outweigh the rest of the
    /// check, and the image is reported with its ink not measured.
    /// </summary>
    public const int MaxMeasuredBytes = 64 * 1024 * 1024;

    /// <summary>An image XObject from its dictionary; its data (<paramref name="data"/>) is fetched only to measure a CMYK image's ink.</summary>
    public static ImageInfo Read(PdfObjects pdf, DictionaryToken dictionary, Func<StreamToken?> data, string name, Resources resources)
    {
        var width = (int)(pdf.GetNumber(dictionary, "Width") ?? 0);
        var height = (int)(pdf.GetNumber(dictionary, "Height") ?? 0);
        var stencil = pdf.GetBoolean(dictionary, "ImageMask") == true;
        var bits = stencil ? 1 : (int)(pdf.GetNumber(dictionary, "BitsPerComponent") ?? 8);
        var space = stencil ? null : resources.ColorSpace(pdf.Get(dictionary, "ColorSpace"));
        var filters = pdf.Get(dictionary, "Filter") switch
        {
            NameToken n => [n.Data],
            ArrayToken a => a.Data.Select(t => pdf.Resolve(t) is NameToken n ? n.Data : "?").ToArray(),
            _ => Array.Empty<string>(),
        };
        var softMask = pdf.GetStreamDictionary(dictionary, "SMask") is not null || pdf.GetNumber(dictionary, "SMaskInData") > 0;
        double? ink = null;
        if (space?.Model == InkModel.Cmyk && space.Family != ColorFamily.Indexed && bits == 8 &&
            filters.All(f => f is "FlateDecode" or "Fl") && (long)width * height * 4 <= MaxMeasuredBytes)
        {
            ink = data() is { } image ? MeasureCmykInk(pdf, image, width, height, pdf.Numbers(pdf.Get(dictionary, "Decode"))) : null;
        }

        return new ImageInfo(name, width, height, bits, space, filters.Length == 0 ? "none" : string.Join('+', filters), softMask, ink);
    }

    /// <summary>An inline image (BI … ID … EI), from its dictionary of abbreviated keys.</summary>
    public static ImageInfo ReadInline(Operand dictionary, Resources resources)
    {
        double Number(string key, string abbreviation, double fallback) =>
            (dictionary.Get(key) ?? dictionary.Get(abbreviation)) is { IsNumber: true } n ? n.Number : fallback;

        var stencil = (dictionary.Get("ImageMask") ?? dictionary.Get("IM")) is { Kind: OperandKind.Keyword, Text: "true" };
        var space = stencil ? null : (dictionary.Get("ColorSpace") ?? dictionary.Get("CS")) is { } cs ? InlineSpace(cs, resources) : null;
        var filters = (dictionary.Get("Filter") ?? dictionary.Get("F")) switch
        {
            { IsName: true } n => [Expand(n.Text!)],
            { Kind: OperandKind.Array, Items: { } items } => items.Select(i => Expand(i.Text ?? "?")).ToArray(),
            _ => Array.Empty<string>(),
        };
        return new ImageInfo("inline image", (int)Number("Width", "W", 0), (int)Number("Height", "H", 0),
            stencil ? 1 : (int)Number("BitsPerComponent", "BPC", 8), space, filters.Length == 0 ? "none" : string.Join('+', filters), false, null);
    }

    /// <summary>Bytes of an unfiltered inline image, so its data can be skipped exactly; null when filtered or unknown.</summary>
    public int? RawLength => Filter == "none" && Width > 0 && Height > 0
        ? (int)Math.Min(int.MaxValue, ((long)Width * (Space?.Components ?? 1) * BitsPerComponent + 7) / 8 * Height)
        : null;

    private static ColorSpaceInfo? InlineSpace(Operand operand, Resources resources)
    {
        if (operand.IsName) return ColorSpaces.Device(operand.Text!) ?? resources.ColorSpace(operand.Text!);
        // [/I /RGB 255 <…>]: an indexed space on a device (or named) base.
        if (operand is { Kind: OperandKind.Array, Items: [{ Text: "I" or "Indexed" }, { IsName: true } baseName, ..] })
        {
            var baseSpace = ColorSpaces.Device(baseName.Text!) ?? resources.ColorSpace(baseName.Text!);
            return baseSpace is null ? null : new ColorSpaceInfo(ColorFamily.Indexed, 1, [], baseSpace);
        }

        return null;
    }

    private static string Expand(string filter) => filter switch
    {
        "AHx" => "ASCIIHexDecode",
        "A85" => "ASCII85Decode",
        "LZW" => "LZWDecode",
        "Fl" => "FlateDecode",
        "RL" => "RunLengthDecode",
        "CCF" => "CCITTFaxDecode",
        "DCT" => "DCTDecode",
        _ => filter,
    };

    /// <summary>The largest C+M+Y+K of any pixel, in percent; null when the data is short or cannot be decoded.</summary>
    private static double? MeasureCmykInk(PdfObjects pdf, StreamToken image, int width, int height, double[]? decode)
    {
        byte[] pixels;
        try
        {
            pixels = pdf.Decode(image);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }

        var count = (long)width * height * 4;
        if (pixels.Length < count) return null;
        // A Decode array [1 0 …] inverts a channel (Adobe's inverted CMYK); anything else is read as is.
        var inverted = new bool[4];
        for (var c = 0; c < 4 && decode is { Length: >= 8 }; c++) inverted[c] = decode[2 * c] > decode[2 * c + 1];
        var max = 0;
        for (long i = 0; i < count; i += 4)
        {
            var sum = 0;
            for (var c = 0; c < 4; c++)
            {
                var v = pixels[i + c];
                sum += inverted[c] ? 255 - v : v;
            }

            if (sum > max) max = sum;
        }

        return max / 255.0 * 100;
    }
}
