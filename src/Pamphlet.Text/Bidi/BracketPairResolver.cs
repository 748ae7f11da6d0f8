namespace Pamphlet.Text.Bidi;

/// <summary>UAX #9 BD16 and N0: paired brackets take one direction, so "(" and ")" agree.</summary>
internal static class BracketPairResolver
{
    /// <summary>BD16: the depth of the bracket stack; deeper nesting stops pairing for the sequence.</summary>
    private const int MaxBracketDepth = 63;

    public static void Resolve(IsolatingRunSequence sequence, int[] codePoints, BidiClass[] originalClasses)
    {
        List<(int Open, int Close)> pairs = FindPairs(sequence, codePoints);
        if (pairs.Count == 0) return;

        BidiClass[] t = sequence.Types;
        BidiClass embedding = sequence.EmbeddingDirection;
        foreach (var (open, close) in pairs)
        {
            bool foundEmbedding = false, foundOpposite = false;
            for (int k = open + 1; k < close; k++)
            {
                BidiClass? strong = BidiClassSets.StrongDirection(t[k]);
                if (strong == embedding) { foundEmbedding = true; break; }
                if (strong is not null) foundOpposite = true;
            }

            BidiClass resolved;
            if (foundEmbedding)
            {
                resolved = embedding;
            }
            else if (foundOpposite)
            {
                // N0 c: the opposite direction inside wins only if the context before the pair agrees.
                BidiClass context = sequence.Sos;
                for (int k = open - 1; k >= 0; k--)
                {
                    if (BidiClassSets.StrongDirection(t[k]) is { } strong) { context = strong; break; }
                }
                resolved = context != embedding ? context : embedding;
            }
            else
            {
                continue; // N0 d: no strong type inside; the brackets stay neutral.
            }

            SetBracket(sequence, originalClasses, open, resolved);
            SetBracket(sequence, originalClasses, close, resolved);
        }
    }

    // A bracket that changed direction carries the marks that follow it (they were NSM before W1).
    private static void SetBracket(IsolatingRunSequence sequence, BidiClass[] originalClasses, int position, BidiClass resolved)
    {
        sequence.Types[position] = resolved;
        for (int k = position + 1; k < sequence.Types.Length && originalClasses[sequence.Indexes[k]] == BidiClass.NSM; k++)
        {
            sequence.Types[k] = resolved;
        }
    }

    private static List<(int Open, int Close)> FindPairs(IsolatingRunSequence sequence, int[] codePoints)
    {
        var pairs = new List<(int Open, int Close)>();
        var stackCloser = new int[MaxBracketDepth];
        var stackPosition = new int[MaxBracketDepth];
        int depth = 0;
        for (int i = 0; i < sequence.Types.Length; i++)
        {
            if (sequence.Types[i] != BidiClass.ON) continue;
            int cp = codePoints[sequence.Indexes[i]];
            if (!BidiCharacters.TryGetBracket(cp, out int pair, out bool opening)) continue;
            if (opening)
            {
                if (depth == MaxBracketDepth) break;
                stackCloser[depth] = Canonical(pair);
                stackPosition[depth] = i;
                depth++;
            }
            else
            {
                int closer = Canonical(cp);
                for (int k = depth - 1; k >= 0; k--)
                {
                    if (stackCloser[k] != closer) continue;
                    pairs.Add((stackPosition[k], i));
                    depth = k;
                    break;
                }
            }
        }
        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }

    // BD16 compares brackets by canonical equivalence: the angle brackets U+2329/U+232A decompose to U+3008/U+3009.
    private static int Canonical(int codePoint) => codePoint switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => codePoint,
    };
}
