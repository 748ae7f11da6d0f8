using System.Collections.Frozen;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// Words whose breaks are given by hand ("de-moc-ra-cy"), overriding the patterns.
/// Keys are lower case with typewriter apostrophes; values are the break indices in the key.
/// </summary>
internal sealed class HyphenationExceptions
{
    public static readonly HyphenationExceptions None = new([]);

    private readonly FrozenDictionary<string, int[]> breaksByWord;

    /// <param name="hyphenatedWords">Each word with '-' at every allowed break, e.g. "de-moc-ra-cy".</param>
    public HyphenationExceptions(IEnumerable<string> hyphenatedWords)
    {
        var table = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var hyphenated in hyphenatedWords)
        {
            var (word, breaks) = Parse(hyphenated);
            if (!table.TryAdd(word, breaks))
            {
                throw new ArgumentException($"Hyphenation exception \"{word}\" is listed twice; keep one entry.", nameof(hyphenatedWords));
            }
        }

        breaksByWord = table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => breaksByWord.Count;

    /// <summary>
    /// The hand-made breaks for <paramref name="lowerWord"/>, also for its possessive ("democracy's"
    /// breaks like "democracy"); null when the word is not listed.
    /// </summary>
    public int[]? Find(string lowerWord)
    {
        if (breaksByWord.TryGetValue(lowerWord, out var breaks))
        {
            return breaks;
        }

        if (lowerWord.EndsWith("'s", StringComparison.Ordinal)
            && breaksByWord.TryGetValue(lowerWord[..^2], out var stemBreaks))
        {
            return stemBreaks;
        }

        return null;
    }

    private static (string Word, int[] Breaks) Parse(string hyphenated)
    {
        var letters = new System.Text.StringBuilder(hyphenated.Length);
        var breaks = new List<int>();
        foreach (var c in hyphenated)
        {
            if (c == '-')
            {
                if (letters.Length == 0 || (breaks.Count > 0 && breaks[^1] == letters.Length))
                {
                    throw new ArgumentException($"Hyphenation exception \"{hyphenated}\" has a misplaced '-'.");
                }

                breaks.Add(letters.Length);
            }
            else if (WordShape.IsLetter(c) || c == '\'')
            {
                letters.Append(char.ToLowerInvariant(c));
            }
            else
            {
                throw new ArgumentException(
                    $"Hyphenation exception \"{hyphenated}\" may hold only letters, apostrophes and '-' breaks.");
            }
        }

        if (breaks.Count > 0 && breaks[^1] == letters.Length)
        {
            throw new ArgumentException($"Hyphenation exception \"{hyphenated}\" ends with '-'.");
        }

        return (letters.ToString(), breaks.ToArray());
    }
}
