namespace Pamphlet.Text.LineBreaking;

/// <summary>TeX's four fitness classes, numbered so that "differ by more than one" is a subtraction.</summary>
internal enum FitnessClass
{
    VeryLoose = 0,
    Loose = 1,
    Decent = 2,
    Tight = 3,
}
