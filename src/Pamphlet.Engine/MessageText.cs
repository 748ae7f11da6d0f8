using System.Globalization;
using System.Text;

namespace Pamphlet.Engine;

/// <summary>
/// Makes a message safe and short enough to print: a statement that is really a binary file, or a
/// name typed with control characters, must not flood or garble the terminal. Control characters are
/// shown as escapes (<c>\x1B</c>), and a quoted value or a whole message too long to read is cut in the
/// middle, saying how much was left out. Every message the command line prints goes through here.
/// </summary>
public static class MessageText
{
    /// <summary>A quoted value (a name, a word, a line of text) longer than this is cut: enough to recognise it.</summary>
    internal const int MaxQuotedLength = 80;

    /// <summary>
    /// A message longer than this is cut in the middle: nobody reads a longer line, and the start (what)
    /// and the end (what to do) are kept.
    /// </summary>
    internal const int MaxLength = 2000;

    /// <summary>
    /// A path longer than this is cut: real paths are far shorter, and a longer "path" is a mistyped
    /// value (a layout name made of control characters) that would crowd out the message after it.
    /// </summary>
    internal const int MaxPathLength = 400;

    /// <summary>How much of the end a cut keeps (the rest of the budget goes to the start).</summary>
    private const double KeptEndShare = 0.25;

    public static string Printable(string message) => Shorten(EscapeControls(ShortenQuoted(message)), MaxLength);

    /// <summary>A file name or path as printed before a message or in a list of files.</summary>
    public static string PrintablePath(string path) => Shorten(EscapeControls(path), MaxPathLength);

    /// <summary>
    /// Every control character (C0, DEL, C1 — line breaks included, so a message is one line) as an escape;
    /// invalid UTF-16 (a lone surrogate) as <c>\uD800</c>.
    /// </summary>
    private static string EscapeControls(string text)
    {
        if (!text.Any(c => char.IsControl(c) || char.IsSurrogate(c))) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c)) result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else if (c == '\n') result.Append("\\n");
            else if (c == '\t') result.Append("\\t");
            else if (c == '\r') result.Append("\\r");
            else if (char.IsControl(c)) result.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>
    /// Cuts values quoted with '…' or "…" that are longer than <see cref="MaxQuotedLength"/>. A quote
    /// opens only where a word cannot continue (start, space, bracket…) and closes only where one has
    /// ended, so apostrophes (statement's) are not taken for quotes.
    /// </summary>
    private static string ShortenQuoted(string text)
    {
        if (text.Length <= MaxQuotedLength) return text;
        var result = new StringBuilder(text.Length);
        // Once a mark has no closing after some point it has none after any later one either: not
        // looking again keeps this linear however many stray quotes a binary file holds.
        var unclosed = new HashSet<char>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var opens = c is '\'' or '"' && !unclosed.Contains(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            var close = opens ? Closing(text, i) : null;
            if (opens && close is null) unclosed.Add(c);
            if (close is { } end)
            {
                result.Append(c).Append(Shorten(text[(i + 1)..end], MaxQuotedLength)).Append(c);
                i = end + 1;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }
        return result.ToString();
    }

    /// <summary>Where the quote opened at <paramref name="open"/> closes: the same mark followed by no letter or digit.</summary>
    private static int? Closing(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == text[open] && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]))) return i;
        }
        return null;
    }

    /// <summary>The text itself when short enough, else its start and end around a note of how much was left out.</summary>
    private static string Shorten(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var end = (int)(limit * KeptEndShare);
        var start = limit - end;
        // Do not cut a surrogate pair in half.
        if (char.IsHighSurrogate(text[start - 1])) start--;
        if (char.IsLowSurrogate(text[^end])) end--;
        var left = text.Length - start - end;
        return string.Create(CultureInfo.InvariantCulture, $"{text[..start]}… ({left:N0} characters left out) …{text[^end..]}");
    }
}
