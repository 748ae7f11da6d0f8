using System.Globalization;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Layouts.Units;

/// <summary>A number with its unit as written ("12pt", "4.5mm", "1.2em", "45%"), before conversion to points.</summary>
public readonly record struct LengthLiteral(double Number, LengthUnit Unit)
{
    public const double PointsPerInch = 72;
    public const double PointsPerMillimetre = PointsPerInch / 25.4;
    public const double PointsPerCentimetre = PointsPerMillimetre * 10;

    /// <summary>
    /// A card's pixel is one point: a card is laid out at 72 pixels per inch, so its PDF page is as
    /// many points as its PNG has pixels (1080 × 1080 px → 1080 × 1080 pt), every length written in
    /// whole pixels lands on the PNG's pixel grid, and design tools that work in pixels (Figma,
    /// Illustrator) read the PDF with the same numbers. CSS's 1px = 0.75pt would make 28px 21pt.
    /// </summary>
    public const double PointsPerPixel = 1;

    /// <summary>The unit names accepted after a number, as the user writes them.</summary>
    public static readonly IReadOnlyDictionary<string, LengthUnit> UnitNames = new Dictionary<string, LengthUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["pt"] = LengthUnit.Point,
        ["mm"] = LengthUnit.Millimetre,
        ["cm"] = LengthUnit.Centimetre,
        ["in"] = LengthUnit.Inch,
        ["em"] = LengthUnit.Em,
        ["%"] = LengthUnit.Percent,
        ["px"] = LengthUnit.Pixel,
    };

    /// <summary>
    /// Splits "12.5 mm" into number and unit. Returns false with <paramref name="unknownUnit"/> set
    /// when the number is fine but the unit is not one we know, and with it null when there is no number.
    /// </summary>
    public static bool TryParse(string text, out LengthLiteral literal, out string? unknownUnit)
    {
        literal = default;
        unknownUnit = null;
        var s = text.Trim();
        var end = 0;
        if (end < s.Length && s[end] is '+' or '-') end++;
        var digitsStart = end;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.')) end++;
        if (end == digitsStart) return false;
        if (!double.TryParse(s[..end], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unitText = s[end..].Trim();
        if (unitText.Length == 0)
        {
            literal = new LengthLiteral(number, LengthUnit.None);
            return true;
        }

        if (!UnitNames.TryGetValue(unitText, out var unit))
        {
            unknownUnit = unitText;
            return false;
        }

        literal = new LengthLiteral(number, unit);
        return true;
    }

    /// <summary>
    /// Points for an absolute unit; for em, <paramref name="emSize"/> points per em. Bare numbers and
    /// percentages have no length of their own: the caller decides what they mean.
    /// </summary>
    public double ToPoints(double emSize) => Unit switch
    {
        LengthUnit.Point => Number,
        LengthUnit.Millimetre => Number * PointsPerMillimetre,
        LengthUnit.Centimetre => Number * PointsPerCentimetre,
        LengthUnit.Inch => Number * PointsPerInch,
        LengthUnit.Em => Number * emSize,
        LengthUnit.Pixel => Number * PointsPerPixel,
        _ => throw new InvalidOperationException($"{Unit} is not a length unit"),
    };
}
