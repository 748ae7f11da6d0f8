using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Layouts.Model;

/// <summary>
/// How the layout's colours are printed with each ink (<c>ink:</c>, <c>black-only:</c>, <c>cmyk:</c>
/// and <c>riso:</c> in a layout). Colours are named by their palette name; a colour the layout does
/// not name here gets the print stage's default for that ink.
/// </summary>
public sealed record InkSetup
{
    /// <summary>The ink this layout prints with when neither the command line, the manifest nor the statement chooses one.</summary>
    public required InkChoice Default { get; init; }

    /// <summary><c>--ink black</c>: palette name → share of black ink (1 solid, 0 paper).</summary>
    public required IReadOnlyDictionary<string, double> BlackOnly { get; init; }

    /// <summary><c>--ink cmyk</c>: palette name → the process inks to print it with.</summary>
    public required IReadOnlyDictionary<string, Color> Cmyk { get; init; }

    /// <summary><c>--ink cmyk</c>: what large solid black areas print in (black ink alone looks grey and mottled on a large area).</summary>
    public required Color RichBlack { get; init; }

    /// <summary><c>--ink riso:…</c>: which drum prints each colour, and how.</summary>
    public required RisoSetup Riso { get; init; }
}

/// <summary>A colour on one risograph drum: the drum's number (1 = the first ink named) and the tint it is printed at.</summary>
public readonly record struct DrumTint(int Drum, double Tint);

/// <summary>What a risograph build needs from the layout besides the inks themselves.</summary>
public sealed record RisoSetup
{
    /// <summary>Palette name → drum and tint.</summary>
    public required IReadOnlyDictionary<string, DrumTint> Colors { get; init; }

    /// <summary>The drum that prints the photos (as a greyscale image in that ink).</summary>
    public required int PhotoDrum { get; init; }

    /// <summary>Where the machine cannot print, in points from each edge of the sheet.</summary>
    public required RisoMargins Margins { get; init; }
}

/// <summary>
/// A risograph's unprintable edges, in points: the lead edge (the top, fed first), the two long sides,
/// and the tail (the bottom).
/// </summary>
public sealed record RisoMargins(double Lead, double Sides, double Tail);
