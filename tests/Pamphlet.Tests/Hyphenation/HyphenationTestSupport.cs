using Pamphlet.Text.Hyphenation;

namespace Pamphlet.Tests.Hyphenation;

/// <summary>Shared helpers: readable renderings of results and access to the test pattern files.</summary>
internal static class HyphenationTestSupport
{
    /// <summary>
    /// The word with '-' at each hyphenation point, so an expectation reads like a dictionary entry: "hyphen-ation".
    /// </summary>
    public static string Show(Hyphenator hyphenator, string word)
    {
        var shown = word;
        foreach (var point in hyphenator.Hyphenate(word).Reverse())
        {
            shown = shown.Insert(point.Index, "-");
        }

        return shown;
    }

    /// <summary>
    /// The word with '-' at each break that draws a hyphen and '|' at each break that draws none (after the
    /// word's own hyphen, inside an address): "hyphen-ation", "well-|known", "example|.org/|join".
    /// </summary>
    public static string Show(BreakRules rules, string word, bool isAddress = false, bool widerThanLine = false)
    {
        var shown = word;
        foreach (var point in rules.InWord(word, isAddress, widerThanLine: widerThanLine).Reverse())
        {
            shown = shown.Insert(point.Index, point.Kind == WordBreakKind.Hyphen ? "-" : "|");
        }

        return shown;
    }

    public static Hyphenator English => Hyphenator.ForLanguage("en")
        ?? throw new InvalidOperationException("English patterns must be bundled.");

    public static string TestDataPath(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "Hyphenation", fileName);

    public static LiangPatterns ReadTestPatterns(string fileName) =>
        PatternFileReader.Read(File.ReadAllBytes(TestDataPath(fileName)), fileName);

    public static Hyphenator FromTestPatterns(string fileName) =>
        new(ReadTestPatterns(fileName), HyphenationExceptions.None);

    /// <summary>The bundled English patterns, read anew from the embedded resource.</summary>
    public static LiangPatterns FreshEnglishPatterns() => Hyphenator.ReadBundled("hyph_en_US.dic");

    /// <summary>A new English hyphenator with an empty cache and no exceptions: the patterns alone.</summary>
    public static Hyphenator FreshEnglish() => new(FreshEnglishPatterns(), HyphenationExceptions.None);
}
