namespace Pamphlet.Pages.Inks;

/// <summary>
/// A risograph ink (one drum): its name as the shops' ink charts give it, and how it looks on paper,
/// as a CMYK look-alike for on-screen previews of the composite (the separations print it in grey).
/// </summary>
public sealed record RisoInk(string Name, Color Look)
{
    /// <summary>The ink as a spot colour at <paramref name="tint"/>: one Separation per drum in the composite PDF.</summary>
    public Color At(double tint) => Color.Spot(Name, Look, tint);

    /// <summary>The name as typed on the command line: lower case, words joined by hyphens ("fluorescent-pink").</summary>
    public string Key => RisoInks.KeyOf(Name);
}
