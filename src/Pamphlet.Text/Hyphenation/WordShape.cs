namespace Pamphlet.Text.Hyphenation;

/// <summary>What kind of token a "word" is, as far as hyphenation cares. Pure functions of the text.</summary>
internal static class WordShape
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>Typewriter and typographic apostrophes ("don't", "workers’").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Letters, and the combining marks of decomposed accents (e + U+0301), which belong to their letter.</summary>
    public static bool IsLetter(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Any decimal digit, anywhere ("2024", "3rd", "G20"): numbers and codes are not words.</summary>
    public static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word without leading and trailing punctuation ("(democracy)," → "democracy"): the part
    /// the patterns are for. Empty when the word has no letter.
    /// </summary>
    public static (int Start, int Length) Core(string word)
    {
        var start = 0;
        while (start < word.Length && !IsLetter(word[start]))
        {
            start++;
        }

        var end = word.Length;
        while (end > start && !IsLetter(word[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    /// <summary>
    /// True when the core holds something other than letters and inner apostrophes: dots ("e.g."), ampersands ("AT&amp;T"), a non-breaking hyphen (U+2011, the author asked for
    /// no break). Such tokens are not dictionary words, so patterns would only guess.
    /// </summary>
    public static bool HasNonWordCharacter(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
        {
            if (!IsLetter(c) && !IsApostrophe(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for acronyms ("NATO", "NATO’s") and for words with a capital after the first letter
    /// ("iPhone", "McDonald", "PhD"): names and abbreviations whose breaks the patterns do not know and
    /// whose readers expect them whole.
    /// </summary>
    public static bool HasInnerCapital(ReadOnlySpan<char> core)
    {
        for (var i = 1; i < core.Length; i++)
        {
            if (char.IsUpper(core[i]))
            {
                return true;
            }
        }

        return false;
    }
}
