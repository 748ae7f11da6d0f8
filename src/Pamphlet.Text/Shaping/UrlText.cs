namespace Pamphlet.Text.Shaping;

/// <summary>
/// Text that is an address: a web or e-mail address, or a social media handle or hashtag. Line breaking
/// keeps it typeable (never hyphenated), and bidi keeps it in the order it is typed inside right-to-left text.
/// </summary>
public static class UrlText
{
    /// <summary>
    /// A scheme ("https://"), a leading "www.", an "@" with a dot, a host name with a path
    /// ("local4811.example/strike-vote": a dot and two or more letters before the first slash), or a
    /// handle or hashtag ("@HayZaytoun", "#FixItOrFreezeIt", see <see cref="IsHandle"/>): an address, not a word.
    /// </summary>
    public static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (text.Contains('@') && text.Contains('.'))
        || IsHostWithPath(text)
        || (text.AsSpan().ContainsAny('@', '#') && IsHandle(Core(text)));

    /// <summary>An address found in a text: where it starts and how long it is, without the punctuation around it.</summary>
    /// <param name="IsHandle">A handle or hashtag, which may be written in any script; else a web or e-mail address, always left to right.</param>
    public readonly record struct Address(int Start, int Length, bool IsHandle);

    /// <summary>
    /// The addresses among the words (text between spaces) of <paramref name="text"/>, each without the
    /// brackets, quotation marks and sentence punctuation around it ("(@name),", "https://x.example/a." →
    /// "@name", "https://x.example/a"; a final "/" is the address's own), and after a Hebrew prefix joined
    /// by a maqaf ("ב־@name").
    /// </summary>
    public static IEnumerable<Address> Addresses(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i == start) continue;
            var word = text[start..i];
            var (from, length) = CoreRange(word);
            var core = word.Substring(from, length);
            if (length > 0 && LooksLikeAddress(core)) yield return new Address(start + from, length, IsHandle(core));
        }
    }

    /// <summary>
    /// "@" or "#" and then letters, digits, "_" and inner dots ("@HayZaytoun", "@hay.zaytoun", "#حي_الزيتون"),
    /// with at least one letter: a handle or hashtag. "#3" is a number, "a@b" not a handle.
    /// </summary>
    private static bool IsHandle(string text)
    {
        if (text.Length < 2 || text[0] is not ('@' or '#') || text[^1] == '.') return false;
        var letters = false;
        foreach (var c in text.AsSpan(1))
        {
            if (char.IsLetter(c)) letters = true;
            else if (!char.IsDigit(c) && c is not ('_' or '.') && !IsMark(c)) return false;
        }
        return letters;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Opening brackets and quotation marks that may stand before an address.</summary>
    private const string Openers = "([{<\"'\u00AB\u2039\u201C\u2018\u201E\u201A\u201D";

    /// <summary>
    /// Closing brackets, quotation marks and sentence punctuation (Latin and Arabic-script) that may follow an
    /// address. Not "/": it ends many web addresses.
    /// </summary>
    private const string Closers = ")]}>\"'\u00BB\u203A\u201D\u2019\u201C.,;:!?\u2026\u060C\u061B\u061F\u06D4";

    private const char Maqaf = '\u05BE';

    private static string Core(string word)
    {
        var (from, length) = CoreRange(word);
        return word.Substring(from, length);
    }

    private static (int From, int Length) CoreRange(string word)
    {
        // Hebrew joins a prefix to a foreign word with a maqaf: the address starts after it.
        var from = word.LastIndexOf(Maqaf) + 1;
        var to = word.Length;
        while (from < to && Openers.Contains(word[from], StringComparison.Ordinal)) from++;
        while (to > from && Closers.Contains(word[to - 1], StringComparison.Ordinal)) to--;
        return (from, to - from);
    }

    private static bool IsHostWithPath(string text)
    {
        var slash = text.IndexOf('/');
        if (slash <= 0) return false;
        var host = text.AsSpan(0, slash);
        var dot = host.LastIndexOf('.');
        if (dot <= 0) return false;
        var topLevel = host[(dot + 1)..];
        foreach (var c in topLevel)
        {
            if (!char.IsAsciiLetter(c)) return false;
        }

        return topLevel.Length >= 2;
    }
}
