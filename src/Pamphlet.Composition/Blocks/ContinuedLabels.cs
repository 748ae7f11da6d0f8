using Pamphlet.Composition.Furniture;
namespace Pamphlet.Composition.Blocks;

/// <summary>
/// The word for "continued" in the statement's language, for the title a split demand box repeats.
/// A layout's <c>continued-suffix</c> places it with <see cref="Placeholder"/> (" ({continued})"), so the
/// punctuation stays the layout's and the word follows the statement; a suffix without the
/// placeholder is used as written.
/// </summary>
internal static class ContinuedLabels
{
    /// <summary>Where the word goes in a layout's suffix.</summary>
    public const string Placeholder = "{continued}";

    /// <summary>The word by language (primary subtag); English for a language not listed.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "continued",
        ["es"] = "continuación",
        ["fr"] = "suite",
        ["de"] = "Fortsetzung",
        ["it"] = "continua",
        ["pt"] = "continuação",
        ["ca"] = "continuació",
        ["nl"] = "vervolg",
        ["ar"] = "تابع",
        ["he"] = "המשך",
        ["tr"] = "devam",
        ["pl"] = "ciąg dalszy",
        ["sv"] = "fortsättning",
    };

    /// <summary>The word for a BCP 47 language tag ("es", "pt-BR").</summary>
    public static string For(string language)
    {
        var primary = language.Split('-', '_')[0];
        return Words.TryGetValue(primary, out var word) ? word : Words["en"];
    }

    /// <summary>The layout's suffix with the language's word in place of <see cref="Placeholder"/>.</summary>
    public static string Suffix(string layoutSuffix, string language) =>
        layoutSuffix.Replace(Placeholder, For(language), StringComparison.Ordinal);
}
