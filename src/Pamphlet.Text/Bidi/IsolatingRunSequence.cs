namespace Pamphlet.Text.Bidi;

/// <summary>
/// One isolating run sequence (UAX #9 BD13, X10): the characters, in logical order, whose weak and
/// neutral types are resolved together, with the sos/eos types at its ends.
/// </summary>
internal sealed class IsolatingRunSequence
{
    public IsolatingRunSequence(int[] indexes, BidiClass[] types, byte level, BidiClass sos, BidiClass eos)
    {
        Indexes = indexes;
        Types = types;
        Level = level;
        Sos = sos;
        Eos = eos;
    }

    /// <summary>Paragraph indexes of the characters, ascending.</summary>
    public int[] Indexes { get; }

    /// <summary>The current type of each character, resolved in place by the W, N and I rules.</summary>
    public BidiClass[] Types { get; }

    public byte Level { get; }
    public BidiClass Sos { get; }
    public BidiClass Eos { get; }

    /// <summary>The embedding direction (L or R) of the sequence's level.</summary>
    public BidiClass EmbeddingDirection => BidiClassSets.DirectionOfLevel(Level);

    /// <summary>
    /// X9–X10: splits the paragraph, minus the characters X9 removes, into level runs and chains runs
    /// joined by a matching isolate initiator and PDI into isolating run sequences.
    /// </summary>
    public static List<IsolatingRunSequence> Build(
        BidiClass[] original, BidiClass[] types, byte[] levels, int[] match, byte paragraphLevel)
    {
        var runs = new List<int[]>();
        var runOf = new int[original.Length];
        var current = new List<int>();
        for (int i = 0; i < original.Length; i++)
        {
            if (BidiClassSets.IsRemovedByX9(original[i])) continue;
            if (current.Count > 0 && levels[current[^1]] != levels[i])
            {
                runs.Add(current.ToArray());
                current.Clear();
            }
            runOf[i] = runs.Count;
            current.Add(i);
        }
        if (current.Count > 0) runs.Add(current.ToArray());

        var sequences = new List<IsolatingRunSequence>();
        var consumed = new bool[runs.Count];
        var indexes = new List<int>();
        for (int r = 0; r < runs.Count; r++)
        {
            if (consumed[r]) continue;
            indexes.Clear();
            int run = r;
            while (true)
            {
                consumed[run] = true;
                indexes.AddRange(runs[run]);
                int last = indexes[^1];
                if (!BidiClassSets.IsIsolateInitiator(original[last]) || match[last] < 0) break;
                int pdi = match[last];
                run = runOf[pdi];
                if (runs[run][0] != pdi || consumed[run]) break;
            }
            sequences.Add(Create(indexes.ToArray(), original, types, levels, paragraphLevel));
        }
        return sequences;
    }

    private static IsolatingRunSequence Create(
        int[] indexes, BidiClass[] original, BidiClass[] types, byte[] levels, byte paragraphLevel)
    {
        byte level = levels[indexes[0]];
        int before = indexes[0] - 1;
        while (before >= 0 && BidiClassSets.IsRemovedByX9(original[before])) before--;
        int levelBefore = before >= 0 ? levels[before] : paragraphLevel;

        int last = indexes[^1];
        int levelAfter = paragraphLevel;
        if (!BidiClassSets.IsIsolateInitiator(original[last]))
        {
            int after = last + 1;
            while (after < original.Length && BidiClassSets.IsRemovedByX9(original[after])) after++;
            if (after < original.Length) levelAfter = levels[after];
        }

        var sequenceTypes = new BidiClass[indexes.Length];
        for (int i = 0; i < indexes.Length; i++) sequenceTypes[i] = types[indexes[i]];
        return new IsolatingRunSequence(
            indexes, sequenceTypes, level,
            BidiClassSets.DirectionOfLevel(Math.Max(level, levelBefore)),
            BidiClassSets.DirectionOfLevel(Math.Max(level, levelAfter)));
    }
}
