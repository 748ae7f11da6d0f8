using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pamphlet.Rendering;

/// <summary>
/// Reads a finished PDF's classic cross-reference table(s) (following /Prev), its trailer, and
/// individual dictionary and stream objects by number: the read side of an incremental update.
/// Cross-reference streams and object streams are not supported (Skia writes neither).
/// </summary>
internal sealed class PdfFileReader
{
    private readonly Dictionary<int, (long Offset, int Generation)> xref = [];
    private readonly HashSet<int> numbersSeen = [];

    public PdfFileReader(byte[] pdf)
    {
        Bytes = pdf;
        LastXrefOffset = FindStartXref(pdf);
        Trailer = ReadXrefChain(LastXrefOffset);
        CatalogObject = PdfDictionary.References(Trailer["Root"] ?? throw PdfSyntax.Malformed(0, "trailer has no /Root")).First();
        Size = int.Parse(Trailer["Size"] ?? throw PdfSyntax.Malformed(0, "trailer has no /Size"), CultureInfo.InvariantCulture);
    }

    public byte[] Bytes { get; }

    /// <summary>The newest trailer dictionary.</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>Where the newest xref section starts (what an update's /Prev points at).</summary>
    public long LastXrefOffset { get; }

    /// <summary>The trailer's /Size: one more than the highest object number.</summary>
    public int Size { get; }

    /// <summary>The object number of the document catalog (/Root).</summary>
    public int CatalogObject { get; }

    /// <summary>Every object number in use, ascending.</summary>
    public IEnumerable<int> ObjectNumbers => xref.Keys.Order();

    public bool Contains(int objectNumber) => xref.ContainsKey(objectNumber);

    public int GenerationOf(int objectNumber) => xref.TryGetValue(objectNumber, out var entry) ? entry.Generation : 0;

    /// <summary>The dictionary of object <paramref name="objectNumber"/> (a stream's dictionary for a stream), or null if it is no dictionary.</summary>
    public PdfDictionary? TryReadDictionary(int objectNumber)
    {
        if (!xref.ContainsKey(objectNumber)) return null;
        var at = ObjectBodyStart(objectNumber);
        return Bytes.AsSpan()[at..].StartsWith("<<"u8) ? PdfDictionary.Parse(Bytes, at, out _) : null;
    }

    /// <summary>The decoded data of stream object <paramref name="objectNumber"/> (unfiltered or FlateDecode).</summary>
    public byte[] ReadStream(int objectNumber)
    {
        var pdf = Bytes.AsSpan();
        var dictionary = PdfDictionary.Parse(pdf, ObjectBodyStart(objectNumber), out var at);
        at = PdfSyntax.SkipWhitespace(pdf, at);
        if (!pdf[at..].StartsWith("stream"u8)) throw PdfSyntax.Malformed(at, $"object {objectNumber} is not a stream");
        at += "stream".Length;
        if (at < pdf.Length && pdf[at] == '\r') at++;
        if (at < pdf.Length && pdf[at] == '\n') at++;
        var lengthValue = dictionary["Length"] ?? throw PdfSyntax.Malformed(at, $"stream {objectNumber} has no /Length");
        var lengthAt = lengthValue.EndsWith('R') ? ObjectBodyStart(PdfDictionary.References(lengthValue).First()) : -1;
        var length = lengthAt >= 0 ? ReadInteger(pdf, ref lengthAt) : long.Parse(lengthValue, CultureInfo.InvariantCulture);
        var data = Bytes.AsSpan(at, (int)length).ToArray();
        return dictionary["Filter"] switch
        {
            null => data,
            "/FlateDecode" => Inflate(data),
            var other => throw new NotSupportedException($"Stream {objectNumber} uses filter {other}; only FlateDecode is supported."),
        };
    }

    /// <summary>The object numbers of the /Page objects, in page order (walks the page tree).</summary>
    public IReadOnlyList<int> PageObjects()
    {
        var pages = new List<int>();
        var root = ReadDictionary(CatalogObject)["Pages"] ?? throw PdfSyntax.Malformed(0, "catalog has no /Pages");
        CollectPages(PdfDictionary.References(root).First(), pages, depth: 0);
        return pages;
    }

    public PdfDictionary ReadDictionary(int objectNumber) =>
        TryReadDictionary(objectNumber) ?? throw PdfSyntax.Malformed(0, $"object {objectNumber} is missing or not a dictionary");

    private void CollectPages(int node, List<int> pages, int depth)
    {
        // A page tree deeper than this is a cycle in a damaged file, not a real document.
        const int MaximumTreeDepth = 64;
        if (depth > MaximumTreeDepth) throw PdfSyntax.Malformed(0, "page tree too deep (cycle?)");
        var dictionary = ReadDictionary(node);
        if (dictionary["Type"] == "/Page")
        {
            pages.Add(node);
            return;
        }

        foreach (var kid in PdfDictionary.References(dictionary["Kids"] ?? "[]")) CollectPages(kid, pages, depth + 1);
    }

    /// <summary>Where the value of an indirect object starts (after "n g obj").</summary>
    private int ObjectBodyStart(int objectNumber)
    {
        if (!xref.TryGetValue(objectNumber, out var entry)) throw PdfSyntax.Malformed(0, $"object {objectNumber} is not in the xref table");
        var pdf = Bytes.AsSpan();
        var at = (int)entry.Offset;
        for (var token = 0; token < 3; token++) // "n g obj"
        {
            at = PdfSyntax.SkipWhitespace(pdf, at);
            at = PdfSyntax.SkipToken(pdf, at);
        }

        return PdfSyntax.SkipWhitespace(pdf, at);
    }

    private static long FindStartXref(byte[] pdf)
    {
        var keyword = "startxref"u8;
        var at = pdf.AsSpan().LastIndexOf(keyword);
        if (at < 0) throw PdfSyntax.Malformed(pdf.Length, "no startxref");
        var start = at + keyword.Length;
        return ReadInteger(pdf, ref start);
    }

    /// <summary>Reads the xref section at <paramref name="offset"/> and every older one via /Prev; returns the newest trailer.</summary>
    private PdfDictionary ReadXrefChain(long offset)
    {
        PdfDictionary? newest = null;
        var visited = new HashSet<long>();
        long? next = offset;
        while (next is { } current && visited.Add(current))
        {
            var section = ReadXrefSection((int)current);
            newest ??= section;
            next = section["Prev"] is { } prev ? long.Parse(prev, CultureInfo.InvariantCulture) : null;
        }

        return newest ?? throw PdfSyntax.Malformed((int)offset, "no xref section");
    }

    private PdfDictionary ReadXrefSection(int at)
    {
        var pdf = Bytes.AsSpan();
        at = PdfSyntax.SkipWhitespace(pdf, at);
        if (!pdf[at..].StartsWith("xref"u8)) throw PdfSyntax.Malformed(at, "expected a classic xref table (cross-reference streams are not supported)");
        at += 4;
        while (true)
        {
            at = PdfSyntax.SkipWhitespace(pdf, at);
            if (pdf[at..].StartsWith("trailer"u8)) return PdfDictionary.Parse(pdf, at + 7, out _);
            var first = ReadInteger(pdf, ref at);
            var count = ReadInteger(pdf, ref at);
            for (var i = 0; i < count; i++)
            {
                var entryOffset = ReadInteger(pdf, ref at);
                var generation = (int)ReadInteger(pdf, ref at);
                at = PdfSyntax.SkipWhitespace(pdf, at);
                var kind = pdf[at++];
                // Newer sections are read first, so the first entry seen for a number (in use or
                // free) is the current one.
                if (numbersSeen.Add((int)first + i) && kind == 'n') xref.Add((int)first + i, (entryOffset, generation));
            }
        }
    }

    private static long ReadInteger(ReadOnlySpan<byte> pdf, ref int at)
    {
        at = PdfSyntax.SkipWhitespace(pdf, at);
        var end = PdfSyntax.SkipToken(pdf, at);
        if (!long.TryParse(pdf[at..end], NumberStyles.None, CultureInfo.InvariantCulture, out var value)) throw PdfSyntax.Malformed(at, "expected an integer");
        at = end;
        return value;
    }

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
