namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// Hand-made breaks for English words of political writing that the US patterns (hyph_en_US.dic) break
/// badly or not at all; checked against Merriam-Webster's syllable division. Each entry lists every
/// dictionary break; the hyphenator still drops those too close to the word's ends (e.g. "-cy").
/// Possessives follow their word ("democracy's" breaks like "democracy").
/// Checked and right without help, so not listed: solidarity (sol-i-dar-ity), government (gov-ern-ment),
/// organisation (or-gan-i-sa-tion), community (com-mu-nity), workers (work-ers).
/// </summary>
internal static class EnglishHyphenationExceptions
{
    public static readonly IReadOnlyList<string> Words =
    [
        // Patterns give "democ-racy", "democ-ra-cies": a break inside the "moc|ra" syllables.
        "de-moc-ra-cy",
        "de-moc-ra-cies",

        // British "labour" words: the US patterns only know "labor" and find no break, or only "labour-er".
        "la-bour",
        "la-bours",
        "la-bour-er",
        "la-bour-ers",
        "la-bour-ing",

        // Patterns give "ne-olib-eral": the prefix "neo" is split and "olib" reads as nonsense.
        "neo-lib-er-al",
        "neo-lib-er-als",
        "neo-lib-er-al-ism",

        // Patterns give "an-tifas-cist", "an-tiracist", "an-t-i-cap-i-tal-ist": "ant-" reads as the insect
        // and "tifas" is no syllable; break after the prefix "anti" instead.
        "an-ti-fas-cist",
        "an-ti-fas-cists",
        "an-ti-fas-cism",
        "an-ti-rac-ist",
        "an-ti-rac-ists",
        "an-ti-rac-ism",
        "an-ti-cap-i-tal-ist",
        "an-ti-cap-i-tal-ism",

        // Patterns give "in-dige-nous", splitting the "dig" syllable.
        "in-dig-e-nous",

        // Long, frequent words the patterns leave whole, which then force loose lines.
        "sov-er-eign-ty",
        "ref-u-gee",
        "ref-u-gees",
    ];
}
