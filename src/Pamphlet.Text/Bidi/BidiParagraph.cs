namespace Pamphlet.Text.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) applied to one paragraph: resolved embedding levels,
/// then per line the L1 resets and the L2 visual order. Indexes and lengths are UTF-16 units; both
/// halves of a surrogate pair share a level and stay in logical order.
/// </summary>
internal sealed class BidiParagraph
{
    private readonly string _text;
    private readonly int[] _codePoints;
    private readonly BidiClass[] _classes;      // original class per code point
    private readonly byte[] _codePointLevels;   // resolved level per code point, before L1
    private readonly int[] _unitStart;          // UTF-16 index of each code point, plus the text length
    private readonly int[] _codePointOfUnit;    // code point index of each UTF-16 unit

    private BidiParagraph(string text, int[] codePoints, BidiClass[] classes, byte[] levels, byte paragraphLevel)
    {
        _text = text;
        _codePoints = codePoints;
        _classes = classes;
        _codePointLevels = levels;
        ParagraphLevel = paragraphLevel;
        _unitStart = new int[codePoints.Length + 1];
        _codePointOfUnit = new int[text.Length];
        int unit = 0;
        for (int i = 0; i < codePoints.Length; i++)
        {
            _unitStart[i] = unit;
            int width = codePoints[i] > 0xFFFF ? 2 : 1;
            for (int k = 0; k < width; k++) _codePointOfUnit[unit + k] = i;
            unit += width;
        }
        _unitStart[codePoints.Length] = unit;
        Levels = new byte[text.Length];
        for (int u = 0; u < text.Length; u++) Levels[u] = levels[_codePointOfUnit[u]];
    }

    public string Text => _text;

    /// <summary>The paragraph embedding level: 0 left-to-right, 1 right-to-left.</summary>
    public byte ParagraphLevel { get; }

    /// <summary>
    /// The resolved embedding level of every UTF-16 unit (rules up to I2, before the per-line L1).
    /// Characters that X9 removes (embedding controls, BN such as ZWJ) take the level of the character
    /// before them, so they travel with their neighbours when a line is reordered.
    /// </summary>
    public byte[] Levels { get; }

    /// <summary>Runs the algorithm on one paragraph of text (a paragraph separator inside takes the paragraph level, X8).</summary>
    public static BidiParagraph Analyze(string text, BidiDirection direction)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codePoints = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes()) codePoints.Add(rune.Value);
        int[] cps = codePoints.ToArray();
        var classes = new BidiClass[cps.Length];
        for (int i = 0; i < cps.Length; i++) classes[i] = BidiCharacters.GetClass(cps[i]);
        var (levels, paragraphLevel) = Resolve(classes, cps, direction);
        return new BidiParagraph(text, cps, classes, levels, paragraphLevel);
    }

    /// <summary>The Bidi_Mirroring_Glyph of a code point, for glyphs drawn at an odd level (rule L4).</summary>
    public static int Mirror(int codePoint) => BidiCharacters.Mirror(codePoint);

    /// <summary>The levels of the line [start, end) after rule L1 (trailing white space and separators reset).</summary>
    public byte[] LineLevels(int start, int end)
    {
        byte[] cpLevels = LineCodePointLevels(start, end, out int first);
        var levels = new byte[end - start];
        for (int u = start; u < end; u++) levels[u - start] = cpLevels[_codePointOfUnit[u] - first];
        return levels;
    }

    /// <summary>
    /// Rule L2 for the line [start, end): the UTF-16 indexes of the line in visual order, leftmost first.
    /// </summary>
    public int[] VisualOrder(int start, int end)
    {
        var order = new int[end - start];
        int n = 0;
        foreach (BidiRun run in VisualRuns(start, end))
        {
            if (!run.IsRightToLeft)
            {
                for (int u = run.Start; u < run.End; u++) order[n++] = u;
                continue;
            }
            for (int cp = _codePointOfUnit[run.End - 1]; cp >= _codePointOfUnit[run.Start]; cp--)
            {
                for (int u = _unitStart[cp]; u < _unitStart[cp + 1]; u++) order[n++] = u;
            }
        }
        return order;
    }

    /// <summary>
    /// The line [start, end) as runs of one level each, in visual order (rules L1–L2). Composition shapes
    /// each run on its own and places the runs left to right; odd-level runs are drawn right to left.
    /// </summary>
    public IReadOnlyList<BidiRun> VisualRuns(int start, int end)
    {
        CheckLine(start, end);
        var runs = new List<BidiRun>();
        if (start == end) return runs;
        byte[] cpLevels = LineCodePointLevels(start, end, out int first);
        int runStart = 0;
        for (int i = 1; i <= cpLevels.Length; i++)
        {
            if (i < cpLevels.Length && cpLevels[i] == cpLevels[runStart]) continue;
            int unitStart = _unitStart[first + runStart];
            runs.Add(new BidiRun(unitStart, _unitStart[first + i] - unitStart, cpLevels[runStart]));
            runStart = i;
        }

        // L2: from the highest level down to the lowest odd one, reverse every stretch of runs at or above it.
        byte highest = 0, lowestOdd = byte.MaxValue;
        foreach (var run in runs)
        {
            highest = Math.Max(highest, run.Level);
            if (run.IsRightToLeft) lowestOdd = Math.Min(lowestOdd, run.Level);
        }
        for (int level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (int i = 0; i < runs.Count; i++)
            {
                if (runs[i].Level < level) continue;
                int j = i;
                while (j < runs.Count && runs[j].Level >= level) j++;
                runs.Reverse(i, j - i);
                i = j;
            }
        }
        return runs;
    }

    private void CheckLine(int start, int end)
    {
        if (start < 0 || end > _text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"Line [{start}, {end}) is outside the paragraph of {_text.Length} UTF-16 units.");
        if ((start < _text.Length && char.IsLowSurrogate(_text[start]) && start > 0 && char.IsHighSurrogate(_text[start - 1]))
            || (end < _text.Length && char.IsLowSurrogate(_text[end]) && end > 0 && char.IsHighSurrogate(_text[end - 1])))
            throw new ArgumentException($"Line [{start}, {end}) splits a surrogate pair.", nameof(start));
    }

    // L1 on the code points of the line: separators, and white space and isolate controls before them or
    // at the end of the line, go back to the paragraph level.
    private byte[] LineCodePointLevels(int start, int end, out int first)
    {
        CheckLine(start, end);
        first = start < _text.Length ? _codePointOfUnit[start] : _codePoints.Length;
        int last = end > start ? _codePointOfUnit[end - 1] + 1 : first;
        var levels = _codePointLevels.AsSpan(first, last - first).ToArray();
        bool trailing = true;
        for (int i = levels.Length - 1; i >= 0; i--)
        {
            BidiClass c = _classes[first + i];
            if (c is BidiClass.S or BidiClass.B)
            {
                levels[i] = ParagraphLevel;
                trailing = true;
            }
            else if (trailing && BidiClassSets.IsResetBeforeSeparator(c))
            {
                levels[i] = ParagraphLevel;
            }
            else
            {
                trailing = false;
            }
        }
        return levels;
    }

    /// <summary>
    /// P2–I2 on a paragraph given as bidi classes (code points are needed only for paired brackets).
    /// Returns the level of each character before L1; characters removed by X9 take the previous level.
    /// </summary>
    internal static (byte[] Levels, byte ParagraphLevel) Resolve(BidiClass[] classes, int[] codePoints, BidiDirection direction)
    {
        int[] match = ExplicitLevelResolver.MatchIsolates(classes);
        byte paragraphLevel = direction switch
        {
            BidiDirection.LeftToRight => 0,
            BidiDirection.RightToLeft => 1,
            _ => ExplicitLevelResolver.FirstStrongLevel(classes, match, 0, classes.Length, 0),
        };
        var types = (BidiClass[])classes.Clone();
        byte[] levels = ExplicitLevelResolver.Resolve(types, match, paragraphLevel);
        foreach (var sequence in IsolatingRunSequence.Build(classes, types, levels, match, paragraphLevel))
        {
            WeakTypeResolver.Resolve(sequence);
            BracketPairResolver.Resolve(sequence, codePoints, classes);
            NeutralTypeResolver.Resolve(sequence);
            NeutralTypeResolver.ApplyImplicitLevels(sequence, levels);
        }
        for (int i = 0; i < classes.Length; i++)
        {
            if (BidiClassSets.IsRemovedByX9(classes[i])) levels[i] = i > 0 ? levels[i - 1] : paragraphLevel;
        }
        return (levels, paragraphLevel);
    }
}
