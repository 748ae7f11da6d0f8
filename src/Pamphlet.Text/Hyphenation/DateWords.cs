using System.Collections.Frozen;
using Pamphlet.Text.Dates;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// Dates written out in words, found in a sequence of words so that their spaces can be bound: day,
/// month and year in the orders the bundled languages write them. Month names are
/// <see cref="DateText.MonthNames"/>: those the covers print and the others the language writes.
/// </summary>
internal static class DateWords
{
    /// <summary>
    /// The dates among <paramref name="words"/>, each as the index of its first and last word:
    /// "14 March [2026]", "March 14[, 2026]", "14. März [2026]", "14 de marzo [de 2026]", "1er mars [2026]",
    /// and a month with its year ("March 2026", "marzo de 2026").
    /// </summary>
    public static List<(int First, int Last)> Dates(IReadOnlyList<string> words, string language)
    {
        var dates = new List<(int, int)>();
        var months = DateText.MonthNames(language);
        if (months.Count == 0) return dates;
        var names = months.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var m = 0; m < words.Count; m++)
        {
            if (MonthEnd(words, m, names) is not { } monthEnd) continue;
            var first = m;
            var last = monthEnd;
            // A day before the month: "14 March", "14. März", "14 de marzo".
            if (m >= 1 && IsDay(words[m - 1])) first = m - 1;
            else if (m >= 2 && IsOf(words[m - 1]) && IsDay(words[m - 2])) first = m - 2;
            // A day after the month ("March 14"), only when none came before it.
            if (first == m && last + 1 < words.Count && IsDay(words[last + 1]) && !words[last].EndsWith(',')) last++;
            // The year: "14 March 2026", "March 14, 2026", "14 de marzo de 2026", "March 2026".
            if (last + 1 < words.Count && IsYear(words[last + 1])) last++;
            else if (last + 2 < words.Count && IsOf(words[last + 1]) && IsYear(words[last + 2])) last += 2;
            if (last > first) dates.Add((first, last));
            m = monthEnd;
        }

        return dates;
    }

    /// <summary>
    /// The index of the last word of the month name starting at word <paramref name="m"/>, or null when none
    /// does: a name of two words ("تشرين الثاني", "كانون الأول/ديسمبر") before one of one word.
    /// </summary>
    private static int? MonthEnd(IReadOnlyList<string> words, int m, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        if (m + 1 < words.Count && IsTwoWordName(names, words[m], words[m + 1])) return m + 1;
        return names.Contains(words[m].AsSpan().Trim(Punctuation)) ? m : null;
    }

    /// <summary>Whether "<paramref name="first"/> <paramref name="second"/>", stripped, is a month name: asked of every pair of words, so made without a new string.</summary>
    private static bool IsTwoWordName(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names, string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        if (length > LongestPairOnStack) return names.Contains(Strip(first + " " + second));
        Span<char> pair = stackalloc char[length];
        first.CopyTo(pair);
        pair[first.Length] = ' ';
        second.CopyTo(pair[(first.Length + 1)..]);
        return names.Contains(((ReadOnlySpan<char>)pair).Trim(Punctuation));
    }

    /// <summary>Two words longer than this together (in UTF-16 units) are joined on the heap: more than any month name with its punctuation.</summary>
    private const int LongestPairOnStack = 128;

    /// <summary>An ISO 8601 date, "2026-03-14".</summary>
    public static bool IsIsoDate(string word) =>
        word.Length == 10 && word[4] == '-' && word[7] == '-'
        && !word.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')
        && char.IsAsciiDigit(word[5]) && char.IsAsciiDigit(word[6]) && char.IsAsciiDigit(word[8]) && char.IsAsciiDigit(word[9]);

    /// <summary>"de" in Spanish and Portuguese dates, "del" in older Spanish usage.</summary>
    private static bool IsOf(string word) => word is "de" or "del";

    /// <summary>
    /// A day of the month: 1–31 in any script's digits ("14", "١٤"), with a full stop (German), a comma, or an
    /// ordinal ending ("14th", "1er", "1º").
    /// </summary>
    private static bool IsDay(string word)
    {
        var text = word.TrimEnd(',', '.', ArabicComma);
        var digits = 0;
        var day = 0;
        while (digits < text.Length && char.IsDigit(text[digits])) day = day * 10 + (int)char.GetNumericValue(text[digits++]);
        if (digits is 0 or > 2) return false;
        var suffix = text[digits..];
        if (suffix.Length > 0 && suffix is not ("st" or "nd" or "rd" or "th" or "er" or "º" or "o")) return false;
        return day is >= 1 and <= 31;
    }

    /// <summary>A year: four digits in any script, possibly followed by punctuation ("2026,", "2026).", "2026،").</summary>
    private static bool IsYear(string word)
    {
        var text = word.TrimEnd(',', '.', ';', ':', ')', '!', '?', ArabicComma, ArabicSemicolon, ArabicQuestionMark);
        return text.Length == 4 && text.All(char.IsDigit);
    }

    /// <summary>The word without surrounding punctuation ("(March," → "March", "آذار،" → "آذار").</summary>
    private static string Strip(string word) => word.Trim(Punctuation);

    /// <summary>What <see cref="Strip"/> takes off either end of a word.</summary>
    private static readonly char[] Punctuation = ['(', ')', ',', '.', ';', ':', ArabicComma, ArabicSemicolon];

    /// <summary>Arabic-script punctuation after a date's words (U+060C, U+061B, U+061F).</summary>
    private const char ArabicComma = '،', ArabicSemicolon = '؛', ArabicQuestionMark = '؟';
}
