using System.Globalization;
using System.Text;

namespace Pamphlet.Rendering;

/// <summary>
/// Just enough PDF lexing (ISO 32000-1 §7.2–7.3) to step over one object in a byte buffer: what an
/// incremental update needs to read dictionaries, never to interpret content streams.
/// </summary>
internal static class PdfSyntax
{
    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Skips whitespace and comments; returns the next significant position.</summary>
    public static int SkipWhitespace(ReadOnlySpan<byte> pdf, int at)
    {
        while (at < pdf.Length)
        {
            if (IsWhitespace(pdf[at])) at++;
            else if (pdf[at] == '%') { while (at < pdf.Length && pdf[at] is not (10 or 13)) at++; }
            else break;
        }

        return at;
    }

    /// <summary>Returns the position just after the single token or bracketed object starting at <paramref name="at"/>.</summary>
    public static int SkipToken(ReadOnlySpan<byte> pdf, int at)
    {
        if (at >= pdf.Length) throw Malformed(at, "unexpected end of file");
        switch (pdf[at])
        {
            case (byte)'(':
                return SkipLiteralString(pdf, at);
            case (byte)'<' when at + 1 < pdf.Length && pdf[at + 1] == '<':
                return SkipBracketed(pdf, at + 2, ">>"u8);
            case (byte)'<':
                var close = pdf[at..].IndexOf((byte)'>');
                if (close < 0) throw Malformed(at, "unterminated hex string");
                return at + close + 1;
            case (byte)'[':
                return SkipBracketed(pdf, at + 1, "]"u8);
            case (byte)'/':
                at++;
                while (at < pdf.Length && !IsWhitespace(pdf[at]) && !IsDelimiter(pdf[at])) at++;
                return at;
            default:
                if (IsDelimiter(pdf[at])) throw Malformed(at, $"unexpected '{(char)pdf[at]}'");
                while (at < pdf.Length && !IsWhitespace(pdf[at]) && !IsDelimiter(pdf[at])) at++;
                return at;
        }
    }

    /// <summary>
    /// Returns the end of one complete value: a token, or an indirect reference "12 0 R" (three
    /// tokens that belong together).
    /// </summary>
    public static int SkipValue(ReadOnlySpan<byte> pdf, int at)
    {
        var end = SkipToken(pdf, at);
        if (!IsInteger(pdf[at..end])) return end;
        var second = SkipWhitespace(pdf, end);
        if (second >= pdf.Length || !char.IsAsciiDigit((char)pdf[second])) return end;
        var secondEnd = SkipToken(pdf, second);
        if (!IsInteger(pdf[second..secondEnd])) return end;
        var third = SkipWhitespace(pdf, secondEnd);
        if (third < pdf.Length && pdf[third] == 'R' && (third + 1 == pdf.Length || IsWhitespace(pdf[third + 1]) || IsDelimiter(pdf[third + 1])))
        {
            return third + 1;
        }

        return end;
    }

    public static bool IsInteger(ReadOnlySpan<byte> token) =>
        token.Length > 0 && int.TryParse(Encoding.ASCII.GetString(token), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>A PDF text string: a literal "(…)" for printable ASCII, otherwise UTF-16BE hex with a BOM.</summary>
    public static string TextString(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    /// <summary>A PDF number with at most 4 decimals, invariant culture, no exponent.</summary>
    public static string Number(double value) =>
        Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    public static InvalidDataException Malformed(int at, string what) =>
        new($"Malformed PDF at byte {at}: {what}.");

    private static int SkipLiteralString(ReadOnlySpan<byte> pdf, int at)
    {
        var depth = 0;
        for (var i = at; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\': i++; break;
                case (byte)'(': depth++; break;
                case (byte)')':
                    if (--depth == 0) return i + 1;
                    break;
            }
        }

        throw Malformed(at, "unterminated string");
    }

    private static int SkipBracketed(ReadOnlySpan<byte> pdf, int at, ReadOnlySpan<byte> closer)
    {
        while (true)
        {
            at = SkipWhitespace(pdf, at);
            if (at >= pdf.Length) throw Malformed(at, $"missing '{Encoding.ASCII.GetString(closer)}'");
            if (pdf[at..].StartsWith(closer)) return at + closer.Length;
            at = SkipToken(pdf, at);
        }
    }
}
