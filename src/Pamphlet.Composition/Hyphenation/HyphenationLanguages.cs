using System.Collections.Frozen;

namespace Pamphlet.Composition.Hyphenation;

/// <summary>A bundled pattern file (in Patterns/, embedded as "Pamphlet.Hyphenation.&lt;file&gt;") and its exceptions.</summary>
internal sealed record HyphenationLanguage(string PatternFile, IReadOnlyList<string> Exceptions);

/// <summary>
/// Which pattern file serves which language. Adding a language = drop its hyph_*.dic (and licence) in
/// Patterns/ and add a line here.
/// </summary>
internal static class HyphenationLanguages
{
    private static readonly HyphenationLanguage English = new("hyph_en_US.dic", EnglishHyphenationExceptions.Words);

    // Keys are lower-case BCP 47 tags; a tag not listed falls back to its primary language ("en-AU" → "en").
    private static readonly FrozenDictionary<string, HyphenationLanguage> ByTag =
        new Dictionary<string, HyphenationLanguage>(StringComparer.Ordinal)
        {
            ["en"] = English,
            ["en-us"] = English,
            // No British patterns are bundled yet, so en-GB uses the US ones. US patterns break by
            // pronunciation ("democ-racy"), British practice by etymology ("demo-cracy"); the US breaks are
            // still correct English, only less traditional to a British eye. Swap in hyph_en_GB.dic here.
            ["en-gb"] = English,
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
