using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Short rules at the top and bottom ends of a vertical fold line. The half-sheet pages fill the
/// whole sheet, so the marks run in from the paper edge over the pages' top and bottom margins,
/// where a pamphlet has no text.
/// </summary>
public static class FoldMarks
{
    private const double PointsPerMillimetre = 72 / 25.4;

    // Office printers leave 4–5 mm at the paper edge unprinted; 8 mm leaves a visible stub beyond
    // that while staying inside the smallest top/bottom margin a pamphlet layout uses.
    public const double Length = 8 * PointsPerMillimetre;

    // The print-facts minimum hairline: thinner rules vanish on photocopiers.
    public const double Thickness = 0.25;

    public const string Role = "fold-mark";

    public static IReadOnlyList<PageItem> At(double foldX, Size sheet) =>
    [
        new RuleItem(Role, new Point(foldX, 0), new Point(foldX, Length), Thickness, Color.Black),
        new RuleItem(Role, new Point(foldX, sheet.Height - Length), new Point(foldX, sheet.Height), Thickness, Color.Black),
    ];
}
