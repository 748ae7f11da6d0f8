namespace Pamphlet.Composition.Hyphenation;

/// <summary>
/// A place where a word may be broken across two lines: between <c>word[Index - 1]</c> and
/// <c>word[Index]</c>, with <c>0 &lt; Index &lt; word.Length</c>, counted in UTF-16 code units of the word
/// exactly as it was passed to <see cref="Hyphenator.Hyphenate"/>.
/// </summary>
/// <param name="Index">The first code unit of the second part.</param>
/// <param name="AddsHyphen">
/// True when the line breaker must draw a hyphen at the end of the first part (a pattern or
/// soft-hyphen break). False when the word already shows a hyphen or en dash just before
/// <paramref name="Index"/> ("well-|known"), so drawing another would double it.
/// A soft hyphen (U+00AD) in the word is itself never drawn; a break at it has
/// <c>word[Index - 1] == '\u00AD'</c> and <c>AddsHyphen == true</c>.
/// </param>
public readonly record struct HyphenationPoint(int Index, bool AddsHyphen);
