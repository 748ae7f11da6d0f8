using System.Runtime.InteropServices;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// One level of a language's Liang patterns as a trie in flat arrays, read in place from the compiled
/// pattern file (<see cref="CompiledPatternFile"/>): nothing is parsed, hashed or copied when a language
/// is first used, where reading the pattern text cost a cold English build some 10 ms and a German one
/// some 150 ms (issue 13). Node 0 is the root; a node's children are consecutive nodes, in letter
/// order; a node's values are absent when it is only a prefix of longer patterns. Immutable: shared by every thread.
/// </summary>
internal sealed class PackedTrie
{
    public const int Root = 0;

    /// <summary>Nodes with more children than this are searched by halving; fewer are scanned (most nodes have one or two).</summary>
    private const int LinearScanLimit = 8;

    private readonly ReadOnlyMemory<byte> firstChild;  // int per node, plus one: its first child
    private readonly ReadOnlyMemory<byte> valuesStart; // int per node: where its values start, or -1
    private readonly ReadOnlyMemory<byte> letter;      // char per node: the letter that leads to it
    private readonly ReadOnlyMemory<byte> alphabet;    // char per letter any pattern uses, sorted
    private readonly ReadOnlyMemory<byte> values;      // byte per gap of every pattern

    public PackedTrie(
        int patternCount, int maxPatternLength,
        ReadOnlyMemory<byte> firstChild, ReadOnlyMemory<byte> valuesStart, ReadOnlyMemory<byte> letter,
        ReadOnlyMemory<byte> alphabet, ReadOnlyMemory<byte> values)
    {
        PatternCount = patternCount;
        MaxPatternLength = maxPatternLength;
        this.firstChild = firstChild;
        this.valuesStart = valuesStart;
        this.letter = letter;
        this.alphabet = alphabet;
        this.values = values;
    }

    public int PatternCount { get; }

    public int MaxPatternLength { get; }

    /// <summary>The trie's arrays as spans, for a run of lookups (one word's scoring).</summary>
    public View Open() => new(
        MemoryMarshal.Cast<byte, int>(firstChild.Span),
        MemoryMarshal.Cast<byte, int>(valuesStart.Span),
        MemoryMarshal.Cast<byte, char>(letter.Span),
        values.Span);

    /// <summary>True when some pattern contains <paramref name="c"/>.</summary>
    public bool Knows(char c) => MemoryMarshal.Cast<byte, char>(alphabet.Span).BinarySearch(c) >= 0;

    public readonly ref struct View(ReadOnlySpan<int> firstChild, ReadOnlySpan<int> valuesStart, ReadOnlySpan<char> letter, ReadOnlySpan<byte> values)
    {
        private readonly ReadOnlySpan<int> firstChild = firstChild;
        private readonly ReadOnlySpan<int> valuesStart = valuesStart;
        private readonly ReadOnlySpan<char> letter = letter;
        private readonly ReadOnlySpan<byte> values = values;

        /// <summary>The node reached from <paramref name="node"/> by <paramref name="next"/>, or -1 when no pattern continues so.</summary>
        public int Child(int node, char next)
        {
            var first = firstChild[node];
            var letters = letter[first..firstChild[node + 1]];
            if (letters.Length <= LinearScanLimit)
            {
                for (var i = 0; i < letters.Length; i++)
                {
                    if (letters[i] == next) return first + i;
                    if (letters[i] > next) break;
                }

                return -1;
            }

            var found = letters.BinarySearch(next);
            return found >= 0 ? first + found : -1;
        }

        /// <summary>
        /// The values of the pattern that ends at <paramref name="node"/> (one more than its letters, so
        /// never empty), or empty when the node is only a prefix. <paramref name="depth"/> is the node's
        /// number of letters.
        /// </summary>
        public ReadOnlySpan<byte> ValuesAt(int node, int depth) =>
            valuesStart[node] is var start and >= 0 ? values.Slice(start, depth + 1) : [];
    }
}
