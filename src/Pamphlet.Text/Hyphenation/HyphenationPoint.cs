namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// A place where a word may be hyphenated across two lines (a hyphen is drawn at the end of the first
/// part): between <c>word[Index - 1]</c> and <c>word[Index]</c>, with <c>0 &lt; Index &lt; word.Length</c>,
/// counted in UTF-16 code units of the word exactly as it was passed to <see cref="Hyphenator.Hyphenate"/>.
/// </summary>
/// <param name="Index">The first code unit of the second part.</param>
internal readonly record struct HyphenationPoint(int Index);
