namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// The caller's line widths, read once for every line the paragraph could possibly have (one per
/// breakpoint), and the index from which all remaining lines are equally wide. Lines from that index on are
/// interchangeable, so the breaker can merge their active nodes (the paper's j₀) without knowing the shape.
/// </summary>
internal sealed class LineWidthTable
{
    private readonly double[] widths;

    public LineWidthTable(Func<int, double> lineWidth, int maxLines)
    {
        widths = new double[Math.Max(1, maxLines)];
        for (int i = 0; i < widths.Length; i++)
        {
            double w = lineWidth(i);
            if (!double.IsFinite(w) || w <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lineWidth), w, $"Line {i} has no usable width; every line needs a positive, finite measure.");
            }

            widths[i] = w;
        }

        int uniformFrom = widths.Length - 1;
        while (uniformFrom > 0 && widths[uniformFrom - 1] == widths[uniformFrom])
        {
            uniformFrom--;
        }

        UniformFrom = uniformFrom;
    }

    /// <summary>First line index after which no width changes.</summary>
    public int UniformFrom { get; }

    public double this[int line] => widths[Math.Min(line, widths.Length - 1)];

    /// <summary>Lines with the same class have the same width now and ever after.</summary>
    public int LineClass(int line) => Math.Min(line, UniformFrom);
}
