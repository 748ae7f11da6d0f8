namespace Pamphlet.Pages.Inks;

/// <summary>Limits of what a press prints, shared by the builds that write colours and the checks that read them.</summary>
public static class InkLimits
{
    /// <summary>
    /// Total area coverage of C+M+Y+K as a fraction (3.0 = 300 %): the most coated offset paper takes
    /// before ink sets off onto the next sheet (ISO 12647-2; uncoated stock wants 260–300 %).
    /// </summary>
    public const double MaxTotalInk = 3.0;

    /// <summary>
    /// The tint a risograph lays down at most on large areas: full solids smear and stick to the drum,
    /// and shops ask for about 85 %.
    /// </summary>
    public const double RisoSolidCap = 0.85;

    /// <summary>
    /// Areas at least this wide and tall (10 mm, in points) count as large solids: they pick up enough
    /// ink to smear on a risograph and look grey in black ink alone on a press. Rules, bullets and type stay below it.
    /// </summary>
    public const double LargeAreaMinSide = 10 * 72 / 25.4;
}
