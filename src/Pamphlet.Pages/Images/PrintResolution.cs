using System.Globalization;

namespace Pamphlet.Pages.Images;

/// <summary>
/// How sharp a photo prints: its pixels per inch at the size it is placed. One rule for the builds,
/// which warn as they write, and for <c>pamphlet check</c>, which reads any PDF.
/// </summary>
public static class PrintResolution
{
    /// <summary>
    /// Below this a photo looks soft at reading distance, and shops' preflights flag it (300 ppi is
    /// ideal for offset; 150 is the floor toner, risographs and copy shops accept for photos).
    /// </summary>
    public const double WarningPpi = 150;

    /// <summary>Below this, pixels show as steps: a press file (<c>--ink cmyk</c>) refuses it.</summary>
    public const double ErrorPpi = 100;

    /// <summary>Pixels per inch of <paramref name="pixels"/> spread over <paramref name="points"/>.</summary>
    public static double Ppi(double pixels, double points) => points <= 0 ? double.PositiveInfinity : pixels / (points / 72);

    /// <summary>
    /// "photo.jpg is 1200 px wide: 113 ppi on poster-a3; at least 1800 px for 150 ppi" — what a
    /// volunteer needs to find a better file (the caller may add a layout that suits this one).
    /// </summary>
    public static string Describe(string fileName, int pixelWidth, double ppi, string placedOn)
    {
        var needed = (int)Math.Ceiling(pixelWidth * WarningPpi / ppi / 100) * 100;
        return string.Create(CultureInfo.InvariantCulture,
            $"{fileName} is {pixelWidth} px wide: {Math.Floor(ppi):0} ppi on {placedOn}; at least {needed} px for {WarningPpi:0} ppi");
    }
}
