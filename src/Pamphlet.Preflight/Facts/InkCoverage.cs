namespace Pamphlet.Preflight.Facts;

/// <summary>How much ink a colour lays down, from its space and components: one rule for every check that adds inks.</summary>
internal static class InkCoverage
{
    /// <summary>
    /// Total ink in percent: grey as black ink (0 is 100 %), CMYK and tints summed; null for spaces whose
    /// inks depend on a conversion (RGB, Lab, Indexed, patterns) or when components are missing.
    /// </summary>
    public static double? Total(ColorSpaceInfo space, IReadOnlyList<double> components)
    {
        if (components.Count == 0 || components.Count != space.Components) return null;
        return space.Model switch
        {
            InkModel.Gray when space.Family != ColorFamily.Indexed => (1 - Math.Clamp(components[0], 0, 1)) * 100,
            InkModel.Cmyk when space.Family != ColorFamily.Indexed => components.Sum(c => Math.Clamp(c, 0, 1)) * 100,
            InkModel.Spot => components.Where((_, i) => !IsNone(space.Colorants, i)).Sum(c => Math.Clamp(c, 0, 1)) * 100,
            _ => null,
        };
    }

    /// <summary>
    /// The share of its ink a colour lays down, 0..1, where there is one answer: a grey's black, a tint,
    /// the strongest ink of a CMYK or DeviceN colour; null otherwise.
    /// </summary>
    public static double? Strongest(ColorSpaceInfo space, IReadOnlyList<double> components)
    {
        if (components.Count == 0 || components.Count != space.Components || space.Family == ColorFamily.Indexed) return null;
        return space.Model switch
        {
            InkModel.Gray => 1 - Math.Clamp(components[0], 0, 1),
            InkModel.Cmyk or InkModel.Spot => components.Max(c => Math.Clamp(c, 0, 1)),
            _ => null,
        };
    }

    /// <summary>Registration (Separation All) prints on every plate by design: marks, never artwork, so it is left out of ink totals.</summary>
    public static bool IsRegistration(ColorSpaceInfo space) =>
        space.Family == ColorFamily.Separation && space.Colorants is [ColorSpaceInfo.AllColorant];

    private static bool IsNone(IReadOnlyList<string> colorants, int index) =>
        index < colorants.Count && colorants[index] == ColorSpaceInfo.NoneColorant;
}
