using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Pamphlet.Pdf.Syntax;

/// <summary>
/// Writes one PDF revision: header, indirect objects in the order they are written, a classic xref
/// table and a trailer whose /ID is a hash of everything before it (same content, same ID; any change,
/// a new one). Objects may be reserved before they are written, so dictionaries can point forward.
/// Bytes go straight to the output stream (no copy of the file is kept: a photo is written once),
/// and the ID's hash is taken as they pass.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "Its only disposable field is a MemoryStream, whose Dispose frees nothing: the writer has nothing to release.")]
internal sealed class PdfFileWriter
{
    /// <summary>
    /// PDF 1.6: everything we write (tagged PDF, transparency, Identity-H fonts, cross-reference
    /// streams) is in it, and PDF/X-4 press files must not claim a later version.
    /// </summary>
    private const string Header = "%PDF-1.6\n%\u00e2\u00e3\u00cf\u00d3\n";

    private readonly Stream output;
    private readonly XxHash128 hash = new();
    private readonly List<long> offsets = [0];
    private readonly MemoryStream packing = new();
    private long position;

    public PdfFileWriter(Stream output)
    {
        this.output = output;
        WriteLatin1(Header);
    }

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
    public PdfRef WriteStream(PdfRef reference, PdfDict dict, ReadOnlySpan<byte> data, bool compress = true, int level = DeflateLevel)
    {
        var bytes = data;
        if (compress)
        {
            // Compressed into one buffer the writer keeps: a page's stream, a font and the next page's reuse it.
            packing.SetLength(0);
            using (var zlib = DeflateInto(packing, level)) zlib.Write(data);
            bytes = packing.GetBuffer().AsSpan(0, (int)packing.Length);
            dict.SetName("Filter", "FlateDecode");
        }

        dict.Set("Length", bytes.Length);
        Begin(reference);
        WriteLatin1(dict.ToString());
        WriteLatin1("\nstream\n");
        WriteBytes(bytes);
        WriteLatin1("\nendstream\nendobj\n");
        return reference;
    }

    public PdfRef WriteStream(PdfDict dict, ReadOnlySpan<byte> data, bool compress = true, int level = DeflateLevel) => WriteStream(Reserve(), dict, data, compress, level);

    /// <summary>A stream object whose data, already encoded (a JPEG), is copied from <paramref name="source"/> as it is.</summary>
    public PdfRef WriteStream(PdfDict dict, Stream source, long length)
    {
        var reference = Reserve();
        dict.Set("Length", length);
        Begin(reference);
        WriteLatin1(dict.ToString());
        WriteLatin1("\nstream\n");
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            for (var left = length; left > 0;)
            {
                var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0) throw new IOException("the file ended before its length");
                WriteBytes(buffer.AsSpan(0, read));
                left -= read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        WriteLatin1("\nendstream\nendobj\n");
        return reference;
    }

    /// <summary>Copy in 64 KiB pieces: large enough for few reads, small enough to stay off the large-object heap.</summary>
    private const int CopyBufferSize = 64 * 1024;

    /// <summary>
    /// zlib level 3, measured on the sample: content and fonts compress to 1 % more than at the default
    /// level 6 (670 KB against 666 KB, the photo included) in about half the time (render 8.4 → 7.3 ms
    /// without the photo); level 1 gave 692 KB, more than Skia's 680 KB.
    /// </summary>
    private const int DeflateLevel = 3;

    /// <summary>
    /// Font programs are written once per file and make a quarter of a pamphlet's bytes besides the
    /// photo: zlib's default level 6 keeps them as small as before for a fraction of a millisecond more.
    /// </summary>
    public const int FontDeflateLevel = 6;

    /// <summary>Zlib (RFC 1950), as FlateDecode reads it; deterministic for the same bytes and runtime.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data, int level = DeflateLevel)
    {
        using var buffer = new MemoryStream();
        using (var zlib = DeflateInto(buffer, level)) zlib.Write(data);
        return buffer.ToArray();
    }

    /// <summary>
    /// A zlib stream that compresses what is written to it into <paramref name="target"/> (left open),
    /// for data made piece by piece (an image row by row); the same pieces give the same bytes.
    /// Dispose it to finish the compressed data.
    /// </summary>
    public static Stream DeflateInto(Stream target, int level = DeflateLevel) =>
        new ZLibStream(target, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true);

    /// <summary>
    /// Writes the cross-reference stream (PDF 1.5), which also carries the trailer's keys: the file is
    /// complete. A stream of binary entries, compressed, takes a tenth of a classic table's 20 bytes
    /// per object, and a tagged PDF has an object per structure element.
    /// </summary>
    public void Finish(PdfRef catalog, PdfRef? info)
    {
        var missing = offsets.FindIndex(1, o => o < 0);
        if (missing > 0) throw new InvalidOperationException($"PDF object {missing} was reserved but never written.");
        // The ID says which file this is: a hash of its content, so rebuilding the same statement
        // gives the same ID and any change gives a new one (PDF/X and PDF/A require an ID).
        var hex = PdfValue.Hex(hash.GetCurrentHash());
        var xref = Reserve();
        offsets[xref.Number] = position;
        // Each entry: type (1 byte: 0 free, 1 in use), offset (4 bytes), generation (2 bytes).
        var entries = new byte[offsets.Count * XrefEntrySize];
        for (var i = 0; i < offsets.Count; i++)
        {
            var entry = entries.AsSpan(i * XrefEntrySize, XrefEntrySize);
            if (i == 0)
            {
                // Object 0 heads the (empty) list of free objects, with generation 65535.
                entry[5] = entry[6] = 0xFF;
                continue;
            }

            entry[0] = 1;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(entry[1..], checked((uint)offsets[i]));
        }

        var dict = new PdfDict()
            .SetName("Type", "XRef")
            .Set("Size", offsets.Count)
            .Set("W", "[1 4 2]")
            .Set("Root", catalog);
        if (info is { } infoRef) dict.Set("Info", infoRef);
        dict.Set("ID", $"[{hex} {hex}]");
        var packed = Deflate(entries);
        dict.SetName("Filter", "FlateDecode").Set("Length", packed.Length);
        WriteLatin1($"{xref.Number} 0 obj\n{dict}\nstream\n");
        WriteBytes(packed);
        WriteLatin1($"\nendstream\nendobj\nstartxref\n{offsets[xref.Number]}\n%%EOF\n");
    }

    private const int XrefEntrySize = 7;

    private void Begin(PdfRef reference)
    {
        if (offsets[reference.Number] >= 0) throw new InvalidOperationException($"PDF object {reference.Number} was written twice.");
        offsets[reference.Number] = position;
        WriteLatin1($"{reference.Number} 0 obj\n");
    }

    private void WriteLatin1(string text) => WriteBytes(Encoding.Latin1.GetBytes(text));

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        hash.Append(bytes);
        position += bytes.Length;
    }
}
