using Pamphlet.Preflight.Facts;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>Reads colour spaces (ISO 32000-1 §8.6) from names and arrays into <see cref="ColorSpaceInfo"/>.</summary>
internal static class ColorSpaces
{
    /// <summary>Spaces built on spaces (Indexed on ICCBased, a pattern on Indexed) nest at most this deep; deeper is damage.</summary>
    private const int MaxDepth = 8;

    /// <summary>
    /// A device space by its name or inline-image abbreviation (G, RGB, CMYK), or Pattern; null for any
    /// other name, which the caller looks up in the resources.
    /// </summary>
    public static ColorSpaceInfo? Device(string name) => name switch
    {
        "DeviceGray" or "G" => ColorSpaceInfo.DeviceGray,
        "DeviceRGB" or "RGB" => ColorSpaceInfo.DeviceRgb,
        "DeviceCMYK" or "CMYK" => ColorSpaceInfo.DeviceCmyk,
        "Pattern" => ColorSpaceInfo.Pattern,
        _ => null,
    };

    /// <summary>
    /// A colour space given as a name or array in a PDF object, names looked up in
    /// <paramref name="lookup"/> (the resources' /ColorSpace); null when it cannot be read.
    /// </summary>
    public static ColorSpaceInfo? Read(PdfObjects pdf, IToken? token, Func<string, IToken?> lookup, int depth = 0)
    {
        if (depth > MaxDepth) return null;
        token = pdf.Resolve(token);
        switch (token)
        {
            case NameToken name:
                return Device(name.Data) ?? Read(pdf, lookup(name.Data), _ => null, depth + 1);
            case ArrayToken { Data.Count: > 0 } array when pdf.Resolve(array.Data[0]) is NameToken family:
                return ReadArray(pdf, family.Data, array.Data, lookup, depth);
            default:
                return null;
        }
    }

    private static ColorSpaceInfo? ReadArray(PdfObjects pdf, string family, IReadOnlyList<IToken> items, Func<string, IToken?> lookup, int depth)
    {
        IToken? At(int i) => i < items.Count ? pdf.Resolve(items[i]) : null;
        IToken? Raw(int i) => i < items.Count ? items[i] : null;
        switch (family)
        {
            case "DeviceGray" or "DeviceRGB" or "DeviceCMYK" or "G" or "RGB" or "CMYK":
                return Device(family);
            case "CalGray":
                return new ColorSpaceInfo(ColorFamily.CalGray, 1, [], null);
            case "CalRGB":
                return new ColorSpaceInfo(ColorFamily.CalRGB, 3, [], null);
            case "Lab":
                return new ColorSpaceInfo(ColorFamily.Lab, 3, [], null);
            case "ICCBased":
                {
                    // The profile's dictionary says how many components it has; its bytes are not needed.
                    var profile = pdf.StreamDictionary(Raw(1));
                    var n = (int?)pdf.GetNumber(profile, "N");
                    if (n is null && profile is not null && Read(pdf, pdf.Get(profile, "Alternate"), lookup, depth + 1) is { } alternate) n = alternate.Components;
                    return new ColorSpaceInfo(ColorFamily.ICCBased, n ?? 0, [], null);
                }

            case "Indexed" or "I":
                return Read(pdf, At(1), lookup, depth + 1) is { } indexedBase
                    ? new ColorSpaceInfo(ColorFamily.Indexed, 1, [], indexedBase)
                    : null;
            case "Separation":
                return At(1) is NameToken ink ? new ColorSpaceInfo(ColorFamily.Separation, 1, [ink.Data], null) : null;
            case "DeviceN":
                if (At(1) is not ArrayToken names) return null;
                var colorants = names.Data.Select(t => pdf.Resolve(t) is NameToken n ? n.Data : "?").ToArray();
                return new ColorSpaceInfo(ColorFamily.DeviceN, colorants.Length, colorants, null);
            case "Pattern":
                return items.Count > 1 && Read(pdf, At(1), lookup, depth + 1) is { } under
                    ? new ColorSpaceInfo(ColorFamily.Pattern, under.Components, [], under)
                    : ColorSpaceInfo.Pattern;
            default:
                return null;
        }
    }
}
