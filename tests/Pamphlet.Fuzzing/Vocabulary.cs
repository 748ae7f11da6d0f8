using Pamphlet.Fuzzing.Words;

namespace Pamphlet.Fuzzing;

/// <summary>
/// The words of one statement language: everyday words, long words (Latinate words, compounds),
/// hyphenated compounds, names and roles for attributions, and the letters made-up words are built
/// from. Made-up words and numbers make most sentences unique, so a lost passage cannot be "found"
/// again elsewhere in the output by accident.
/// </summary>
internal sealed class Vocabulary
{
    private Vocabulary(string language, bool rightToLeft, string common, string longWords, string hyphenated,
        string names, string roles, string letters)
    {
        Language = language;
        RightToLeft = rightToLeft;
        Common = Split(common);
        Long = Split(longWords);
        Hyphenated = Split(hyphenated);
        Names = SplitBars(names);
        Roles = SplitBars(roles);
        Letters = letters;
    }

    public string Language { get; }
    public bool RightToLeft { get; }
    public IReadOnlyList<string> Common { get; }
    public IReadOnlyList<string> Long { get; }
    public IReadOnlyList<string> Hyphenated { get; }
    public IReadOnlyList<string> Names { get; }
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Consonant-vowel material of made-up words, in the language's script.</summary>
    public string Letters { get; }

    /// <summary>Words of other scripts for a left-to-right statement, set one at a time.</summary>
    public static IReadOnlyList<string> OtherLeftToRight { get; } = Split(OtherScripts.LeftToRight);

    /// <summary>Arabic and Hebrew words for a left-to-right statement.</summary>
    public static IReadOnlyList<string> OtherRightToLeft { get; } = Split(OtherScripts.RightToLeft);

    /// <summary>Right-to-left statements: Arabic-script and Hebrew languages.</summary>
    public static bool IsRightToLeft(string language) => Primary(language) is "ar" or "he" or "fa" or "ur";

    public static Vocabulary For(string language) => Primary(language) switch
    {
        "de" => new(language, false, German.Common, German.Long, German.Hyphenated, German.Names, German.Roles, LatinLetters),
        "fr" => new(language, false, French.Common, French.Long, French.Hyphenated, French.Names, French.Roles, LatinLetters),
        "es" => new(language, false, Spanish.Common, Spanish.Long, Spanish.Hyphenated, Spanish.Names, Spanish.Roles, LatinLetters),
        "it" => new(language, false, Italian.Common, Italian.Long, Italian.Hyphenated, Italian.Names, Italian.Roles, LatinLetters),
        "pt" => new(language, false, Portuguese.Common, Portuguese.Long, Portuguese.Hyphenated, Portuguese.Names, Portuguese.Roles, LatinLetters),
        "ar" => new(language, true, Arabic.Common, Arabic.Long, "", Arabic.Names, Arabic.Roles, ArabicLetters),
        "fa" => new(language, true, Arabic.Persian, Arabic.Long, "", Arabic.Names, Arabic.Roles, ArabicLetters),
        "ur" => new(language, true, Arabic.Urdu, Arabic.Long, "", Arabic.Names, Arabic.Roles, ArabicLetters),
        "he" => new(language, true, Hebrew.Common, Hebrew.Long, "", Hebrew.Names, Hebrew.Roles, HebrewLetters),
        _ => new(language, false, English.Common, English.Long, English.Hyphenated, English.Names, English.Roles, LatinLetters),
    };

    private static string Primary(string language)
    {
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    /// <summary>Latin made-up words alternate these consonants and vowels ("|" separates the two sets).</summary>
    private const string LatinLetters = "b c d f g k l m n p r s t v z br tr st pl gr ch|a e i o u ai ou ea";

    private const string ArabicLetters = "ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ع غ ف ق ك ل م ن ه|ا و ي";

    private const string HebrewLetters = "ב ג ד ז ח ט כ ל מ נ ס פ צ ק ר ש ת|א ו י ה";

    private static string[] Split(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string[] SplitBars(string text) =>
        text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => string.Join(' ', Split(s)))
            .ToArray();
}
