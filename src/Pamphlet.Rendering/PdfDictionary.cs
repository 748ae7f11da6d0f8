using System.Text;

namespace Pamphlet.Rendering;

/// <summary>
/// The top-level entries of one PDF dictionary, each value kept as its original source text, so a
/// dictionary can be re-emitted with keys added or replaced and everything else untouched.
/// </summary>
internal sealed class PdfDictionary
{
    private readonly List<KeyValuePair<string, string>> entries = [];

    public IReadOnlyList<KeyValuePair<string, string>> Entries => entries;

    /// <summary>Parses the dictionary starting at "&lt;&lt;" at <paramref name="at"/>; <paramref name="end"/> is just after "&gt;&gt;".</summary>
    public static PdfDictionary Parse(ReadOnlySpan<byte> pdf, int at, out int end)
    {
        at = PdfSyntax.SkipWhitespace(pdf, at);
        if (!pdf[at..].StartsWith("<<"u8)) throw PdfSyntax.Malformed(at, "expected a dictionary");
        var dictionary = new PdfDictionary();
        at += 2;
        while (true)
        {
            at = PdfSyntax.SkipWhitespace(pdf, at);
            if (at >= pdf.Length) throw PdfSyntax.Malformed(at, "unterminated dictionary");
            if (pdf[at..].StartsWith(">>"u8))
            {
                end = at + 2;
                return dictionary;
            }

            if (pdf[at] != '/') throw PdfSyntax.Malformed(at, "expected a name as dictionary key");
            var keyEnd = PdfSyntax.SkipToken(pdf, at);
            var valueStart = PdfSyntax.SkipWhitespace(pdf, keyEnd);
            var valueEnd = PdfSyntax.SkipValue(pdf, valueStart);
            dictionary.entries.Add(new(
                Encoding.Latin1.GetString(pdf[(at + 1)..keyEnd]),
                Encoding.Latin1.GetString(pdf[valueStart..valueEnd])));
            at = valueEnd;
        }
    }

    /// <summary>The value's source text for <paramref name="key"/> (a name without its slash), or null.</summary>
    public string? this[string key] => entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>Replaces the value of <paramref name="key"/>, or appends the entry if it is new.</summary>
    public void Set(string key, string value)
    {
        var index = entries.FindIndex(e => e.Key == key);
        if (index >= 0) entries[index] = new(key, value);
        else entries.Add(new(key, value));
    }

    public void Remove(string key) => entries.RemoveAll(e => e.Key == key);

    /// <summary>The object numbers of the indirect references ("n g R") in a value, in order.</summary>
    public static IEnumerable<int> References(string value)
    {
        var bytes = Encoding.Latin1.GetBytes(value);
        var at = 0;
        if (bytes.Length > 0 && bytes[0] == '[') at = 1;
        while (true)
        {
            at = PdfSyntax.SkipWhitespace(bytes, at);
            if (at >= bytes.Length || bytes[at] == ']') yield break;
            var end = PdfSyntax.SkipValue(bytes, at);
            var token = Encoding.Latin1.GetString(bytes, at, end - at);
            if (token.EndsWith('R')) yield return int.Parse(token.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture);
            at = end;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder("<<");
        foreach (var (key, value) in entries)
        {
            if (text.Length > 2) text.Append(' ');
            text.Append('/').Append(key).Append(' ').Append(value);
        }

        return text.Append(">>").ToString();
    }
}
