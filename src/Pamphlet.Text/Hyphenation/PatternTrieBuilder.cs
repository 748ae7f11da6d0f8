namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// The Liang patterns of one level of a pattern file, gathered into a trie over their letters ('.'
/// marks a word edge) while the file is read: one hash of edges, (node &lt;&lt; 16 | letter) → child node.
/// A node exists for every pattern and every proper prefix of one. Used only to compile a file
/// (<see cref="CompiledPatternFile"/>); builds read the compiled trie (<see cref="PackedTrie"/>).
/// </summary>
internal sealed class PatternTrieBuilder
{
    public const int Root = 0;

    private readonly Dictionary<long, int> children = [];
    // Every pattern's values in one flat list, and per node where its values start (-1: only a prefix).
    private readonly List<int> valuesStart = [NoValues];
    private readonly List<byte> values = [];
    private readonly HashSet<char> alphabet = [];

    private const int NoValues = -1;

    /// <summary>Distinct patterns (by letters) added.</summary>
    public int PatternCount { get; private set; }

    public int MaxPatternLength { get; private set; }

    public int NodeCount => valuesStart.Count;

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

    /// <summary>Every edge as (parent, letter, child), in no particular order.</summary>
    public IEnumerable<(int Parent, char Letter, int Child)> Edges() =>
        children.Select(e => ((int)(e.Key >> 16), (char)(e.Key & 0xFFFF), e.Value));

    /// <summary>Where each node's values start in <see cref="Values"/>, or <see cref="NoValues"/> for a node that is only a prefix.</summary>
    public IReadOnlyList<int> ValuesStart => valuesStart;

    public IReadOnlyList<byte> Values => values;

    /// <summary>Every letter some pattern contains, in code order.</summary>
    public IEnumerable<char> Alphabet => alphabet.Order();

    private static long Edge(int node, char letter) => ((long)node << 16) | letter;
}
