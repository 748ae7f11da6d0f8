namespace Pamphlet.Preflight.Reading;

/// <summary>A PDF transformation matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transformation followed by <paramref name="then"/> (PDF's "this × then").</summary>
    public Matrix Then(Matrix then) => new(
        A * then.A + B * then.C,
        A * then.B + B * then.D,
        C * then.A + D * then.C,
        C * then.B + D * then.D,
        E * then.A + F * then.C + then.E,
        E * then.B + F * then.D + then.F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>How long the unit x vector becomes (an image's printed width).</summary>
    public double XLength => Math.Sqrt(A * A + B * B);

    /// <summary>How long the unit y vector becomes (an image's printed height, a glyph's printed em).</summary>
    public double YLength => Math.Sqrt(C * C + D * D);

    /// <summary>
    /// The smallest factor any direction is scaled by (the smaller singular value): a line of width w
    /// prints at least w × this wide wherever it runs.
    /// </summary>
    public double MinScale
    {
        get
        {
            var sum = A * A + B * B + C * C + D * D;
            var det = A * D - B * C;
            var root = Math.Sqrt(Math.Max(0, sum * sum - 4 * det * det));
            return Math.Sqrt(Math.Max(0, (sum - root) / 2));
        }
    }

    /// <summary>Reads six numbers; null when they are not six finite numbers.</summary>
    public static Matrix? From(IReadOnlyList<double> values) =>
        values.Count == 6 && values.All(double.IsFinite) ? new Matrix(values[0], values[1], values[2], values[3], values[4], values[5]) : null;
}
