namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// What a pattern file (<c>hyph_*.dic</c>) says, as <see cref="PatternFileReader"/> reads it: its hyphen
/// minimums (0 where not declared) and its patterns, in one level or, for libhyphen's two-level files,
/// the compound-boundary level before <c>NEXTLEVEL</c> and the word level after it.
/// </summary>
internal sealed record PatternFileContents(
    int LeftHyphenMin,
    int RightHyphenMin,
    int CompoundLeftHyphenMin,
    int CompoundRightHyphenMin,
    int NonStandardPatternsSkipped,
    PatternTrieBuilder Words,
    PatternTrieBuilder? CompoundLevel);
