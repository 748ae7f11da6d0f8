namespace Pamphlet.Layouts.Units;

/// <summary>The unit written after a number. <see cref="None"/> is a bare number.</summary>
public enum LengthUnit { None, Point, Millimetre, Centimetre, Inch, Em, Percent }
