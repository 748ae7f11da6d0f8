using System.Buffers.Binary;
using System.Text;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// The compiled form of a pattern file, written at build time (tools/Pamphlet.PatternCompiler, run by
/// Pamphlet.Text's build) and embedded instead of the pattern text; read in place when a language is
/// first hyphenated. Both directions live here, so the layout has one home. Little-endian throughout:
/// <code>
/// "PHY1"                                   magic and layout version (change the digit with the layout)
/// int32 × 6   left, right, compound-left, compound-right hyphen minimums; non-standard patterns skipped; levels (1 or 2)
/// per level (the word level, then the compound-boundary level if any):
///   int32 × 5 patterns, longest pattern, nodes, values, alphabet letters
///   int32[nodes + 1] first child · int32[nodes] values start (-1: none)
///   char[nodes] letter · char[alphabet] alphabet · byte[values] values
/// </code>
/// Nodes are numbered breadth-first with siblings in letter order, so a node's children are consecutive
/// (first child[n] up to first child[n + 1]) and a node needs no list of edges, only the letter that leads
/// to it. Every array starts at a multiple of 4 bytes (padding with zeros).
/// </summary>
internal static class CompiledPatternFile
{
    private static ReadOnlySpan<byte> Magic => "PHY1"u8;

    /// <summary>The file extension of compiled pattern files, and of their embedded resources.</summary>
    public const string Extension = ".hyph";

    private const int HeaderInts = 6;
    private const int LevelHeaderInts = 5;

    public static byte[] Write(PatternFileContents contents)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(contents.LeftHyphenMin);
            writer.Write(contents.RightHyphenMin);
            writer.Write(contents.CompoundLeftHyphenMin);
            writer.Write(contents.CompoundRightHyphenMin);
            writer.Write(contents.NonStandardPatternsSkipped);
            writer.Write(contents.CompoundLevel is null ? 1 : 2);
            WriteLevel(writer, contents.Words);
            if (contents.CompoundLevel is { } compound) WriteLevel(writer, compound);
        }

        return buffer.ToArray();
    }

    private static void WriteLevel(BinaryWriter writer, PatternTrieBuilder trie)
    {
        // Renumbered breadth-first, siblings in letter order: the builder's numbers follow the file's
        // lines, so the same file always compiles to the same bytes.
        var children = trie.Edges().ToLookup(e => e.Parent);
        var order = new List<(int Builder, char Letter)>(trie.NodeCount) { (PatternTrieBuilder.Root, '\0') };
        var firstChild = new List<int>(trie.NodeCount + 1);
        for (var next = 0; next < order.Count; next++)
        {
            firstChild.Add(order.Count);
            order.AddRange(children[order[next].Builder].OrderBy(e => e.Letter).Select(e => (e.Child, e.Letter)));
        }

        firstChild.Add(order.Count);
        var alphabet = trie.Alphabet.ToList();
        writer.Write(trie.PatternCount);
        writer.Write(trie.MaxPatternLength);
        writer.Write(order.Count);
        writer.Write(trie.Values.Count);
        writer.Write(alphabet.Count);
        foreach (var first in firstChild) writer.Write(first);
        foreach (var (builder, _) in order) writer.Write(trie.ValuesStart[builder]);
        foreach (var (_, letter) in order) writer.Write((ushort)letter);
        Pad(writer);
        foreach (var letter in alphabet) writer.Write((ushort)letter);
        Pad(writer);
        foreach (var value in trie.Values) writer.Write(value);
        Pad(writer);
    }

    private static void Pad(BinaryWriter writer)
    {
        while (writer.BaseStream.Position % sizeof(int) != 0) writer.Write((byte)0);
    }

    /// <summary>
    /// The patterns of a compiled file, reading <paramref name="file"/> in place (it must stay unchanged
    /// for as long as the patterns are used). <paramref name="sourceName"/> names the pattern file in messages.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a compiled pattern file of this layout: a packaging bug.</exception>
    public static LiangPatterns Read(ReadOnlyMemory<byte> file, string sourceName)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Compiled hyphenation patterns are little-endian, as every platform Pamphlet ships for is.");
        }

        var reader = new Reader(file, sourceName);
        if (!file.Span.StartsWith(Magic))
        {
            throw reader.Bad("it does not start with the compiled pattern file's mark (PHY1)");
        }

        reader.Skip(Magic.Length);
        var header = reader.Ints(HeaderInts);
        var (left, right, compoundLeft, compoundRight, skipped, levels) = (header[0], header[1], header[2], header[3], header[4], header[5]);
        if (levels is not (1 or 2)) throw reader.Bad($"it declares {levels} levels");
        var words = ReadLevel(reader);
        var compound = levels == 2 ? ReadLevel(reader) : null;
        if (!reader.AtEnd) throw reader.Bad("it has bytes after its last level");
        return new LiangPatterns(sourceName, words, left, right, compoundLeft, compoundRight)
        {
            CompoundLevel = compound is null ? null : new LiangPatterns(sourceName + " (compound level)", compound, left, right, compoundLeft, compoundRight),
            NonStandardPatternsSkipped = skipped,
        };
    }

    private static PackedTrie ReadLevel(Reader reader)
    {
        var counts = reader.Ints(LevelHeaderInts);
        var (patterns, longest, nodes, values, letters) = (counts[0], counts[1], counts[2], counts[3], counts[4]);
        if (nodes < 2 || patterns < 1 || longest < 1 || values < 0 || letters < 1)
        {
            throw reader.Bad($"a level's counts do not fit a trie ({nodes} nodes, {patterns} patterns)");
        }

        var firstChild = reader.Section((nodes + 1) * sizeof(int));
        var valuesStart = reader.Section(nodes * sizeof(int));
        var letter = reader.Section(nodes * sizeof(char));
        var alphabet = reader.Section(letters * sizeof(char));
        var valueBytes = reader.Section(values);
        if (BinaryPrimitives.ReadInt32LittleEndian(firstChild.Span[^sizeof(int)..]) != nodes)
        {
            throw reader.Bad("its child index does not end at its node count");
        }

        return new PackedTrie(patterns, longest, firstChild, valuesStart, letter, alphabet, valueBytes);
    }

    /// <summary>A position in a compiled file, moving over its sections.</summary>
    private sealed class Reader(ReadOnlyMemory<byte> file, string sourceName)
    {
        private int position;

        public bool AtEnd => position == file.Length;

        public void Skip(int count) => Section(count);

        public int[] Ints(int count)
        {
            var bytes = Section(count * sizeof(int)).Span;
            var ints = new int[count];
            for (var i = 0; i < count; i++) ints[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * sizeof(int))..]);
            return ints;
        }

        /// <summary>The next <paramref name="length"/> bytes, then the position moves on to the next multiple of 4.</summary>
        public ReadOnlyMemory<byte> Section(int length)
        {
            if (length < 0 || length > file.Length - position) throw Bad("it ends early");
            var section = file.Slice(position, length);
            position += length;
            position = Math.Min(file.Length, (position + sizeof(int) - 1) / sizeof(int) * sizeof(int));
            return section;
        }

        public InvalidDataException Bad(string problem) => new(
            $"The compiled hyphenation patterns of {sourceName} are damaged or of another version: {problem}. " +
            "Rebuild Pamphlet (the build compiles src/Pamphlet.Text/Hyphenation/Patterns/*.dic).");
    }
}
