using System.Globalization;

namespace Pamphlet.Pages;

/// <summary>How a <see cref="Color"/> is given to the press: which inks (or screen primaries) it is made of.</summary>
public enum ColorSpace
{
    /// <summary>One component, 0 black to 1 white: printed with black ink (K) only.</summary>
    Gray,

    /// <summary>Screen red, green and blue (sRGB), 0 to 1.</summary>
    Rgb,

    /// <summary>Process inks cyan, magenta, yellow and black, 0 to 1 (100 % ink).</summary>
    Cmyk,

    /// <summary>A named ink (a spot colour or a risograph drum) at a tint, with a CMYK look-alike for proofs.</summary>
    Spot,
}

/// <summary>
/// A colour as the press sees it: grey (black ink only), RGB, CMYK or a named spot ink, with an
/// opacity. Writers put each space in its own PDF colour space, so black text stays K only;
/// <see cref="ToRgb"/> gives the on-screen look for raster previews.
/// </summary>
public readonly record struct Color
{
    private Color(ColorSpace space, double c0, double c1, double c2, double c3, double alpha, string? spotName)
    {
        Space = space;
        (C0, C1, C2, C3) = (c0, c1, c2, c3);
        Alpha = alpha;
        SpotName = spotName;
    }

    public ColorSpace Space { get; private init; }

    // Components in the space's order (gray; r g b; c m y k; spot: the alternate's c m y k), each 0..1.
    private double C0 { get; init; }
    private double C1 { get; init; }
    private double C2 { get; init; }
    private double C3 { get; init; }

    /// <summary>Opacity, 0 transparent to 1 opaque.</summary>
    public double Alpha { get; private init; }

    /// <summary>The ink's name for <see cref="ColorSpace.Spot"/>, else null.</summary>
    public string? SpotName { get; private init; }

    public static Color Black { get; } = Gray(0);
    public static Color White { get; } = Gray(1);

    /// <summary>
    /// Registration: the PDF separation "All", printed on every plate, so crop and fold marks line up
    /// every ink on the press. Shown as black.
    /// </summary>
    public static Color Registration { get; } = Spot(RegistrationName, Cmyk(1, 1, 1, 1));

    /// <summary>The separation name PDF reserves for marks printed on every plate.</summary>
    public const string RegistrationName = "All";

    /// <summary>A grey: 0 is solid black ink, 1 is paper (the convention of PDF's DeviceGray and LaTeX's xcolor).</summary>
    public static Color Gray(double level, double alpha = 1) => new(ColorSpace.Gray, Unit(level), 0, 0, 0, Unit(alpha), null);

    /// <summary>An sRGB colour from 8-bit channels. Equal channels are a grey, and become one (black text stays K only).</summary>
    public static Color Rgb(byte r, byte g, byte b, byte alpha = 255) =>
        r == g && g == b
            ? Gray(r / 255.0, alpha / 255.0)
            : new Color(ColorSpace.Rgb, r / 255.0, g / 255.0, b / 255.0, 0, alpha / 255.0, null);

    /// <summary>Process inks as fractions 0..1 (cmyk(0, 100, 85, 30) in a layout is Cmyk(0, 1, 0.85, 0.3)).</summary>
    public static Color Cmyk(double c, double m, double y, double k, double alpha = 1) =>
        new(ColorSpace.Cmyk, Unit(c), Unit(m), Unit(y), Unit(k), Unit(alpha), null);

    /// <summary>A named ink at <paramref name="tint"/> (1 = solid), shown as <paramref name="alternate"/> (a CMYK colour) where the ink is not on press.</summary>
    public static Color Spot(string name, Color alternate, double tint = 1, double alpha = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (alternate.Space != ColorSpace.Cmyk) throw new ArgumentException("A spot ink's alternate is a CMYK colour.", nameof(alternate));
        return new Color(ColorSpace.Spot, alternate.C0, alternate.C1, alternate.C2, alternate.C3, Unit(alpha), name) { Tint = Unit(tint) };
    }

    /// <summary>How much of the spot ink is laid down, 0..1 (1 for the other spaces).</summary>
    public double Tint { get; private init; } = 1;

    public bool IsOpaque => Alpha >= 1;

    /// <summary>The components in the space's order: [gray], [r, g, b], [c, m, y, k]; for a spot, its tint.</summary>
    public IReadOnlyList<double> Components => Space switch
    {
        ColorSpace.Gray => [C0],
        ColorSpace.Rgb => [C0, C1, C2],
        ColorSpace.Cmyk => [C0, C1, C2, C3],
        _ => [Tint],
    };

    /// <summary>The solid spot ink's CMYK look-alike (its alternate); for other spaces, null.</summary>
    public Color? SpotAlternate => Space == ColorSpace.Spot ? Cmyk(C0, C1, C2, C3) : null;

    /// <summary>
    /// Printed over whatever lies beneath instead of knocking it out (PDF overprint): black text on a
    /// colour panel, so a misregistered plate leaves no white halo; risograph inks, which mix like glazes.
    /// </summary>
    public bool Overprint { get; private init; }

    /// <summary>The same colour, overprinting or not.</summary>
    public Color WithOverprint(bool overprint = true) => this with { Overprint = overprint };

    /// <summary>The same colour at another opacity.</summary>
    public Color WithAlpha(double alpha) => this with { Alpha = Unit(alpha) };

    /// <summary>
    /// How the colour looks on screen, in sRGB 0..1, for raster previews and contrast checks. CMYK and
    /// spot inks use the naive conversion (no profile): close enough for a preview, not for proofing.
    /// </summary>
    public (double R, double G, double B) ToRgb()
    {
        switch (Space)
        {
            case ColorSpace.Gray: return (C0, C0, C0);
            case ColorSpace.Rgb: return (C0, C1, C2);
            case ColorSpace.Cmyk: return FromCmyk(C0, C1, C2, C3);
            default:
                // A tint lays down that share of the solid ink: mix the solid's look with paper.
                var (r, g, b) = FromCmyk(C0, C1, C2, C3);
                return (1 - Tint * (1 - r), 1 - Tint * (1 - g), 1 - Tint * (1 - b));
        }
    }

    private static (double R, double G, double B) FromCmyk(double c, double m, double y, double k) =>
        ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k));

    private static double Unit(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);

    /// <summary>
    /// Parses a layout's colour: "#rgb", "#rrggbb" or "#rrggbbaa" (sRGB; equal channels give a grey),
    /// "gray(0.6)", "cmyk(0, 100, 85, 30)" (percent) or "spot(\"Name\", cmyk(…))"; false for anything else.
    /// </summary>
    public static bool TryParse(string text, out Color color) => ColorSyntax.TryParse(text, out color);

    public override string ToString() => Space switch
    {
        // A grey given as hex ("#555555") reads back as it was written.
        ColorSpace.Gray when Math.Abs(C0 * 255 - Byte(C0)) < 1e-9 => $"#{Byte(C0):x2}{Byte(C0):x2}{Byte(C0):x2}",
        ColorSpace.Gray => Invariant($"gray({C0:0.###})"),
        ColorSpace.Rgb => $"#{Byte(C0):x2}{Byte(C1):x2}{Byte(C2):x2}",
        ColorSpace.Cmyk => Invariant($"cmyk({C0 * 100:0.#}, {C1 * 100:0.#}, {C2 * 100:0.#}, {C3 * 100:0.#})"),
        _ => Invariant($"spot(\"{SpotName}\", {SpotAlternate}){(Tint < 1 ? $" at {Tint:0.###}" : "")}"),
    } + (Alpha < 1 ? Invariant($" at opacity {Alpha:0.###}") : "") + (Overprint ? " overprinting" : "");

    private static int Byte(double unit) => (int)Math.Round(unit * 255);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
