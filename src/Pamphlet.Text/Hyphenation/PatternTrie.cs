using System.Runtime.InteropServices;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// The Liang patterns of one level of a pattern file as a trie over their letters ('.' marks a word
/// edge), held as one hash of edges: (node &lt;&lt; 16 | letter) → child node. A node exists for every
/// pattern and every proper prefix of one, so a scan can stop as soon as no longer pattern can match;
/// a node's values are null when it is only a prefix. Patterns go in straight from the file's text,
/// with no string per pattern or per prefix: building the English trie this way costs a fraction of
/// what a dictionary of prefix strings did in a cold build (issue 13). Filled once by
/// <see cref="PatternFileReader"/>, then only read, so it can be shared by every thread.
/// </summary>
internal sealed class PatternTrie
{
    public const int Root = 0;

    // Every pattern's values in one flat list, and per node where its values start (-1: only a
    // prefix): no object per pattern, and no array of references for the collector to scan.
    private readonly Dictionary<long, int> children = [];
    private readonly List<int> valuesStart = [NoValues];
    private readonly List<byte> values = [];
    private readonly HashSet<char> alphabet = [];

    private const int NoValues = -1;

    /// <summary>Distinct patterns (by letters) added.</summary>
    public int PatternCount { get; private set; }

    public int MaxPatternLength { get; private set; }

    /// <summary>
    /// Adds the pattern with these <paramref name="letters"/> and <paramref name="gapValues"/> (one
    /// more than letters: values[k] is the gap before letter k). The same letters twice keep the
    /// stronger value at each gap, as Liang's rule would anyway.
    /// </summary>
    public void Add(ReadOnlySpan<char> letters, ReadOnlySpan<byte> gapValues)
    {
        var node = Root;
        foreach (var c in letters)
        {
            var edge = Edge(node, c);
            if (!children.TryGetValue(edge, out var child))
            {
                child = valuesStart.Count;
                valuesStart.Add(NoValues);
                children.Add(edge, child);
                alphabet.Add(c);
            }

            node = child;
        }

        if (valuesStart[node] is var start and not NoValues)
        {
            for (var i = 0; i < gapValues.Length; i++) values[start + i] = Math.Max(values[start + i], gapValues[i]);
            return;
        }

        valuesStart[node] = values.Count;
        values.AddRange(gapValues);
        PatternCount++;
        MaxPatternLength = Math.Max(MaxPatternLength, letters.Length);
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="letter"/>, or -1 when no pattern continues so.</summary>
    public int Child(int node, char letter) => children.TryGetValue(Edge(node, letter), out var child) ? child : -1;

    /// <summary>
    /// The values of the pattern that ends at <paramref name="node"/> (one more than its letters, so
    /// never empty), or empty when the node is only a prefix. <paramref name="depth"/> is the node's
    /// number of letters.
    /// </summary>
    public ReadOnlySpan<byte> ValuesAt(int node, int depth) =>
        valuesStart[node] is var start and not NoValues ? CollectionsMarshal.AsSpan(values).Slice(start, depth + 1) : [];

    /// <summary>True when some pattern contains <paramref name="c"/>.</summary>
    public bool Knows(char c) => alphabet.Contains(c);

    private static long Edge(int node, char letter) => ((long)node << 16) | letter;
}
