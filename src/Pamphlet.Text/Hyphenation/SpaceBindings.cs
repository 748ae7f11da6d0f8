using System.Collections.Frozen;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Hyphenation;

/// <summary>Why a space must not break (see <see cref="BreakRules.BoundSpaces"/>).</summary>
public enum SpaceBinding
{
    /// <summary>A no-break space of the statement's own (U+00A0; "\ " in the Markdown).</summary>
    NoBreakSpace,

    /// <summary>Inside a date: "14 March 2026", "March 14, 2026", "14. März 2026", "14 de marzo de 2026", "mars 2026".</summary>
    Date,

    /// <summary>Inside an amount or a number: "12.5 %", "€ 3,50", "12 500", "9:00 p.m.", "(313) 555-0148".</summary>
    Number,

    /// <summary>Between a name and its number: "Local 12", "Article 5", "§ 3", "No. 7", "art. 12".</summary>
    NumberName,

    /// <summary>After a Spanish or Portuguese one-letter word, which must not end a line ("y", "a", "o", "é").</summary>
    OneLetterWord,
}

/// <summary>
/// Finds the spaces of a paragraph that must not break. Works on words (text between spaces) and their
/// neighbours, so it needs the whole paragraph's text, not one word: a date is recognised from the
/// words around each of its spaces.
/// </summary>
internal static class SpaceBindings
{
    /// <summary>The no-break space: separates words for justification but binds them.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>
    /// One-letter words that stay with the next word, by primary language. Spanish: the conjunctions y, e,
    /// o, u and the preposition a (RAE: a line should not end on them). Portuguese: the articles and
    /// prepositions a, o, à, the conjunction e, and the verb é — every Portuguese one-letter word, as
    /// Portuguese typesetters keep them all off the line end.
    /// </summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> OneLetterWords = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["es"] = FrozenSet.ToFrozenSet(["y", "e", "o", "u", "a"], StringComparer.OrdinalIgnoreCase),
        ["pt"] = FrozenSet.ToFrozenSet(["a", "o", "e", "é", "à"], StringComparer.OrdinalIgnoreCase),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviations and signs that name a number after them, in any language ("No. 7", "§ 3", "Nr. 5", "nº 3").</summary>
    private static readonly FrozenSet<string> NumberSigns = FrozenSet.ToFrozenSet(["§", "§§", "¶", "#", "No", "Nº", "nº", "n.º", "N.º", "no."], StringComparer.Ordinal);

    /// <summary>Signs and words that belong to the number before them ("12.5 %", "9:00 p.m.", "18 Uhr").</summary>
    private static readonly FrozenSet<string> UnitsAfterNumber = FrozenSet.ToFrozenSet(
        ["%", "‰", "€", "$", "£", "¥", "a.m.", "p.m.", "h", "Uhr", "EUR", "USD", "GBP"], StringComparer.Ordinal);

    /// <summary>Currency signs that belong to the number after them ("€ 3,50", "R$ 1.200").</summary>
    private static readonly FrozenSet<string> CurrenciesBeforeNumber = FrozenSet.ToFrozenSet(["€", "$", "£", "¥", "R$", "US$"], StringComparer.Ordinal);

    /// <summary>Spaces a line may break at (tab, newline, thin, hair, en and em spaces too), and the no-break space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or NoBreakSpace;

    private readonly record struct Word(int Start, int End, int GapStart, bool GapHasNoBreakSpace, string Text);

    public static IReadOnlyDictionary<int, SpaceBinding> Find(string text, string language)
    {
        var words = Words(text);
        var bound = new Dictionary<int, SpaceBinding>();
        if (words.Count < 2) return bound;

        var primary = PrimaryLanguage(language);
        OneLetterWords.TryGetValue(primary, out var oneLetter);
        // Gap k lies between word k and word k + 1; the first reason found wins, the strongest first.
        // Each word is asked whether it is a number twice, as the word before a gap and as the word after one.
        var numberAfter = IsNumber(words[0].Text);
        for (var k = 0; k + 1 < words.Count; k++)
        {
            var numberBefore = numberAfter;
            numberAfter = IsNumber(words[k + 1].Text);
            var reason = words[k].GapHasNoBreakSpace ? SpaceBinding.NoBreakSpace : Pair(words[k].Text, words[k + 1].Text, numberBefore, numberAfter, oneLetter);
            if (reason is { } r) bound[words[k].GapStart] = r;
        }

        foreach (var (first, last) in DateWords.Dates(words.Select(w => w.Text).ToList(), language))
        {
            for (var k = first; k < last; k++) bound.TryAdd(words[k].GapStart, SpaceBinding.Date);
        }

        return bound;
    }

    /// <summary>Why the space between two neighbouring words must not break, if it must not.</summary>
    /// <param name="numberBefore">Whether <paramref name="before"/> <see cref="IsNumber"/>.</param>
    /// <param name="numberAfter">Whether <paramref name="after"/> <see cref="IsNumber"/>.</param>
    private static SpaceBinding? Pair(string before, string after, bool numberBefore, bool numberAfter, FrozenSet<string>? oneLetter)
    {
        var bareBefore = Bare(before);
        if (oneLetter is not null && bareBefore.Length == 1 && oneLetter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bareBefore) && EndsWithLetter(before))
        {
            return SpaceBinding.OneLetterWord;
        }

        if (numberBefore && IsUnit(after)) return SpaceBinding.Number;
        if (CurrenciesBeforeNumber.Contains(before) && numberAfter) return SpaceBinding.Number;
        // Digit groups set apart by a space ("12 500", "(313) 555-0148"): one number.
        if (numberBefore && numberAfter && IsDigitGroupOrPhonePart(before, after)) return SpaceBinding.Number;

        if (numberAfter && StartsWithDigit(after) && NamesANumber(before)) return SpaceBinding.NumberName;
        return null;
    }

    /// <summary>A sign or word that belongs to the number before it, with any punctuation after it ("%,", "p.m.").</summary>
    private static bool IsUnit(string word)
    {
        // Spans, not trimmed strings: every word after a number passes through here.
        var trimmed = word.AsSpan().TrimEnd(",;)");
        var units = UnitsAfterNumber.GetAlternateLookup<ReadOnlySpan<char>>();
        return units.Contains(trimmed) || units.Contains(trimmed.TrimEnd('.'));
    }

    /// <summary>
    /// A word that names the number after it: a sign ("§", "No."), an abbreviation ("art.", "Nr."), or a
    /// capitalised word with no punctuation after it ("Local", "Article", "Route"). A lower-case word
    /// ("in 2026", "de 12") is ordinary prose, where a line may break.
    /// </summary>
    private static bool NamesANumber(string before)
    {
        if (NumberSigns.Contains(before)) return true;
        var letters = before.TrimEnd('.');
        if (letters.Length == 0 || !letters.All(WordShape.IsLetter)) return false;
        // An abbreviation: letters and a full stop ("art.", "Nr.", "núm."); short, so not a sentence's end.
        if (before.EndsWith('.') && letters.Length <= 4) return true;
        return !before.EndsWith('.') && char.IsUpper(letters[0]) && letters.Length > 1;
    }

    private static bool IsDigitGroupOrPhonePart(string before, string after)
    {
        var group = after.TrimEnd(',', ';', '.', ')');
        if (group.Length == 3 && group.All(char.IsAsciiDigit) && before.TrimStart('(', '€', '$', '£').All(c => char.IsAsciiDigit(c) || c is ',' or '.')) return true;
        // An area code in brackets and the number after it.
        return before.StartsWith('(') && before.EndsWith(')') && before[1..^1].All(char.IsAsciiDigit);
    }

    /// <summary>A number, amount or code made of digits and number punctuation ("1,200", "12.5", "€3,50", "(313)", "555-0148", "12,").</summary>
    public static bool IsNumber(string word)
    {
        var core = word.AsSpan().Trim("(),;:.\u00AB\u00BB\"\u201C\u201D");
        var digits = false;
        foreach (var c in core)
        {
            if (char.IsDigit(c)) digits = true;
            else if (c is not (',' or '.' or '-' or '\u2013' or '/' or ':' or '€' or '$' or '£' or '%' or '+' or '\u2212')) return false;
        }

        return digits;
    }

    private static bool StartsWithDigit(string word) => word.TrimStart('(').Length > 0 && char.IsDigit(word.TrimStart('(')[0]);

    private static bool EndsWithLetter(string word) => word.Length > 0 && WordShape.IsLetter(word[^1]);

    /// <summary>The word without opening punctuation ("¿", "¡", "(", "«", quotes) before its letters (a span: every word passes through here).</summary>
    private static ReadOnlySpan<char> Bare(string word) => word.AsSpan().TrimStart("¿¡(\u00AB\u201C\"\u2018[");

    private static string PrimaryLanguage(string language)
    {
        var tag = language.Trim().ToLowerInvariant();
        var dash = tag.IndexOfAny(['-', '_']);
        return dash > 0 ? tag[..dash] : tag;
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length && IsSpace(text[i])) i++;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && !IsSpace(text[i])) i++;
            var end = i;
            var noBreak = false;
            while (i < text.Length && IsSpace(text[i]))
            {
                noBreak |= text[i] == NoBreakSpace;
                i++;
            }

            words.Add(new Word(start, end, end, noBreak, text[start..end]));
        }

        return words;
    }
}
