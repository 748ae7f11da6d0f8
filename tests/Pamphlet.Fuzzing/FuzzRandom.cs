namespace Pamphlet.Fuzzing;

/// <summary>
/// The fuzzers' only source of randomness: xoshiro256** seeded through SplitMix64, both fully
/// specified, so a seed gives the same case on every machine and .NET version (System.Random's
/// algorithm is unspecified and has changed between versions).
/// </summary>
public sealed class FuzzRandom
{
    private ulong s0, s1, s2, s3;

    public FuzzRandom(ulong seed)
    {
        Seed = seed;
        var x = seed;
        s0 = SplitMix64(ref x);
        s1 = SplitMix64(ref x);
        s2 = SplitMix64(ref x);
        s3 = SplitMix64(ref x);
    }

    /// <summary>The seed this generator started from.</summary>
    public ulong Seed { get; }

    /// <summary>One step of SplitMix64: also how case seeds are derived from a run's seed and index.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The seed of case <paramref name="index"/> of a run started with <paramref name="runSeed"/>.</summary>
    public static ulong CaseSeed(ulong runSeed, long index)
    {
        var state = runSeed ^ (ulong)index * 0xD1B54A32D192ED03UL;
        return SplitMix64(ref state);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A new generator whose sequence depends only on this one's next value: parts of a case
    /// draw from their own stream, so changing one part does not shift the others.</summary>
    public FuzzRandom Fork() => new(NextUInt64());

    /// <summary>0 ≤ result &lt; <paramref name="bound"/> (bound ≥ 1), without modulo bias.</summary>
    public int Below(int bound)
    {
        if (bound <= 0) throw new ArgumentOutOfRangeException(nameof(bound), "the bound must be at least 1");
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)bound;
        ulong value;
        do value = NextUInt64();
        while (value >= limit);
        return (int)(value % (ulong)bound);
    }

    /// <summary>min ≤ result ≤ max.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A double in [min, max).</summary>
    public double Between(double min, double max) => min + NextDouble() * (max - min);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>Picks by weight: <paramref name="choices"/> are (weight, value) pairs with weights ≥ 0, not all 0.</summary>
    public T Weighted<T>(params (double Weight, T Value)[] choices)
    {
        var total = choices.Sum(c => c.Weight);
        var x = NextDouble() * total;
        foreach (var (weight, value) in choices)
        {
            if (x < weight) return value;
            x -= weight;
        }
        return choices.Last(c => c.Weight > 0).Value;
    }

    /// <summary>Small counts are likelier than large ones (each step up with probability <paramref name="more"/>).</summary>
    public int Geometric(int min, int max, double more)
    {
        var n = min;
        while (n < max && Chance(more)) n++;
        return n;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
