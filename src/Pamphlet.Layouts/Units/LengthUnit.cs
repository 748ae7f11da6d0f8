using Pamphlet.Layouts.Model;
namespace Pamphlet.Layouts.Units;

/// <summary>
/// The unit written after a number. <see cref="None"/> is a bare number. <see cref="Pixel"/> is a
/// pixel of a card (only card layouts may use it).
/// </summary>
public enum LengthUnit { None, Point, Millimetre, Centimetre, Inch, Em, Percent, Pixel }
