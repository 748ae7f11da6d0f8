using System.Collections.Frozen;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// One language's Liang patterns, ready for lookup, plus the hyphen minimums its file declares.
/// Immutable once built, so one instance is shared by every thread.
/// </summary>
internal sealed class LiangPatterns
{
    // Keyed by the pattern's letters (with '.' marking a word edge). Every proper prefix of a pattern
    // is also a key, with a null value, so a scan can stop as soon as no longer pattern can match:
    // a hashed trie without the node objects.
    private readonly FrozenDictionary<string, byte[]?> byLetters;
    private readonly FrozenDictionary<string, byte[]?>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly FrozenSet<char> alphabet;

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

        var withPrefixes = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var letters = new HashSet<char>();
        foreach (var (key, values) in patterns)
        {
            withPrefixes[key] = values;
            for (var length = 1; length < key.Length; length++)
            {
                withPrefixes.TryAdd(key[..length], null);
            }

            foreach (var c in key)
            {
                letters.Add(c);
            }

            MaxPatternLength = Math.Max(MaxPatternLength, key.Length);
        }

        byLetters = withPrefixes.ToFrozenDictionary(StringComparer.Ordinal);
        bySpan = byLetters.GetAlternateLookup<ReadOnlySpan<char>>();
        alphabet = letters.ToFrozenSet();
    }

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
    public byte[]? ValuesOf(string letters) => byLetters.GetValueOrDefault(letters);

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
            for (var length = 1; length <= longest; length++)
            {
                if (!bySpan.TryGetValue(dotted.Slice(start, length), out var patternValues))
                {
                    break; // no pattern starts with these letters, so none longer does either
                }

                if (patternValues is null)
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
