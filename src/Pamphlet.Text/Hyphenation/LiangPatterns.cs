namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// One language's Liang patterns, ready for lookup, plus the hyphen minimums its file declares.
/// Immutable once built, so one instance is shared by every thread.
/// </summary>
internal sealed class LiangPatterns
{
    // A trie over the patterns' letters (with '.' marking a word edge), held as one hash of edges:
    // (node << 16 | letter) → child node. Node 0 is the root. A node exists for every pattern and for
    // every proper prefix of one, so a scan can stop as soon as no longer pattern can match; a node's
    // values are null when it is only a prefix. Building it allocates no string per prefix, which
    // made loading the English patterns most of a cold build's hyphenation cost.
    private readonly Dictionary<long, int> children;
    private readonly byte[]?[] valuesByNode;
    private readonly HashSet<char> alphabet;

    private const int Root = 0;

    public LiangPatterns(
        string sourceName,
        IReadOnlyDictionary<string, byte[]> patterns,
        int leftHyphenMin,
        int rightHyphenMin,
        int compoundLeftHyphenMin,
        int compoundRightHyphenMin)
    {
        SourceName = sourceName;
        LeftHyphenMin = leftHyphenMin;
        RightHyphenMin = rightHyphenMin;
        CompoundLeftHyphenMin = compoundLeftHyphenMin;
        CompoundRightHyphenMin = compoundRightHyphenMin;
        PatternCount = patterns.Count;

        children = new Dictionary<long, int>(patterns.Count * 2);
        var values = new List<byte[]?> { null };
        alphabet = [];
        foreach (var (key, patternValues) in patterns)
        {
            var node = Root;
            foreach (var c in key)
            {
                if (!children.TryGetValue(Edge(node, c), out var child))
                {
                    child = values.Count;
                    values.Add(null);
                    children.Add(Edge(node, c), child);
                    alphabet.Add(c);
                }

                node = child;
            }

            values[node] = patternValues;
            MaxPatternLength = Math.Max(MaxPatternLength, key.Length);
        }

        valuesByNode = [.. values];
    }

    private static long Edge(int node, char letter) => ((long)node << 16) | letter;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="letter"/>, or -1 when no pattern continues so.</summary>
    private int Child(int node, char letter) => children.TryGetValue(Edge(node, letter), out var child) ? child : -1;

    /// <summary>Where the patterns came from (resource or file name), for messages.</summary>
    public string SourceName { get; }

    public int PatternCount { get; }

    public int MaxPatternLength { get; }

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
    public bool Knows(char c) => alphabet.Contains(c);

    /// <summary>The letters and values of one pattern, or null; for tests and diagnostics.</summary>
    public byte[]? ValuesOf(string letters)
    {
        var node = Root;
        foreach (var c in letters)
        {
            node = Child(node, c);
            if (node < 0) return null;
        }

        return valuesByNode[node];
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

        for (var start = 0; start < dottedLength; start++)
        {
            var longest = Math.Min(MaxPatternLength, dottedLength - start);
            var node = Root;
            for (var length = 1; length <= longest; length++)
            {
                node = Child(node, dotted[start + length - 1]);
                if (node < 0)
                {
                    break; // no pattern starts with these letters, so none longer does either
                }

                if (valuesByNode[node] is not { } patternValues)
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
