using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.TextFiles;

/// <summary>
/// CR LF (Windows), LF (Unix) and a lone CR (classic Mac OS, some exports) all end a line. Every
/// reader sees LF only, so the three read alike and line numbers count the same way everywhere.
/// </summary>
internal static class LineEndings
{
    /// <summary><paramref name="text"/> with every CR LF and lone CR replaced by LF (the same string when it has no CR).</summary>
    public static string ToLineFeeds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>True when the character at <paramref name="index"/> ends a line (a CR followed by LF does not: the LF does).</summary>
    public static bool EndsLine(ReadOnlySpan<char> text, int index) =>
        text[index] == '\n' || (text[index] == '\r' && (index + 1 == text.Length || text[index + 1] != '\n'));
}
