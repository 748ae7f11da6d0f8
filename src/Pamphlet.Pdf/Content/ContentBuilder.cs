using System.Buffers;
using System.Globalization;
using System.Text;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Pdf.Content;

/// <summary>
/// A content stream being written (ISO 32000-1 §8–9, §14.6): one method per operator, coordinates in
/// PDF user space (points, origin bottom-left, y up). Callers convert their own coordinates.
/// <para>
/// Written as bytes into a buffer rented from the shared pool and returned by <see cref="Dispose"/>: a page's
/// stream is tens of kilobytes, and building it as text, then a string, then bytes allocated each of those
/// afresh for every page (half of what rendering allocated, measured on the 4× statement).
/// </para>
/// </summary>
internal sealed class ContentBuilder : IDisposable
{
    /// <summary>Room for a short page's stream at first; the buffer doubles as the stream grows.</summary>
    private const int InitialCapacity = 16 * 1024;

    /// <summary>The most bytes one number takes: a sign, 19 digits, a point and 4 decimals, with room to spare.</summary>
    private const int LongestNumber = 32;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
    private int length;

    public int Length => length;

    /// <summary>The stream's bytes so far; valid until the next write or <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, length);

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        length = 0;
        if (rented.Length > 0) ArrayPool<byte>.Shared.Return(rented);
    }

    public ContentBuilder Raw(string operators)
    {
        Append(operators).Append('\n');
        return this;
    }

    public void Save() => Append("q\n");

    public void Restore() => Append("Q\n");

    public void Transform(double a, double b, double c, double d, double e, double f) =>
        Numbers(a, b, c, d, e, f).Append("cm\n");

    public void Rectangle(double x, double y, double width, double height) => Numbers(x, y, width, height).Append("re\n");

    public void MoveTo(double x, double y) => Numbers(x, y).Append("m\n");

    public void LineTo(double x, double y) => Numbers(x, y).Append("l\n");

    public void CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) => Numbers(x1, y1, x2, y2, x3, y3).Append("c\n");

    public void ClosePath() => Append("h\n");

    public void Fill() => Append("f\n");

    public void Stroke() => Append("S\n");

    /// <summary>Intersects the clip with the current path and ends it without painting.</summary>
    public void Clip() => Append("W n\n");

    public void LineWidth(double width) => Numbers(width).Append("w\n");

    public void GraphicsState(string name) => Append(PdfValue.Name(name)).Append(" gs\n");

    public void PaintXObject(string name) => Append(PdfValue.Name(name)).Append(" Do\n");

    /// <summary>A colour operator: <paramref name="components"/> then <paramref name="op"/> (g, rg, k, scn and their stroking forms).</summary>
    public void Color(IReadOnlyList<double> components, string op)
    {
        foreach (var c in components) Number(c).Append(' ');
        Append(op).Append('\n');
    }

    /// <summary>Selects a named colour space (cs for fill, CS for stroke).</summary>
    public void ColorSpace(string name, bool stroke) => Append(PdfValue.Name(name)).Append(stroke ? " CS\n" : " cs\n");

    public void BeginText() => Append("BT\n");

    public void EndText() => Append("ET\n");

    public void Font(string name, double size) => Append(PdfValue.Name(name)).Append(' ').Number(size).Append(" Tf\n");

    public void TextMatrix(double x, double y) => Append("1 0 0 1 ").Number(x).Append(' ').Number(y).Append(" Tm\n");

    public void Rise(double rise) => Numbers(rise).Append("Ts\n");

    /// <summary>
    /// Sets the horizontal scaling (Tz) to <paramref name="percent"/> rounded to
    /// <see cref="ScalingDecimals"/> decimals: glyph outlines and every advance inside text (glyph widths,
    /// TJ adjustments) are scaled by it. Returns the value written, for pen arithmetic that must match a reader's.
    /// </summary>
    public double HorizontalScaling(double percent)
    {
        var written = Math.Round(percent, ScalingDecimals, MidpointRounding.AwayFromZero);
        Number(written).Append(" Tz\n");
        return written;
    }

    /// <summary>Decimals of a Tz percentage: 0.001 % of a 300 pt line is 0.003 pt.</summary>
    public const int ScalingDecimals = 3;

    /// <summary>Starts a TJ array; add glyphs and adjustments, then <see cref="EndShow"/>.</summary>
    public void BeginShow() => Append('[');

    /// <summary>A two-byte glyph code (Identity-H) inside a TJ array.</summary>
    public void Glyph(ushort glyph)
    {
        const string hex = "0123456789ABCDEF";
        Append('<').Append(hex[glyph >> 12]).Append(hex[(glyph >> 8) & 0xF]).Append(hex[(glyph >> 4) & 0xF]).Append(hex[glyph & 0xF]).Append('>');
    }

    /// <summary>An adjustment inside a TJ array, in thousandths of the font size; positive moves left.</summary>
    public void Adjust(double thousandths)
    {
        // Written digit by digit: a justified line has an adjustment between most of its glyphs.
        var tenths = (long)Math.Round(thousandths * 10, MidpointRounding.AwayFromZero);
        Append(' ');
        if (tenths < 0)
        {
            Append('-');
            tenths = -tenths;
        }

        Append(tenths / 10);
        if (tenths % 10 != 0) Append('.').Append((char)('0' + tenths % 10));
        Append(' ');
    }

    /// <summary>TJ adjustments to 1/10 of a thousandth of an em: 0.001 pt at 10 pt.</summary>
    public const int AdjustmentDecimals = 1;

    public void EndShow() => Append("]TJ\n");

    /// <summary>Begins a marked-content sequence with a property list (BDC), e.g. /P &lt;&lt;/MCID 3&gt;&gt;.</summary>
    public void BeginMarked(string tag, string properties) => Append(PdfValue.Name(tag)).Append(' ').Append(properties).Append(" BDC\n");

    public void BeginMarked(string tag) => Append(PdfValue.Name(tag)).Append(" BMC\n");

    public void EndMarked() => Append("EMC\n");

    private ContentBuilder Numbers(params ReadOnlySpan<double> values)
    {
        foreach (var v in values) Number(v).Append(' ');
        return this;
    }

    /// <summary>Operators and names are ASCII; any character past Latin-1 would be written as '?', as Latin-1 encoding writes it.</summary>
    private ContentBuilder Append(string value)
    {
        Reserve(value.Length);
        length += Encoding.Latin1.GetBytes(value, buffer.AsSpan(length));
        return this;
    }

    private ContentBuilder Append(char value)
    {
        Reserve(1);
        buffer[length++] = value <= '\u00FF' ? (byte)value : (byte)'?';
        return this;
    }

    private ContentBuilder Append(long value)
    {
        Reserve(LongestNumber);
        value.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    private ContentBuilder Number(double value, int decimals = 4)
    {
        Reserve(LongestNumber);
        length += PdfValue.FormatNumber(value, buffer.AsSpan(length), decimals);
        return this;
    }

    private void Reserve(int count)
    {
        if (length + count <= buffer.Length) return;
        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + count));
        buffer.AsSpan(0, length).CopyTo(grown);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        buffer = grown;
    }
}
