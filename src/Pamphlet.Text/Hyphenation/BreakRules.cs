using System.Buffers;
using System.Collections.Concurrent;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Hyphenation;

/// <summary>How a line may break inside a word.</summary>
public enum WordBreakKind
{
    /// <summary>At a hyphenation point of the patterns, the exceptions or a soft hyphen: a hyphen is drawn.</summary>
    Hyphen,

    /// <summary>Just after a hyphen or dash the text already shows ("well-|known"): nothing is drawn.</summary>
    AfterHyphen,

    /// <summary>Inside a web or e-mail address wider than a line, after a slash or before a dot: nothing is drawn.</summary>
    Url,
}

/// <summary>A place a line may break inside a word: before <c>word[Index]</c> (0 &lt; Index &lt; word.Length).</summary>
public readonly record struct WordBreak(int Index, WordBreakKind Kind);

/// <summary>What a word is, as far as breaking it goes (for reports: which kind of word a break landed in).</summary>
public enum WordKind { Word, Number, Date, Url, Acronym }

/// <summary>
/// Where a line may break in a statement's text, in one place for composition, the typography report
/// and the tests: inside a word (<see cref="InWord"/>) and at a space (<see cref="BoundSpaces"/>: the
/// spaces that must not break). One instance per language and hyphenation setting; safe to share.
/// </summary>
/// <remarks>
/// Inside a word, in this order: a web or e-mail address is never hyphenated, and breaks (after "/",
/// before ".", "?", "#", "&amp;", "=" or "@", no hyphen drawn) only when it is wider than a line;
/// a word with soft hyphens breaks at them only (the author's choice); a word with a hyphen or dash of
/// its own breaks only just after it, and not next to a digit ("COVID-19", "2025-26", "A-12"), not
/// between two acronyms ("CGT-FO"), and not leaving fewer than <see cref="MinimumLettersBesideHyphen"/>
/// letters on either side; numbers, codes and acronyms (a capital after the first letter: "NHS's",
/// "UNISON", "iPhone") are never hyphenated; other words break where the language's
/// <see cref="Hyphenator"/> allows. Spaces: see <see cref="SpaceBinding"/>.
/// </remarks>
public sealed class BreakRules
{
    /// <summary>
    /// The fewest letters a hyphen at a line end may leave on either side, the statement's own hyphens
    /// included: a reader sees the same hyphen either way. "E-|Mail" and "co-|op" strand a fragment; with
    /// three the fragment reads as a syllable (the patterns' minimums are raised to it too, see <see cref="Hyphenator"/>).
    /// </summary>
    public const int MinimumLettersBesideHyphen = 3;

    /// <summary>
    /// Longer runs of letters are not hyphenated: the longest words of the languages we hyphenate stay
    /// under 90 letters (German's "Donaudampfschifffahrts…gesellschaft" has 81), so a longer run is a code,
    /// a hash or junk, where a hyphen would read as part of it; composition cuts it where lines end.
    /// This also keeps a word of a million letters from costing a breakpoint every few letters.
    /// </summary>
    public const int MaxHyphenatedLetters = 100;

    /// <summary>Hyphens and dashes after which a line may break: hyphen-minus, hyphen, en dash, em dash.</summary>
    private static readonly SearchValues<char> TextHyphens = SearchValues.Create("-\u2010\u2013\u2014");

    /// <summary>Before these an address may break (the character opens the next line, so nobody drops it when typing).</summary>
    private static readonly SearchValues<char> AddressBreaksBefore = SearchValues.Create(".?#&=@");

    private static readonly ConcurrentDictionary<(string Language, bool Hyphenate), BreakRules> Instances = new();

    private readonly Hyphenator? hyphenator;

    private BreakRules(string language, Hyphenator? hyphenator)
    {
        Language = language;
        this.hyphenator = hyphenator;
    }

    /// <summary>The rules for a BCP 47 language; with <paramref name="hyphenate"/> false no word gets a pattern hyphen.</summary>
    public static BreakRules For(string language, bool hyphenate = true) =>
        Instances.GetOrAdd((language, hyphenate), key => new BreakRules(key.Language, key.Hyphenate ? Hyphenator.ForLanguage(key.Language) : null));

    public string Language { get; }

    /// <summary>
    /// Where <paramref name="word"/> (text between two spaces, or the part of it in one style) may break,
    /// in increasing order. <paramref name="isAddress"/>: the word is a link's address even if it does
    /// not look like one; <paramref name="hyphenate"/>: the style allows pattern hyphens;
    /// <paramref name="widerThanLine"/>: the word does not fit the narrowest line (only then may an address break).
    /// </summary>
    public IReadOnlyList<WordBreak> InWord(string word, bool isAddress = false, bool hyphenate = true, bool widerThanLine = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Contains(WordShape.SoftHyphen))
        {
            return AtSoftHyphens(word);
        }

        if (isAddress || UrlText.LooksLikeAddress(word))
        {
            return widerThanLine ? InAddress(word) : [];
        }

        // A word with a hyphen or dash of its own breaks only just after it ("Öko-|Strom"), never at a
        // pattern's point: the parts of a compound are read as they are written.
        if (word.AsSpan().ContainsAny(TextHyphens))
        {
            return AfterHyphens(word);
        }

        if (!hyphenate || hyphenator is null || KindOf(word) != WordKind.Word || WordShape.Core(word).Length > MaxHyphenatedLetters)
        {
            return [];
        }

        var points = hyphenator.Hyphenate(word);
        var breaks = new WordBreak[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            breaks[i] = new WordBreak(points[i].Index, WordBreakKind.Hyphen);
        }

        return breaks;
    }

    /// <summary>
    /// What kind of word this is: an address, a date (ISO, "2026-03-14"), a number or code (any digit), an
    /// acronym (a capital after the first letter of its letters: "NATO", "NHS's", "CGT-FO", "iPhone"), or a word.
    /// </summary>
    public static WordKind KindOf(string word)
    {
        if (UrlText.LooksLikeAddress(word)) return WordKind.Url;
        var (start, length) = WordShape.Core(word);
        var core = word.AsSpan(start, length);
        if (WordShape.HasDigit(word)) return DateWords.IsIsoDate(TrimPunctuation(word)) ? WordKind.Date : WordKind.Number;
        return length > 1 && WordShape.HasInnerCapital(core) ? WordKind.Acronym : WordKind.Word;
    }

    /// <summary>
    /// The spaces of <paramref name="text"/> (a paragraph's text) that must not break, by the index of
    /// the first space character of each gap between two words, with the reason. See <see cref="SpaceBinding"/>.
    /// </summary>
    public IReadOnlyDictionary<int, SpaceBinding> BoundSpaces(string text) => SpaceBindings.Find(text, Language);

    /// <summary>Characters that separate words: the spaces a line may break at, and the no-break space (which binds).</summary>
    public static bool IsSpace(char c) => SpaceBindings.IsSpace(c);

    /// <summary>The characters counted as letters by the three-letter minimum on each side of a hyphen.</summary>
    public static bool IsLetter(char c) => WordShape.IsLetter(c);

    private static string TrimPunctuation(string word) => word.Trim('(', ')', ',', '.', ';', ':', '"', '\u201C', '\u201D', '\u00AB', '\u00BB');

    private static IReadOnlyList<WordBreak> InAddress(string word)
    {
        var breaks = new List<WordBreak>();
        for (var i = 1; i < word.Length - 1; i++)
        {
            // After a slash that ends a path step (not inside "//"); before a dot or query character that
            // starts the next letters (not the sentence's full stop after the address).
            var afterSlash = word[i - 1] == '/' && word[i] != '/';
            var beforeMark = AddressBreaksBefore.Contains(word[i]) && char.IsLetterOrDigit(word[i + 1]) && word[i - 1] != '/';
            if (afterSlash || beforeMark) breaks.Add(new WordBreak(i, WordBreakKind.Url));
        }

        return breaks;
    }

    private static IReadOnlyList<WordBreak> AtSoftHyphens(string word)
    {
        var breaks = new List<WordBreak>();
        for (var i = 0; i < word.Length; i++)
        {
            // A soft hyphen first or last in the word has nothing to break from.
            if (word[i] == WordShape.SoftHyphen && i > 0 && i + 1 < word.Length)
            {
                breaks.Add(new WordBreak(i + 1, WordBreakKind.Hyphen));
            }
        }

        return breaks;
    }

    /// <summary>Breaks just after the word's own hyphens and dashes, where one stands between two letters.</summary>
    private static List<WordBreak> AfterHyphens(string word)
    {
        var breaks = new List<WordBreak>();
        var lettersAfter = Letters(word.AsSpan());
        var lettersBefore = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (WordShape.IsLetter(word[i - 1]))
            {
                lettersBefore++;
                lettersAfter--;
            }

            if (!TextHyphens.Contains(word[i - 1]) || i < 2) continue;
            var before = word[i - 2];
            var after = word[i];
            if (!char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after)) continue;
            if (word[i - 1] == '\u2014')
            {
                // An em dash is punctuation, not a hyphen: the words on either side may be any length.
                if (!char.IsDigit(after)) breaks.Add(new WordBreak(i, WordBreakKind.AfterHyphen));
                continue;
            }

            // A hyphen stays with a number beside it: "COVID-|19" would leave "19" looking like a new number,
            // "2025-|26" splits one season, and "-19" reads as a negative number.
            if (char.IsDigit(before) || char.IsDigit(after)) continue;
            if (lettersBefore < MinimumLettersBesideHyphen || lettersAfter < MinimumLettersBesideHyphen) continue;
            // Two acronyms joined ("CGT-FO", "PS-PSOE") are one name: it reads whole or not at all.
            if (IsAcronymPart(word, i - 2, -1) && IsAcronymPart(word, i, +1)) continue;
            breaks.Add(new WordBreak(i, WordBreakKind.AfterHyphen));
        }

        return breaks;
    }

    /// <summary>True when the letters from <paramref name="from"/> in <paramref name="step"/> direction up to the next non-letter are two or more capitals.</summary>
    private static bool IsAcronymPart(string word, int from, int step)
    {
        var count = 0;
        for (var i = from; i >= 0 && i < word.Length && WordShape.IsLetter(word[i]); i += step)
        {
            if (!char.IsUpper(word[i])) return false;
            count++;
        }

        return count >= 2;
    }

    private static int Letters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (WordShape.IsLetter(c)) count++;
        }

        return count;
    }
}
