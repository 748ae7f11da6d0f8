namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// One language's Liang patterns, ready for lookup, plus the hyphen minimums its file declares.
/// Immutable once built, so one instance is shared by every thread.
/// </summary>
internal sealed class LiangPatterns
{
    private readonly PackedTrie trie;

    public LiangPatterns(
        string sourceName,
        PackedTrie trie,
        int leftHyphenMin,
        int rightHyphenMin,
        int compoundLeftHyphenMin,
        int compoundRightHyphenMin)
    {
        SourceName = sourceName;
        this.trie = trie;
        LeftHyphenMin = leftHyphenMin;
        RightHyphenMin = rightHyphenMin;
        CompoundLeftHyphenMin = compoundLeftHyphenMin;
        CompoundRightHyphenMin = compoundRightHyphenMin;
    }

    /// <summary>Where the patterns came from (resource or file name), for messages.</summary>
    public string SourceName { get; }

    public int PatternCount => trie.PatternCount;

    public int MaxPatternLength => trie.MaxPatternLength;

    /// <summary>The file's LEFTHYPHENMIN (characters kept before the first break); 0 when not declared.</summary>
    public int LeftHyphenMin { get; }

    /// <summary>The file's RIGHTHYPHENMIN (characters kept after the last break); 0 when not declared.</summary>
    public int RightHyphenMin { get; }

    /// <summary>
    /// The file's COMPOUNDLEFTHYPHENMIN: characters kept after a compound boundary before a break inside
    /// the next part; 0 when not declared.
    /// </summary>
    public int CompoundLeftHyphenMin { get; }

    /// <summary>
    /// The file's COMPOUNDRIGHTHYPHENMIN: characters kept before a compound boundary after a break inside
    /// the part before it; 0 when not declared.
    /// </summary>
    public int CompoundRightHyphenMin { get; }

    /// <summary>
    /// For libhyphen two-level files (patterns, NEXTLEVEL, patterns), the first level: it finds the
    /// boundaries between the parts of a compound word, and these patterns then hyphenate each part.
    /// Null for one-level files.
    /// </summary>
    public LiangPatterns? CompoundLevel { get; init; }

    /// <summary>How many non-standard ('/') patterns the file held and the reader skipped.</summary>
    public int NonStandardPatternsSkipped { get; init; }

    /// <summary>True when some pattern contains <paramref name="c"/> (e.g. an apostrophe).</summary>
    public bool Knows(char c) => trie.Knows(c);

    /// <summary>The letters and values of one pattern, or null; for tests and diagnostics.</summary>
    public byte[]? ValuesOf(string letters)
    {
        var view = trie.Open();
        var node = PackedTrie.Root;
        foreach (var c in letters)
        {
            node = view.Child(node, c);
            if (node < 0) return null;
        }

        var values = view.ValuesAt(node, letters.Length);
        return values.IsEmpty ? null : values.ToArray();
    }

    /// <summary>
    /// Liang's algorithm: for a lower-case word, the highest value every matching pattern gives each
    /// inter-letter gap. <paramref name="gapValues"/>[i] (length word.Length + 1) is the value of the gap
    /// before word[i]; odd means a hyphen may go there. Minimums are not applied here.
    /// </summary>
    public void Score(ReadOnlySpan<char> lowerWord, Span<byte> gapValues)
    {
        // The word between edge marks, as the patterns spell word boundaries: ".word.".
        var dottedLength = lowerWord.Length + 2;
        Span<char> dotted = dottedLength <= StackLimit ? stackalloc char[dottedLength] : new char[dottedLength];
        dotted[0] = '.';
        lowerWord.CopyTo(dotted[1..]);
        dotted[^1] = '.';

        // values[j] is the gap before dotted[j]; the gap before word[i] is values[i + 1].
        Span<byte> values = dottedLength + 1 <= StackLimit ? stackalloc byte[dottedLength + 1] : new byte[dottedLength + 1];
        values.Clear();

        var view = trie.Open();
        for (var start = 0; start < dottedLength; start++)
        {
            var longest = Math.Min(MaxPatternLength, dottedLength - start);
            var node = PackedTrie.Root;
            for (var length = 1; length <= longest; length++)
            {
                node = view.Child(node, dotted[start + length - 1]);
                if (node < 0)
                {
                    break; // no pattern starts with these letters, so none longer does either
                }

                var patternValues = view.ValuesAt(node, length);
                if (patternValues.IsEmpty)
                {
                    continue; // only a prefix of longer patterns
                }

                for (var k = 0; k < patternValues.Length; k++)
                {
                    if (patternValues[k] > values[start + k])
                    {
                        values[start + k] = patternValues[k];
                    }
                }
            }
        }

        values.Slice(1, lowerWord.Length + 1).CopyTo(gapValues);
    }

    // Beyond this many chars a buffer goes on the heap; real words are far shorter.
    private const int StackLimit = 256;
}
