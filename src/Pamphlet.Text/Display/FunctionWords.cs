using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Pamphlet.Text.Display;

/// <summary>
/// The words of one language that a display line must not end on, because they lean on the word
/// after them ("the", "of", "el", "en", "und"): read once per language from the embedded list
/// <c>Display/FunctionWords/&lt;code&gt;.txt</c> (see the README there for what is in the lists and why).
/// A language without a list has none: its display lines are broken by punctuation and parentheses only.
/// </summary>
internal sealed class FunctionWords
{
    private static readonly ConcurrentDictionary<string, FunctionWords> Loaded = new(StringComparer.Ordinal);

    private readonly FrozenSet<string> words;

    private FunctionWords(IEnumerable<string> words) => this.words = words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The list for a statement's <c>lang</c> ("en", "pt-BR", "de_AT"): by its primary language subtag.</summary>
    public static FunctionWords ForLanguage(string language) => Loaded.GetOrAdd(PrimaryCode(language), Load);

    /// <summary>
    /// Whether <paramref name="word"/> (lower case, without the punctuation around it; an abbreviation with its
    /// full stop) is on the list. The typographic apostrophe matches the typewriter one ("doesn’t", "doesn't").
    /// </summary>
    public bool Contains(string word) => words.Contains(Apostrophes(word));

    private static string Apostrophes(string word) => word.Replace('\u2019', '\'');

    public int Count => words.Count;

    private static string PrimaryCode(string language)
    {
        var end = language.AsSpan().IndexOfAny('-', '_');
        return (end < 0 ? language : language[..end]).Trim().ToLowerInvariant();
    }

    private static FunctionWords Load(string code)
    {
        using var stream = typeof(FunctionWords).Assembly.GetManifestResourceStream($"Pamphlet.FunctionWords.{code}.txt");
        if (stream is null) return new FunctionWords([]);
        using var reader = new StreamReader(stream);
        var list = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#') list.Add(Apostrophes(word.ToLowerInvariant()));
        }
        return new FunctionWords(list);
    }
}
