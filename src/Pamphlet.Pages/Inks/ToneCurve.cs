namespace Pamphlet.Pages.Inks;

/// <summary>
/// How much ink a one-ink print of a photo lays down for each lightness: <c>ink = MaxInk × (1 − L)^Gamma</c>.
/// <see cref="MaxInk"/> below 1 lifts the shadows (toner and risograph ink spread, so the deepest
/// tones would fill in as a solid); <see cref="Gamma"/> above 1 lightens the mid-tones to make up
/// for the dot gain of the machine. One rule for every writer, so the PDF and its PNG preview agree.
/// </summary>
public sealed record ToneCurve(double MaxInk, double Gamma)
{
    /// <summary>The photo as the screen shows it, only in grey: full ink for black, none for white.</summary>
    public static ToneCurve Linear { get; } = new(1, 1);

    /// <summary>Ink share, 0 (paper) to 1 (solid), for a lightness 0 (black) to 1 (white).</summary>
    public double InkFor(double lightness) => MaxInk * Math.Pow(1 - Math.Clamp(lightness, 0, 1), Gamma);

    /// <summary>The whole curve for 8-bit lightness, as 8-bit ink shares (0 paper, 255 solid): writers map pixels through it.</summary>
    public byte[] InkTable()
    {
        var table = new byte[256];
        for (var i = 0; i < 256; i++) table[i] = (byte)Math.Round(255 * InkFor(i / 255.0));
        return table;
    }
}
