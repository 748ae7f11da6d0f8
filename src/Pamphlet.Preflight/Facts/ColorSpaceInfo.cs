namespace Pamphlet.Preflight.Facts;

/// <summary>PDF's colour space families.</summary>
public enum ColorFamily
{
    DeviceGray,
    DeviceRGB,
    DeviceCMYK,
    CalGray,
    CalRGB,
    Lab,
    ICCBased,
    Indexed,
    Separation,
    DeviceN,
    Pattern,
}

/// <summary>What a colour space's colours are made of, as far as a press is concerned.</summary>
public enum InkModel
{
    /// <summary>One component, black ink only.</summary>
    Gray,

    /// <summary>Screen primaries: converted to inks by whoever prints it.</summary>
    Rgb,

    /// <summary>Process inks cyan, magenta, yellow, black.</summary>
    Cmyk,

    /// <summary>CIE L*a*b*: converted to inks by whoever prints it.</summary>
    Lab,

    /// <summary>Named inks (Separation, DeviceN).</summary>
    Spot,

    /// <summary>Not known from the space alone (a pattern without an underlying space).</summary>
    Unknown,
}

/// <summary>
/// A colour space as used on a page: its family, number of components, the inks it names
/// (Separation and DeviceN) and the space it is built on (Indexed's base, ICCBased's components,
/// an uncoloured pattern's space). Two spaces are equal when their <see cref="Name"/>s are.
/// </summary>
public sealed record ColorSpaceInfo(ColorFamily Family, int Components, IReadOnlyList<string> Colorants, ColorSpaceInfo? Base)
{
    public static ColorSpaceInfo DeviceGray { get; } = new(ColorFamily.DeviceGray, 1, [], null);
    public static ColorSpaceInfo DeviceRgb { get; } = new(ColorFamily.DeviceRGB, 3, [], null);
    public static ColorSpaceInfo DeviceCmyk { get; } = new(ColorFamily.DeviceCMYK, 4, [], null);
    public static ColorSpaceInfo Pattern { get; } = new(ColorFamily.Pattern, 0, [], null);

    /// <summary>The separation PDF reserves for marks printed on every plate (registration).</summary>
    public const string AllColorant = "All";

    /// <summary>The separation PDF reserves for painting nothing.</summary>
    public const string NoneColorant = "None";

    /// <summary>How the space reads in a report: "DeviceRGB", "ICCBased RGB", "Separation All", "DeviceN (Cyan, Spot)", "Indexed DeviceRGB".</summary>
    public string Name { get; } = NameOf(Family, Components, Colorants, Base);

    /// <summary>What the colours are made of: an ICC or Indexed space is judged by its components or base.</summary>
    public InkModel Model => Family switch
    {
        ColorFamily.DeviceGray or ColorFamily.CalGray => InkModel.Gray,
        ColorFamily.DeviceRGB or ColorFamily.CalRGB => InkModel.Rgb,
        ColorFamily.DeviceCMYK => InkModel.Cmyk,
        ColorFamily.Lab => InkModel.Lab,
        ColorFamily.ICCBased => Components switch { 1 => InkModel.Gray, 3 => InkModel.Rgb, 4 => InkModel.Cmyk, _ => InkModel.Unknown },
        ColorFamily.Separation or ColorFamily.DeviceN => InkModel.Spot,
        _ => Base?.Model ?? InkModel.Unknown,
    };

    /// <summary>Whether the space is ICC-based (an Indexed space counts when its base is).</summary>
    public bool IsIccBased => Family == ColorFamily.ICCBased || Base?.IsIccBased == true;

    public bool Equals(ColorSpaceInfo? other) => other is not null && Name == other.Name;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Name;

    private static string NameOf(ColorFamily family, int components, IReadOnlyList<string> colorants, ColorSpaceInfo? baseSpace) => family switch
    {
        ColorFamily.ICCBased => components switch { 1 => "ICCBased Gray", 3 => "ICCBased RGB", 4 => "ICCBased CMYK", _ => $"ICCBased ({components} components)" },
        ColorFamily.Separation => $"Separation {(colorants.Count > 0 ? colorants[0] : "?")}",
        ColorFamily.DeviceN => $"DeviceN ({string.Join(", ", colorants)})",
        ColorFamily.Indexed or ColorFamily.Pattern when baseSpace is not null => $"{family} {baseSpace.Name}",
        _ => family.ToString(),
    };
}
