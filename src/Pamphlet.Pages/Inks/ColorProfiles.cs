namespace Pamphlet.Pages.Inks;

/// <summary>
/// The ICC profiles bundled with the program (copied to <c>profiles/</c> beside it by the build):
/// FOGRA39 coated CMYK for PDF/X output and the conversion of screen colours to process inks, and
/// sRGB for photos that carry no profile of their own. Read once, on first use.
/// </summary>
public static class ColorProfiles
{
    /// <summary>The folder the build copies the profiles to, beside the running program.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "profiles");

    /// <summary>What PDF/X calls the printing condition the CMYK profile describes (its OutputConditionIdentifier).</summary>
    public const string CmykCondition = "FOGRA39";

    /// <summary>The profile's own description of that condition, for the output intent's /Info.</summary>
    public const string CmykConditionInfo = "Coated FOGRA39 (ISO 12647-2:2004/Amd 1), FOGRA39L_coated.icc";

    /// <summary>The registry where the condition is defined (the ICC's characterisation data registry).</summary>
    public const string CmykRegistry = "http://www.color.org";

    private static readonly Lazy<byte[]> cmyk = new(() => Read("FOGRA39L_coated.icc"));
    private static readonly Lazy<byte[]> srgb = new(() => Read("sRGB.icc"));

    /// <summary>FOGRA39L coated (CMYK, Lab PCS, 16-bit lookup tables).</summary>
    public static ReadOnlySpan<byte> Cmyk => cmyk.Value;

    /// <summary>IEC 61966-2.1 sRGB (matrix and curves).</summary>
    public static ReadOnlySpan<byte> Srgb => srgb.Value;

    private static byte[] Read(string name)
    {
        var path = Path.Combine(BundledFolder, name);
        // The profiles are part of the program, like its fonts: a missing one is a broken install, not a user error.
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The bundled colour profile {name} is missing from {BundledFolder}; reinstall Pamphlet.", path);
    }
}
