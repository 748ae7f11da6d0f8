using System.Globalization;

namespace Pamphlet.Layouts.Model;

/// <summary>
/// The smallest text a card may carry: 28px on a card 1080px wide, in proportion to the card's width
/// for other widths (28 × 1200 / 1080 ≈ 31.1px on a 1200px landscape card). A phone shows a shared
/// image across its screen, about 390pt wide, so 28 of 1080 pixels become 10pt there, just under the
/// smallest text style phone interfaces offer (11pt). A card's pixel is a point, so sizes are
/// compared in points.
/// </summary>
public static class LegibleText
{
    public const double MinimumPixels = 28;

    /// <summary>The card width <see cref="MinimumPixels"/> is given for: the width Instagram and most feeds show images at.</summary>
    public const double ReferenceWidthPixels = 1080;

    public static double MinimumSize(double cardWidth) => MinimumPixels * cardWidth / ReferenceWidthPixels;

    /// <summary>"28px" or "31.2px (28px per 1080px of a card's width; this card is 1200px wide)": the rule as a message gives it.</summary>
    public static string Describe(double cardWidth)
    {
        var least = PxUp(MinimumSize(cardWidth));
        return Math.Abs(cardWidth - ReferenceWidthPixels) < 0.5
            ? least
            : $"{least} ({Px(MinimumPixels)} per {Px(ReferenceWidthPixels)} of a card's width; this card is {Px(cardWidth)} wide)";
    }

    public static string Px(double points) => $"{points.ToString("0.#", CultureInfo.InvariantCulture)}px";

    /// <summary>A least allowed size rounded up to a tenth of a pixel, so that writing it passes (31.11 → "31.2px").</summary>
    public static string PxUp(double points) => Px(Math.Ceiling(Math.Round(points * 10, 6)) / 10);
}
