using System.Collections.Frozen;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// A bundled pattern file (in Patterns/, embedded compiled: <see cref="Hyphenator.CompiledResourceName"/>), its exceptions,
/// and the fewest letters this language's print convention carries to the next line, where that is more
/// than the house minimum of three (<see cref="Hyphenator.MinimumCharactersAfterBreak"/>; babel's
/// \righthyphenmin is 3 for English, French and Portuguese and 2 for German, Spanish and Italian, so none is larger today).
/// </summary>
internal sealed record HyphenationLanguage(string PatternFile, IReadOnlyList<string> Exceptions, int MinimumAfterBreak = Hyphenator.MinimumCharactersAfterBreak);

/// <summary>
/// Which pattern file serves which language. Adding a language = drop its hyph_*.dic (and licence) in
/// Patterns/ and add a line here.
/// </summary>
internal static class HyphenationLanguages
{
    private static readonly HyphenationLanguage English = new("hyph_en_US.dic", EnglishHyphenationExceptions.Words);

    // British patterns (ukhyphen.tex) break by etymology ("demo-cracy") where the US ones break by
    // pronunciation ("de-moc-ra-cy"). The English exception list is spelt the US way, so it is not used
    // here: it would impose American breaks on a British text.
    private static readonly HyphenationLanguage BritishEnglish = new("hyph_en_GB.dic", []);

    private static readonly HyphenationLanguage Spanish = new("hyph_es_ES.dic", []);

    // hyph_fr.dic is a two-level file whose first level is empty (NEXTLEVEL straight after the options):
    // read as one level. Elided articles ("l’organisation") are split at the apostrophe by the patterns.
    private static readonly HyphenationLanguage French = new("hyph_fr.dic", []);

    // One German file for Germany, Austria and Switzerland. Swiss German writes "ss" for "ß"
    // ("Strasse"); the patterns know both spellings, and no ß-to-ss respelling happens at a break, so
    // de-CH needs no file of its own. The file is 1.1 MB and two-level (compound boundaries, then
    // word patterns); its compiled trie (3.9 MB, read in place) is opened only when a German text is
    // hyphenated (Hyphenator loads lazily).
    private static readonly HyphenationLanguage German = new("hyph_de_DE.dic", []);

    private static readonly HyphenationLanguage Italian = new("hyph_it_IT.dic", []);

    // European and Brazilian Portuguese differ in spelling since before the 1990 agreement, and their
    // files differ; plain "pt" means Portugal, as in LibreOffice (hyph_pt.dic → hyph_pt_PT.dic).
    private static readonly HyphenationLanguage EuropeanPortuguese = new("hyph_pt_PT.dic", []);
    private static readonly HyphenationLanguage BrazilianPortuguese = new("hyph_pt_BR.dic", []);

    // Keys are lower-case BCP 47 tags; a tag not listed falls back to its primary language ("en-AU" → "en",
    // "es-MX" → "es", "fr-CA" → "fr").
    private static readonly FrozenDictionary<string, HyphenationLanguage> ByTag =
        new Dictionary<string, HyphenationLanguage>(StringComparer.Ordinal)
        {
            ["en"] = English,
            ["en-us"] = English,
            ["en-gb"] = BritishEnglish,
            ["es"] = Spanish,
            ["fr"] = French,
            ["de"] = German,
            ["de-de"] = German,
            ["de-at"] = German,
            ["de-ch"] = German,
            ["it"] = Italian,
            ["pt"] = EuropeanPortuguese,
            ["pt-pt"] = EuropeanPortuguese,
            ["pt-br"] = BrazilianPortuguese,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static HyphenationLanguage? Find(string bcp47)
    {
        var tag = bcp47.Trim().Replace('_', '-').ToLowerInvariant();
        if (ByTag.TryGetValue(tag, out var language))
        {
            return language;
        }

        var dash = tag.IndexOf('-');
        return dash > 0 && ByTag.TryGetValue(tag[..dash], out var primary) ? primary : null;
    }
}
