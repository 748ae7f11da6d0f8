namespace Pamphlet.Text.Bidi;

/// <summary>Per-character bidi properties from the generated Unicode tables (<see cref="BidiData"/>).</summary>
internal static class BidiCharacters
{
    /// <summary>The Unicode version the tables were generated from.</summary>
    public static string UnicodeVersion => BidiData.UnicodeVersion;

    // The basic multilingual plane is looked up in a flat table (64 KB, built once from the ranges)
    // because nearly all text lives there; the rest goes through a binary search over the ranges.
    private static readonly BidiClass[] BmpClasses = BuildBmpTable();

    public static BidiClass GetClass(int codePoint)
    {
        if ((uint)codePoint < (uint)BmpClasses.Length) return BmpClasses[codePoint];
        if ((uint)codePoint > 0x10FFFF) return BidiClass.L;
        return (BidiClass)BidiData.ClassRangeValues[RangeIndex(codePoint)];
    }

    /// <summary>The Bidi_Mirroring_Glyph of a code point (e.g. '(' ↔ ')'), or the code point itself if it has none.</summary>
    public static int Mirror(int codePoint)
    {
        int i = BidiData.MirrorCodePoints.BinarySearch(codePoint);
        return i >= 0 ? BidiData.MirrorGlyphs[i] : codePoint;
    }

    /// <summary>Whether the code point is a paired bracket (BidiBrackets.txt); gives its partner and whether it opens.</summary>
    internal static bool TryGetBracket(int codePoint, out int pair, out bool isOpening)
    {
        int i = BidiData.BracketCodePoints.BinarySearch(codePoint);
        if (i < 0)
        {
            pair = 0;
            isOpening = false;
            return false;
        }
        pair = BidiData.BracketPairs[i];
        isOpening = BidiData.BracketIsOpening[i] == 1;
        return true;
    }

    private static int RangeIndex(int codePoint)
    {
        int i = BidiData.ClassRangeStarts.BinarySearch(codePoint);
        return i >= 0 ? i : ~i - 1;
    }

    private static BidiClass[] BuildBmpTable()
    {
        var table = new BidiClass[0x10000];
        ReadOnlySpan<int> starts = BidiData.ClassRangeStarts;
        ReadOnlySpan<byte> values = BidiData.ClassRangeValues;
        for (int r = 0; r < starts.Length && starts[r] < table.Length; r++)
        {
            int end = r + 1 < starts.Length ? Math.Min(starts[r + 1], table.Length) : table.Length;
            table.AsSpan(starts[r], end - starts[r]).Fill((BidiClass)values[r]);
        }
        return table;
    }
}
