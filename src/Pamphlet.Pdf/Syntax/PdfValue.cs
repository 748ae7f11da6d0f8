using System.Globalization;
using System.Text;

namespace Pamphlet.Pdf.Syntax;

/// <summary>
/// PDF tokens as text (ISO 32000-1 §7.3): names, numbers, strings. Every value that reaches a file
/// goes through here, so escaping and number format have one home.
/// </summary>
internal static class PdfValue
{
    /// <summary>A number with at most <paramref name="decimals"/> decimals, invariant, no exponent, no "-0".</summary>
    public static string Number(double value, int decimals = 4)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers are finite.");
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        return rounded.ToString(decimals switch { 0 => "0", 1 => "0.#", 2 => "0.##", 3 => "0.###", _ => "0.####" }, CultureInfo.InvariantCulture);
    }

    /// <summary>Appends what <see cref="Number"/> gives, without allocating (content streams hold thousands of numbers).</summary>
    public static StringBuilder AppendNumber(this StringBuilder builder, double value, int decimals = 4)
    {
        Span<byte> digits = stackalloc byte[32];
        var written = FormatNumber(value, digits, decimals);
        foreach (var b in digits[..written]) builder.Append((char)b);
        return builder;
    }

    /// <summary>Writes what <see cref="Number"/> gives as ASCII into <paramref name="destination"/> (room for 32 bytes); returns the bytes written.</summary>
    public static int FormatNumber(double value, Span<byte> destination, int decimals = 4)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers are finite.");
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        int written;
        if (rounded == Math.Floor(rounded) && Math.Abs(rounded) < int.MaxValue)
        {
            ((long)rounded).TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
            return written;
        }

        // The shortest round-trip form of a value rounded to at most four decimals has no exponent
        // (the smallest, 0.0001, prints as such) and matches Number's fixed-point form.
        rounded.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>A name object: "/" and the name, with bytes outside the regular characters written as #xx (§7.3.5).</summary>
    public static string Name(string name)
    {
        var builder = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && b is not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>A text string (§7.9.2.2): a literal for printable ASCII, otherwise UTF-16BE with a byte-order mark, in hex.</summary>
    public static string Text(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~')) return Literal(text);
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    /// <summary>A byte string of ASCII text (keys, URIs): a literal with \, ( and ) escaped.</summary>
    public static string Literal(string ascii)
    {
        var builder = new StringBuilder(ascii.Length + 2).Append('(');
        foreach (var c in ascii)
        {
            if (c is '\\' or '(' or ')') builder.Append('\\');
            if (c > '~' || c < ' ') throw new ArgumentException($"'{ascii}' is not printable ASCII.", nameof(ascii));
            builder.Append(c);
        }

        return builder.Append(')').ToString();
    }

    /// <summary>A byte string in hex (IDs, binary data).</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => "<" + Convert.ToHexString(bytes) + ">";

    /// <summary>A rectangle [llx lly urx ury].</summary>
    public static string Rectangle(double left, double bottom, double right, double top) =>
        $"[{Number(left)} {Number(bottom)} {Number(right)} {Number(top)}]";

    /// <summary>A date (§7.9.4) in UTC: D:YYYYMMDDHHmmSSZ, so every machine writes the same bytes.</summary>
    public static string Date(DateTimeOffset date) =>
        Literal("D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z");

    public static string Array(IEnumerable<string> items) => "[" + string.Join(' ', items) + "]";
}
