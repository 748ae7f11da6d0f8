using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Pamphlet.Pdf.Syntax;

/// <summary>
/// Writes one PDF revision: header, indirect objects in the order they are written, a classic xref
/// table and a trailer whose /ID is a hash of everything before it (same content, same ID; any change,
/// a new one). Objects may be reserved before they are written, so dictionaries can point forward.
/// </summary>
internal sealed class PdfFileWriter
{
    /// <summary>PDF 1.7 (ISO 32000-1): what tagged PDF, transparency and Identity-H fonts need.</summary>
    private const string Header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";

    private readonly MemoryStream output = new();
    private readonly List<long> offsets = [0];

    public PdfFileWriter() => WriteLatin1(Header);

    /// <summary>Reserves an object number; the object must be written before <see cref="Finish"/>.</summary>
    public PdfRef Reserve()
    {
        offsets.Add(-1);
        return new PdfRef(offsets.Count - 1);
    }

    public PdfRef Write(string body) => Write(Reserve(), body);

    public PdfRef Write(PdfRef reference, string body)
    {
        Begin(reference);
        WriteLatin1(body);
        WriteLatin1("\nendobj\n");
        return reference;
    }

    public PdfRef Write(PdfDict dict) => Write(Reserve(), dict.ToString());

    public PdfRef Write(PdfRef reference, PdfDict dict) => Write(reference, dict.ToString());

    /// <summary>A stream object; <paramref name="compress"/> Flate-compresses data that is not compressed already (not JPEG).</summary>
    public PdfRef WriteStream(PdfRef reference, PdfDict dict, ReadOnlySpan<byte> data, bool compress = true)
    {
        byte[]? packed = null;
        if (compress)
        {
            packed = Deflate(data);
            dict.SetName("Filter", "FlateDecode");
        }

        var bytes = packed ?? data;
        dict.Set("Length", bytes.Length);
        Begin(reference);
        WriteLatin1(dict.ToString());
        WriteLatin1("\nstream\n");
        output.Write(bytes);
        WriteLatin1("\nendstream\nendobj\n");
        return reference;
    }

    public PdfRef WriteStream(PdfDict dict, ReadOnlySpan<byte> data, bool compress = true) => WriteStream(Reserve(), dict, data, compress);

    /// <summary>Zlib (RFC 1950), as FlateDecode reads it; deterministic for the same bytes and runtime.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }

    /// <summary>Writes the xref table and trailer and returns the whole file.</summary>
    public byte[] Finish(PdfRef catalog, PdfRef? info)
    {
        var missing = offsets.FindIndex(1, o => o < 0);
        if (missing > 0) throw new InvalidOperationException($"PDF object {missing} was reserved but never written.");
        // The ID says which file this is: a hash of its content, so rebuilding the same statement
        // gives the same ID and any change gives a new one (PDF/X and PDF/A require an ID).
        var id = XxHash128.Hash(output.GetBuffer().AsSpan(0, (int)output.Length));
        var xref = output.Length;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(offsets.Count).Append('\n');
        table.Append("0000000000 65535 f\r\n");
        for (var i = 1; i < offsets.Count; i++) table.Append(offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n\r\n");
        var trailer = new PdfDict().Set("Size", offsets.Count).Set("Root", catalog);
        if (info is { } i2) trailer.Set("Info", i2);
        var hex = PdfValue.Hex(id);
        trailer.Set("ID", $"[{hex} {hex}]");
        table.Append("trailer\n").Append(trailer).Append("\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        WriteLatin1(table.ToString());
        return output.ToArray();
    }

    private void Begin(PdfRef reference)
    {
        if (offsets[reference.Number] >= 0) throw new InvalidOperationException($"PDF object {reference.Number} was written twice.");
        offsets[reference.Number] = output.Length;
        WriteLatin1($"{reference.Number} 0 obj\n");
    }

    private void WriteLatin1(string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
