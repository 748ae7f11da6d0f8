using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>What a colour paints: inks map text, lines and areas differently (a red heading prints solid black on a copier, a red panel a light tint).</summary>
internal enum ColorUseKind { Text, Stroke, Fill }

/// <summary>One use of a colour: what it paints and how large that is (a fill's area, a stroke's thickness).</summary>
internal readonly record struct ColorUse(ColorUseKind Kind, Rect Area, double Thickness)
{
    /// <summary>A fill of at least <see cref="InkLimits.LargeAreaMinSide"/> each way: a solid, not a rule or a bullet.</summary>
    public bool IsLargeArea => Kind == ColorUseKind.Fill && Math.Min(Area.Width, Area.Height) >= InkLimits.LargeAreaMinSide;
}
