using Pamphlet.Text.Display;

namespace Pamphlet.Composition.Text;

/// <summary>
/// Display type set a little smaller to break by sense (a cover title, a poster's slogan or pull quote): the
/// sizes tried and the order they are tried in, for every composer that does it.
/// </summary>
internal static class SensibleSize
{
    /// <summary>Sizes are tried this far apart (points): a step smaller is barely seen, and a search stays short.</summary>
    public const double Step = 0.5;

    /// <summary>
    /// The largest size from <paramref name="from"/> down, in steps of <see cref="Step"/>, no smaller than
    /// <paramref name="lowest"/> nor than <see cref="DisplayBreakSense.SmallestSensibleScale"/> of
    /// <paramref name="designed"/>, at which <paramref name="breaksWell"/> holds; null when there is none.
    /// </summary>
    public static double? Largest(double from, double designed, double lowest, Func<double, bool> breaksWell)
    {
        var floor = Math.Max(lowest, designed * DisplayBreakSense.SmallestSensibleScale);
        for (var size = from; size >= floor - 1e-9; size -= Step)
        {
            if (breaksWell(size)) return size;
        }
        return null;
    }
}
