namespace Pamphlet.Text.Bidi;

/// <summary>
/// UAX #9 BD9 (matching isolates), P2–P3 (paragraph level) and X1–X8 (explicit embeddings, overrides
/// and isolates) for one paragraph.
/// </summary>
internal static class ExplicitLevelResolver
{
    /// <summary>max_depth of UAX #9 BD2: the deepest explicit embedding level.</summary>
    public const int MaxDepth = 125;

    /// <summary>BD9: for each isolate initiator the index of its matching PDI, and for each PDI its initiator; -1 otherwise.</summary>
    public static int[] MatchIsolates(ReadOnlySpan<BidiClass> classes)
    {
        var match = new int[classes.Length];
        Array.Fill(match, -1);
        var open = new Stack<int>();
        for (int i = 0; i < classes.Length; i++)
        {
            if (BidiClassSets.IsIsolateInitiator(classes[i]))
            {
                open.Push(i);
            }
            else if (classes[i] == BidiClass.PDI && open.Count > 0)
            {
                int initiator = open.Pop();
                match[initiator] = i;
                match[i] = initiator;
            }
        }
        return match;
    }

    /// <summary>
    /// P2–P3 over [start, end): 1 if the first strong character outside isolates is R or AL, 0 if it is L,
    /// <paramref name="fallback"/> if there is none.
    /// </summary>
    public static byte FirstStrongLevel(ReadOnlySpan<BidiClass> classes, int[] match, int start, int end, byte fallback)
    {
        for (int i = start; i < end; i++)
        {
            switch (classes[i])
            {
                case BidiClass.L: return 0;
                case BidiClass.R or BidiClass.AL: return 1;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    if (match[i] < 0) return fallback; // the isolate runs to the end of the paragraph
                    i = match[i];
                    break;
            }
        }
        return fallback;
    }

    /// <summary>
    /// X1–X8: the explicit embedding level of every character. <paramref name="types"/> starts as the
    /// original classes and comes back with directional overrides applied (X6).
    /// </summary>
    public static byte[] Resolve(BidiClass[] types, int[] match, byte paragraphLevel)
    {
        var original = (BidiClass[])types.Clone();
        var levels = new byte[types.Length];
        // The directional status stack (X1): level, override and isolate status per entry.
        var stackLevel = new byte[MaxDepth + 2];
        var stackOverride = new BidiClass?[MaxDepth + 2];
        var stackIsolate = new bool[MaxDepth + 2];
        int depth = 1;
        stackLevel[0] = paragraphLevel;
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;

        for (int i = 0; i < types.Length; i++)
        {
            BidiClass c = original[i];
            byte current = stackLevel[depth - 1];
            switch (c)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                    {
                        // X2–X5
                        levels[i] = current;
                        bool rtl = c is BidiClass.RLE or BidiClass.RLO;
                        int next = rtl ? (current + 1) | 1 : (current + 2) & ~1;
                        if (next <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            stackLevel[depth] = (byte)next;
                            stackOverride[depth] = c switch { BidiClass.RLO => BidiClass.R, BidiClass.LRO => BidiClass.L, _ => null };
                            stackIsolate[depth] = false;
                            depth++;
                        }
                        else if (overflowIsolates == 0)
                        {
                            overflowEmbeddings++;
                        }
                        break;
                    }
                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                    {
                        // X5a–X5c
                        levels[i] = current;
                        if (stackOverride[depth - 1] is { } forced) types[i] = forced;
                        bool rtl = c == BidiClass.RLI
                            || (c == BidiClass.FSI && FirstStrongLevel(original, match, i + 1, match[i] < 0 ? types.Length : match[i], 0) == 1);
                        int next = rtl ? (current + 1) | 1 : (current + 2) & ~1;
                        if (next <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            validIsolates++;
                            stackLevel[depth] = (byte)next;
                            stackOverride[depth] = null;
                            stackIsolate[depth] = true;
                            depth++;
                        }
                        else
                        {
                            overflowIsolates++;
                        }
                        break;
                    }
                case BidiClass.PDI:
                    // X6a
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stackIsolate[depth - 1]) depth--;
                        depth--;
                        validIsolates--;
                    }
                    levels[i] = stackLevel[depth - 1];
                    if (stackOverride[depth - 1] is { } pdiForced) types[i] = pdiForced;
                    break;
                case BidiClass.PDF:
                    // X7
                    levels[i] = current;
                    if (overflowIsolates > 0) { }
                    else if (overflowEmbeddings > 0) overflowEmbeddings--;
                    else if (!stackIsolate[depth - 1] && depth >= 2) depth--;
                    break;
                case BidiClass.B:
                    // X8: a paragraph separator takes the paragraph level.
                    levels[i] = paragraphLevel;
                    break;
                case BidiClass.BN:
                    levels[i] = current;
                    break;
                default:
                    // X6
                    levels[i] = current;
                    if (stackOverride[depth - 1] is { } overridden) types[i] = overridden;
                    break;
            }
        }
        return levels;
    }
}
