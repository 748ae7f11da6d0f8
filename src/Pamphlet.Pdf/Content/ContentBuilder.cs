using System.Text;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Pdf.Content;

/// <summary>
/// A content stream being written (ISO 32000-1 §8–9, §14.6): one method per operator, coordinates in
/// PDF user space (points, origin bottom-left, y up). Callers convert their own coordinates.
/// </summary>
internal sealed class ContentBuilder
{
    private readonly StringBuilder text = new();

    public int Length => text.Length;

    public byte[] ToBytes() => Encoding.Latin1.GetBytes(text.ToString());

    public ContentBuilder Raw(string operators)
    {
        text.Append(operators).Append('\n');
        return this;
    }

    public void Save() => text.Append("q\n");

    public void Restore() => text.Append("Q\n");

    public void Transform(double a, double b, double c, double d, double e, double f) =>
        Numbers(a, b, c, d, e, f).Append("cm\n");

    public void Rectangle(double x, double y, double width, double height) => Numbers(x, y, width, height).Append("re\n");

    public void MoveTo(double x, double y) => Numbers(x, y).Append("m\n");

    public void LineTo(double x, double y) => Numbers(x, y).Append("l\n");

    public void CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) => Numbers(x1, y1, x2, y2, x3, y3).Append("c\n");

    public void ClosePath() => text.Append("h\n");

    public void Fill() => text.Append("f\n");

    public void Stroke() => text.Append("S\n");

    /// <summary>Intersects the clip with the current path and ends it without painting.</summary>
    public void Clip() => text.Append("W n\n");

    public void LineWidth(double width) => Numbers(width).Append("w\n");

    public void GraphicsState(string name) => text.Append(PdfValue.Name(name)).Append(" gs\n");

    public void PaintXObject(string name) => text.Append(PdfValue.Name(name)).Append(" Do\n");

    /// <summary>A colour operator: <paramref name="components"/> then <paramref name="op"/> (g, rg, k, scn and their stroking forms).</summary>
    public void Color(IReadOnlyList<double> components, string op)
    {
        foreach (var c in components) text.AppendNumber(c).Append(' ');
        text.Append(op).Append('\n');
    }

    /// <summary>Selects a named colour space (cs for fill, CS for stroke).</summary>
    public void ColorSpace(string name, bool stroke) => text.Append(PdfValue.Name(name)).Append(stroke ? " CS\n" : " cs\n");

    public void BeginText() => text.Append("BT\n");

    public void EndText() => text.Append("ET\n");

    public void Font(string name, double size) => text.Append(PdfValue.Name(name)).Append(' ').AppendNumber(size).Append(" Tf\n");

    public void TextMatrix(double x, double y) => text.Append("1 0 0 1 ").AppendNumber(x).Append(' ').AppendNumber(y).Append(" Tm\n");

    public void Rise(double rise) => Numbers(rise).Append("Ts\n");

    /// <summary>
    /// Sets the horizontal scaling (Tz) to <paramref name="percent"/> rounded to
    /// <see cref="ScalingDecimals"/> decimals: glyph outlines and every advance inside text (glyph widths,
    /// TJ adjustments) are scaled by it. Returns the value written, for pen arithmetic that must match a reader's.
    /// </summary>
    public double HorizontalScaling(double percent)
    {
        var written = Math.Round(percent, ScalingDecimals, MidpointRounding.AwayFromZero);
        text.AppendNumber(written).Append(" Tz\n");
        return written;
    }

    /// <summary>Decimals of a Tz percentage: 0.001 % of a 300 pt line is 0.003 pt.</summary>
    public const int ScalingDecimals = 3;

    /// <summary>Starts a TJ array; add glyphs and adjustments, then <see cref="EndShow"/>.</summary>
    public void BeginShow() => text.Append('[');

    /// <summary>A two-byte glyph code (Identity-H) inside a TJ array.</summary>
    public void Glyph(ushort glyph)
    {
        const string hex = "0123456789ABCDEF";
        text.Append('<').Append(hex[glyph >> 12]).Append(hex[(glyph >> 8) & 0xF]).Append(hex[(glyph >> 4) & 0xF]).Append(hex[glyph & 0xF]).Append('>');
    }

    /// <summary>An adjustment inside a TJ array, in thousandths of the font size; positive moves left.</summary>
    public void Adjust(double thousandths)
    {
        // Written digit by digit: a justified line has an adjustment between most of its glyphs.
        var tenths = (long)Math.Round(thousandths * 10, MidpointRounding.AwayFromZero);
        text.Append(' ');
        if (tenths < 0)
        {
            text.Append('-');
            tenths = -tenths;
        }

        text.Append(tenths / 10);
        if (tenths % 10 != 0) text.Append('.').Append((char)('0' + tenths % 10));
        text.Append(' ');
    }

    /// <summary>TJ adjustments to 1/10 of a thousandth of an em: 0.001 pt at 10 pt.</summary>
    public const int AdjustmentDecimals = 1;

    public void EndShow() => text.Append("]TJ\n");

    /// <summary>Begins a marked-content sequence with a property list (BDC), e.g. /P &lt;&lt;/MCID 3&gt;&gt;.</summary>
    public void BeginMarked(string tag, string properties) => text.Append(PdfValue.Name(tag)).Append(' ').Append(properties).Append(" BDC\n");

    public void BeginMarked(string tag) => text.Append(PdfValue.Name(tag)).Append(" BMC\n");

    public void EndMarked() => text.Append("EMC\n");

    private StringBuilder Numbers(params ReadOnlySpan<double> values)
    {
        foreach (var v in values) text.AppendNumber(v).Append(' ');
        return text;
    }
}
