namespace Pamphlet.Bench;

/// <summary>Repeated measurements of one thing, in milliseconds, with the summaries the report prints.</summary>
public sealed class Samples
{
    private readonly List<double> values = [];

    public void Add(double milliseconds) => values.Add(milliseconds);

    public int Count => values.Count;

    public double Min => values.Min();

    public double Mean => values.Average();

    /// <summary>The median, not the mean, is the headline: one GC pause or scheduler hiccup on a 2-core machine should not move it.</summary>
    public double Median
    {
        get
        {
            var sorted = values.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
