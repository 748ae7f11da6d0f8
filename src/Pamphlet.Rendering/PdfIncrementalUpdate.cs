using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pamphlet.Rendering;

/// <summary>
/// Adds keys to existing dictionary objects of a finished PDF by appending an incremental update
/// (ISO 32000-1 §7.5.6): each changed object is re-emitted with its new keys, followed by an xref
/// section and a trailer with /Prev; new stream objects can be added too. The original bytes stay
/// untouched and the result depends only on the input, so it stays byte-reproducible. Needs a
/// classic xref table (what Skia writes).
/// </summary>
internal sealed class PdfIncrementalUpdate
{
    private readonly byte[] original;
    private readonly Dictionary<int, (long Offset, int Generation)> xref = [];
    private readonly HashSet<int> numbersSeen = [];
    private readonly PdfDictionary trailer;
    private readonly long lastXrefOffset;
    private readonly SortedDictionary<int, PdfDictionary> changed = [];
    private readonly SortedDictionary<int, (PdfDictionary Dictionary, byte[] Data)> added = [];
    private int nextObjectNumber;

    public PdfIncrementalUpdate(byte[] pdf)
    {
        original = pdf;
        lastXrefOffset = FindStartXref(pdf);
        trailer = ReadXrefChain(lastXrefOffset);
        CatalogObject = PdfDictionary.References(trailer["Root"] ?? throw PdfSyntax.Malformed(0, "trailer has no /Root")).First();
        nextObjectNumber = int.Parse(trailer["Size"] ?? throw PdfSyntax.Malformed(0, "trailer has no /Size"), CultureInfo.InvariantCulture);
    }

    /// <summary>Every object number in use in the original file, ascending.</summary>
    public IEnumerable<int> ObjectNumbers => xref.Keys.Order();

    /// <summary>The object number of the document catalog (/Root).</summary>
    public int CatalogObject { get; }

    /// <summary>The object numbers of the /Page objects, in page order (walks the page tree).</summary>
    public IReadOnlyList<int> PageObjects()
    {
        var pages = new List<int>();
        var root = Read(CatalogObject)["Pages"] ?? throw PdfSyntax.Malformed(0, "catalog has no /Pages");
        CollectPages(PdfDictionary.References(root).First(), pages, depth: 0);
        return pages;
    }

    /// <summary>Adds (or replaces) <paramref name="keys"/> (names without the slash → PDF value syntax) in object <paramref name="objectNumber"/>.</summary>
    public void AddKeys(int objectNumber, IReadOnlyDictionary<string, string> keys)
    {
        if (!changed.TryGetValue(objectNumber, out var dictionary))
        {
            dictionary = Read(objectNumber);
            changed.Add(objectNumber, dictionary);
        }

        foreach (var (key, value) in keys)
        {
            if (key.Length == 0 || key.Any(c => c <= ' ' || c > '~' || PdfSyntax.IsDelimiter((byte)c)))
            {
                throw new ArgumentException($"\"{key}\" is not a plain PDF name.", nameof(keys));
            }

            dictionary.Set(key, value);
        }
    }

    /// <summary>The dictionary of object <paramref name="objectNumber"/> (a stream's dictionary for a stream), or null if it is no dictionary.</summary>
    public PdfDictionary? TryReadDictionary(int objectNumber)
    {
        if (changed.TryGetValue(objectNumber, out var pending)) return pending;
        if (!xref.ContainsKey(objectNumber)) return null;
        var at = ObjectBodyStart(objectNumber);
        return original.AsSpan()[at..].StartsWith("<<"u8) ? PdfDictionary.Parse(original, at, out _) : null;
    }

    /// <summary>The decoded data of stream object <paramref name="objectNumber"/> (unfiltered or FlateDecode).</summary>
    public byte[] ReadStream(int objectNumber)
    {
        var pdf = original.AsSpan();
        var dictionary = PdfDictionary.Parse(pdf, ObjectBodyStart(objectNumber), out var at);
        at = PdfSyntax.SkipWhitespace(pdf, at);
        if (!pdf[at..].StartsWith("stream"u8)) throw PdfSyntax.Malformed(at, $"object {objectNumber} is not a stream");
        at += "stream".Length;
        if (at < pdf.Length && pdf[at] == '\r') at++;
        if (at < pdf.Length && pdf[at] == '\n') at++;
        var lengthValue = dictionary["Length"] ?? throw PdfSyntax.Malformed(at, $"stream {objectNumber} has no /Length");
        var length = lengthValue.EndsWith('R') ? ReadInteger(pdf, ObjectBodyStart(PdfDictionary.References(lengthValue).First())) : long.Parse(lengthValue, CultureInfo.InvariantCulture);
        var data = original.AsSpan(at, (int)length).ToArray();
        return dictionary["Filter"] switch
        {
            null => data,
            "/FlateDecode" => Inflate(data),
            var other => throw new NotSupportedException($"Stream {objectNumber} uses filter {other}; only FlateDecode is supported."),
        };
    }

    /// <summary>Adds a new Flate-compressed stream object with <paramref name="keys"/> in its dictionary; returns its object number.</summary>
    public int AddStream(IReadOnlyDictionary<string, string> keys, byte[] data)
    {
        var dictionary = new PdfDictionary();
        foreach (var (key, value) in keys) dictionary.Set(key, value);
        var compressed = Deflate(data);
        dictionary.Set("Length", compressed.Length.ToString(CultureInfo.InvariantCulture));
        dictionary.Set("Filter", "/FlateDecode");
        var number = nextObjectNumber++;
        added.Add(number, (dictionary, compressed));
        return number;
    }

    /// <summary>The original file followed by the update (or the original alone if nothing changed).</summary>
    public byte[] ToArray()
    {
        if (changed.Count == 0 && added.Count == 0) return original;
        using var output = new MemoryStream(original.Length + 1024);
        output.Write(original);
        if (original.Length > 0 && original[^1] is not (byte)'\n') Write(output, "\n");

        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, dictionary) in changed)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} {xref[number].Generation} obj\n{dictionary}\nendobj\n");
        }

        foreach (var (number, (dictionary, data)) in added)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n{dictionary}\nstream\n");
            output.Write(data);
            Write(output, "\nendstream\nendobj\n");
        }

        var xrefOffset = output.Position;
        Write(output, "xref\n");
        foreach (var section in ConsecutiveRuns(offsets.Keys))
        {
            Write(output, $"{section[0]} {section.Count}\n");
            // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, 'n', CR LF.
            foreach (var number in section) Write(output, $"{offsets[number]:D10} {GenerationOf(number):D5} n\r\n");
        }

        var newTrailer = new PdfDictionary();
        foreach (var (key, value) in trailer.Entries.Where(e => e.Key is not ("Prev" or "XRefStm"))) newTrailer.Set(key, value);
        newTrailer.Set("Size", nextObjectNumber.ToString(CultureInfo.InvariantCulture));
        newTrailer.Set("Prev", lastXrefOffset.ToString(CultureInfo.InvariantCulture));
        Write(output, $"trailer\n{newTrailer}\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    private PdfDictionary Read(int objectNumber) =>
        TryReadDictionary(objectNumber) ?? throw PdfSyntax.Malformed(0, $"object {objectNumber} is missing or not a dictionary");

    private int GenerationOf(int objectNumber) => xref.TryGetValue(objectNumber, out var entry) ? entry.Generation : 0;

    /// <summary>Where the value of an indirect object starts (after "n g obj").</summary>
    private int ObjectBodyStart(int objectNumber)
    {
        if (!xref.TryGetValue(objectNumber, out var entry)) throw PdfSyntax.Malformed(0, $"object {objectNumber} is not in the xref table");
        var pdf = original.AsSpan();
        var at = (int)entry.Offset;
        for (var token = 0; token < 3; token++) // "n g obj"
        {
            at = PdfSyntax.SkipWhitespace(pdf, at);
            at = PdfSyntax.SkipToken(pdf, at);
        }

        return PdfSyntax.SkipWhitespace(pdf, at);
    }

    private static long ReadInteger(ReadOnlySpan<byte> pdf, int at) => ReadInteger(pdf, ref at);

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private void CollectPages(int node, List<int> pages, int depth)
    {
        // A page tree deeper than this is a cycle in a damaged file, not a real document.
        const int MaximumTreeDepth = 64;
        if (depth > MaximumTreeDepth) throw PdfSyntax.Malformed(0, "page tree too deep (cycle?)");
        var dictionary = Read(node);
        if (dictionary["Type"] == "/Page")
        {
            pages.Add(node);
            return;
        }

        foreach (var kid in PdfDictionary.References(dictionary["Kids"] ?? "[]")) CollectPages(kid, pages, depth + 1);
    }

    private static long FindStartXref(byte[] pdf)
    {
        var keyword = "startxref"u8;
        var at = pdf.AsSpan().LastIndexOf(keyword);
        if (at < 0) throw PdfSyntax.Malformed(pdf.Length, "no startxref");
        var start = PdfSyntax.SkipWhitespace(pdf, at + keyword.Length);
        var end = PdfSyntax.SkipToken(pdf, start);
        return long.Parse(Encoding.ASCII.GetString(pdf, start, end - start), CultureInfo.InvariantCulture);
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
        var pdf = original.AsSpan();
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

    private static IEnumerable<List<int>> ConsecutiveRuns(IEnumerable<int> sortedNumbers)
    {
        var run = new List<int>();
        foreach (var number in sortedNumbers)
        {
            if (run.Count > 0 && number != run[^1] + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(number);
        }

        if (run.Count > 0) yield return run;
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
