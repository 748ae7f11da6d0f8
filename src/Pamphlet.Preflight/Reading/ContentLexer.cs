using System.Text;

namespace Pamphlet.Preflight.Reading;

/// <summary>
/// Splits a content stream into operands and operators (ISO 32000-1 §7.2 and §7.8): numbers, names,
/// strings, arrays, dictionaries, keywords. Tolerant: a byte that starts no token is skipped, an
/// unterminated string or array ends at the end of the data.
/// </summary>
internal ref struct ContentLexer
{
    /// <summary>
    /// Arrays and dictionaries nest at most this deep: content needs 2 (a TJ array, a BDC dictionary);
    /// deeper is damage, read as flat, so no content can exhaust the stack.
    /// </summary>
    private const int MaxNesting = 32;

    private readonly ReadOnlySpan<byte> data;
    private int position;

    public ContentLexer(ReadOnlySpan<byte> data)
    {
        this.data = data;
        position = 0;
    }

    /// <summary>
    /// Whether arrays and dictionaries keep their items. Off, an array keeps only the decoded length of
    /// its strings (all a TJ needs) and no list is made per line of text; on for inline image dictionaries.
    /// </summary>
    public bool KeepItems { get; set; }

    /// <summary>
    /// Reads the next token: an operand into <paramref name="operand"/>, or an operator's bytes into
    /// <paramref name="op"/>. False at the end of the data.
    /// </summary>
    public bool Next(out Operand operand, out ReadOnlySpan<byte> op)
    {
        operand = default;
        op = default;
        SkipWhitespaceAndComments();
        // Stray closing delimiters (and PostScript braces, which content streams do not use) are skipped.
        while (position < data.Length && data[position] is (byte)']' or (byte)'>' or (byte)')' or (byte)'{' or (byte)'}')
        {
            position++;
            SkipWhitespaceAndComments();
        }

        if (position >= data.Length) return false;
        var b = data[position];
        switch (b)
        {
            case (byte)'/':
                operand = new Operand(OperandKind.Name, Text: ReadName());
                return true;
            case (byte)'(':
                operand = new Operand(OperandKind.String, Length: ReadLiteralString());
                return true;
            case (byte)'<' when position + 1 < data.Length && data[position + 1] == '<':
                position += 2;
                var dictionary = ReadItems((byte)'>', 1, out var _);
                operand = new Operand(OperandKind.Dictionary, Items: dictionary);
                return true;
            case (byte)'<':
                operand = new Operand(OperandKind.String, Length: ReadHexString());
                return true;
            case (byte)'[':
                position++;
                var array = ReadItems((byte)']', 1, out var stringBytes);
                operand = new Operand(OperandKind.Array, Length: stringBytes, Items: array);
                return true;
        }

        if (IsNumberStart(b))
        {
            operand = Operand.Of(ReadNumber());
            return true;
        }

        var start = position;
        while (position < data.Length && IsRegular(data[position])) position++;
        op = data[start..position];
        if (op.SequenceEqual("true"u8) || op.SequenceEqual("false"u8) || op.SequenceEqual("null"u8))
        {
            operand = new Operand(OperandKind.Keyword, Text: Encoding.ASCII.GetString(op));
            op = default;
        }

        return true;
    }

    /// <summary>Moves past inline image data: after ID and one white-space byte, up to the EI that ends it.</summary>
    public void SkipInlineImageData(int? knownLength)
    {
        if (position < data.Length && IsWhitespace(data[position])) position++;
        if (knownLength is { } length && position + length <= data.Length)
        {
            var after = position + length;
            // Trust the computed length only when EI follows it; otherwise search as for filtered data.
            var probe = after;
            while (probe < data.Length && IsWhitespace(data[probe])) probe++;
            if (probe + 1 < data.Length && data[probe] == 'E' && data[probe + 1] == 'I' && (probe + 2 == data.Length || !IsRegular(data[probe + 2])))
            {
                position = probe + 2;
                return;
            }
        }

        // EI preceded by white space and followed by white space, a delimiter or the end.
        for (var i = position; i + 1 < data.Length; i++)
        {
            if (data[i] == 'E' && data[i + 1] == 'I' && i > position && IsWhitespace(data[i - 1]) &&
                (i + 2 == data.Length || !IsRegular(data[i + 2])))
            {
                position = i + 2;
                return;
            }
        }

        position = data.Length;
    }

    /// <summary>Reads up to <paramref name="close"/>; the items when <see cref="KeepItems"/> is on, and the decoded length of the strings directly inside.</summary>
    private List<Operand>? ReadItems(byte close, int depth, out int stringBytes)
    {
        var items = KeepItems ? new List<Operand>() : null;
        stringBytes = 0;
        while (true)
        {
            SkipWhitespaceAndComments();
            if (position >= data.Length) return items;
            var b = data[position];
            if (b == close)
            {
                position += close == '>' && position + 1 < data.Length && data[position + 1] == '>' ? 2 : 1;
                return items;
            }

            if (b is (byte)']' or (byte)'>' or (byte)')' or (byte)'{' or (byte)'}')
            {
                position++; // a stray closing delimiter: skipped here, so Next cannot skip this container's own end with it
                continue;
            }

            if (b == '[')
            {
                position++;
                // Beyond the nesting limit an opening bracket is dropped and its items read as this container's.
                if (depth >= MaxNesting) continue;
                var inner = ReadItems((byte)']', depth + 1, out var innerBytes);
                items?.Add(new Operand(OperandKind.Array, Length: innerBytes, Items: inner));
                continue;
            }

            if (b == '<' && position + 1 < data.Length && data[position + 1] == '<')
            {
                position += 2;
                if (depth >= MaxNesting) continue;
                var inner = ReadItems((byte)'>', depth + 1, out _);
                items?.Add(new Operand(OperandKind.Dictionary, Items: inner));
                continue;
            }

            if (!Next(out var operand, out var op)) return items;
            // An operator inside an array is damage: stop the array there, leaving the operator unread would loop.
            if (!op.IsEmpty)
            {
                position -= op.Length;
                return items;
            }

            if (operand.Kind == OperandKind.String) stringBytes += operand.Length;
            items?.Add(operand);
        }
    }

    private string ReadName()
    {
        position++; // '/'
        var start = position;
        while (position < data.Length && IsRegular(data[position])) position++;
        var raw = data[start..position];
        if (raw.IndexOf((byte)'#') < 0) return Encoding.Latin1.GetString(raw);
        // #xx escapes (PDF 1.2): a byte given as two hex digits.
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && HexDigit(raw[i + 1]) is { } high && HexDigit(raw[i + 2]) is { } low)
            {
                bytes.Add((byte)(high * 16 + low));
                i += 2;
            }
            else
            {
                bytes.Add(raw[i]);
            }
        }

        // Names are UTF-8 by convention (spot colour names, font names); fall back to Latin-1 bytes.
        var array = bytes.ToArray();
        try
        {
            return new UTF8Encoding(false, true).GetString(array);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(array);
        }
    }

    /// <summary>Reads a literal string and returns its decoded length in bytes.</summary>
    private int ReadLiteralString()
    {
        position++; // '('
        var depth = 1;
        var length = 0;
        while (position < data.Length)
        {
            var b = data[position++];
            switch (b)
            {
                case (byte)'\\':
                    if (position >= data.Length) return length;
                    var escaped = data[position++];
                    if (escaped is >= (byte)'0' and <= (byte)'7')
                    {
                        // Up to three octal digits make one byte.
                        for (var digits = 1; digits < 3 && position < data.Length && data[position] is >= (byte)'0' and <= (byte)'7'; digits++) position++;
                        length++;
                    }
                    else if (escaped == '\r')
                    {
                        // A backslash before an end of line continues the string without a byte.
                        if (position < data.Length && data[position] == '\n') position++;
                    }
                    else if (escaped != '\n')
                    {
                        length++;
                    }

                    break;
                case (byte)'(':
                    depth++;
                    length++;
                    break;
                case (byte)')':
                    if (--depth == 0) return length;
                    length++;
                    break;
                default:
                    length++;
                    break;
            }
        }

        return length;
    }

    /// <summary>Reads a hex string and returns its decoded length in bytes (an odd last digit counts as a byte).</summary>
    private int ReadHexString()
    {
        position++; // '<'
        var digits = 0;
        while (position < data.Length && data[position] != '>')
        {
            if (!IsWhitespace(data[position])) digits++;
            position++;
        }

        position++; // '>'
        return (digits + 1) / 2;
    }

    /// <summary>
    /// Reads [+-]digits[.digits] by hand (most of a page's bytes are numbers; this is several times faster
    /// than parsing text). Damage such as "--5" or "1.2.3" reads as far as it makes sense, as readers do.
    /// </summary>
    private double ReadNumber()
    {
        var negative = false;
        var signs = 0;
        while (position < data.Length && data[position] is (byte)'-' or (byte)'+')
        {
            if (signs++ == 0) negative = data[position] == '-';
            position++;
        }

        double whole = 0;
        while (position < data.Length && data[position] is >= (byte)'0' and <= (byte)'9') whole = whole * 10 + (data[position++] - '0');
        if (position < data.Length && data[position] == '.')
        {
            position++;
            double scale = 1;
            while (position < data.Length && data[position] is >= (byte)'0' and <= (byte)'9')
            {
                scale /= 10;
                whole += (data[position++] - '0') * scale;
            }
        }

        // Whatever else sticks to the number ("1.2.3", "5-3") is part of the same damaged token.
        while (position < data.Length && data[position] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'+') position++;
        return negative ? -whole : whole;
    }

    private void SkipWhitespaceAndComments()
    {
        while (position < data.Length)
        {
            var b = data[position];
            if (IsWhitespace(b))
            {
                position++;
            }
            else if (b == '%')
            {
                while (position < data.Length && data[position] != '\n' && data[position] != '\r') position++;
            }
            else
            {
                return;
            }
        }
    }

    private static int? HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };

    private static bool IsNumberStart(byte b) => b is >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'+' or (byte)'.';

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);
}
