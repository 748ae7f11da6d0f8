namespace Pamphlet.Text.Bidi;

/// <summary>UAX #9 N1–N2 and I1–I2: neutrals take their surroundings' direction, then levels are implicit.</summary>
internal static class NeutralTypeResolver
{
    public static void Resolve(IsolatingRunSequence sequence)
    {
        BidiClass[] t = sequence.Types;
        int n = t.Length;
        for (int i = 0; i < n; i++)
        {
            if (!BidiClassSets.IsNeutralOrIsolate(t[i])) continue;
            int end = i;
            while (end < n && BidiClassSets.IsNeutralOrIsolate(t[end])) end++;
            BidiClass before = i == 0 ? sequence.Sos : BidiClassSets.StrongDirection(t[i - 1]) ?? sequence.Sos;
            BidiClass after = end == n ? sequence.Eos : BidiClassSets.StrongDirection(t[end]) ?? sequence.Eos;
            Array.Fill(t, before == after ? before : sequence.EmbeddingDirection, i, end - i);
            i = end - 1;
        }
    }

    /// <summary>I1–I2: the final level of each character of the sequence, written into <paramref name="levels"/>.</summary>
    public static void ApplyImplicitLevels(IsolatingRunSequence sequence, byte[] levels)
    {
        bool odd = (sequence.Level & 1) == 1;
        for (int i = 0; i < sequence.Types.Length; i++)
        {
            int raise = sequence.Types[i] switch
            {
                BidiClass.L => odd ? 1 : 0,
                BidiClass.R => odd ? 0 : 1,
                _ => odd ? 1 : 2, // EN and AN
            };
            levels[sequence.Indexes[i]] = (byte)(sequence.Level + raise);
        }
    }
}
