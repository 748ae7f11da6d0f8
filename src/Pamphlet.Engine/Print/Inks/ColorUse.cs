using Pamphlet.Pages;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>What a colour paints: inks map text, lines and areas differently (a red heading prints solid black on a copier, a red panel a light tint).</summary>
internal enum ColorUseKind { Text, Stroke, Fill }

/// <summary>One use of a colour: what it paints and how large that is (a fill's area, a stroke's thickness).</summary>
internal readonly record struct ColorUse(ColorUseKind Kind, Rect Area, double Thickness)
{
    private const double Mm = 72 / 25.4;

    /// <summary>
    /// Areas at least this wide and tall count as large solids: they pick up enough ink to smear on a
    /// risograph and look grey in black ink alone on a press. Rules, bullets and type stay below it.
    /// </summary>
    public const double LargeAreaMinSide = 10 * Mm;

    public bool IsLargeArea => Kind == ColorUseKind.Fill && Math.Min(Area.Width, Area.Height) >= LargeAreaMinSide;
}
