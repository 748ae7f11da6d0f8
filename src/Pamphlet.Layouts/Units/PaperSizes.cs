using Pamphlet.Layouts.Model;
namespace Pamphlet.Layouts.Units;

/// <summary>Named paper sizes in portrait orientation, in points (ISO 216 from millimetres; US sizes from inches).</summary>
internal static class PaperSizes
{
    private static (double Width, double Height) Mm(double w, double h) => (w * LengthLiteral.PointsPerMillimetre, h * LengthLiteral.PointsPerMillimetre);

    private static (double Width, double Height) Inches(double w, double h) => (w * LengthLiteral.PointsPerInch, h * LengthLiteral.PointsPerInch);

    /// <summary>Canonical spelling → portrait size. Lookup is case-insensitive.</summary>
    public static readonly IReadOnlyDictionary<string, (double Width, double Height)> Portrait =
        new Dictionary<string, (double Width, double Height)>(StringComparer.OrdinalIgnoreCase)
        {
            ["A5"] = Mm(148, 210),
            ["A4"] = Mm(210, 297),
            ["A3"] = Mm(297, 420),
            ["A2"] = Mm(420, 594),
            ["Letter"] = Inches(8.5, 11),
            ["Half-Letter"] = Inches(5.5, 8.5),
            ["Tabloid"] = Inches(11, 17),
        };

    public static IEnumerable<string> Names => Portrait.Keys;
}
