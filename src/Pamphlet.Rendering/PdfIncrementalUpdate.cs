using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pamphlet.Rendering;

/// <summary>
/// Changes a finished PDF by appending an incremental update (ISO 32000-1 §7.5.6): "add these keys
/// to these objects" (each changed object is re-emitted whole) and "add this stream", followed by
/// an xref section and a trailer with /Prev. The original bytes stay untouched and the result
/// depends only on the input, so output stays byte-reproducible.
/// </summary>
internal sealed class PdfIncrementalUpdate
{
    private readonly SortedDictionary<int, PdfDictionary> changed = [];
    private readonly SortedDictionary<int, (PdfDictionary Dictionary, byte[] Data)> added = [];
    private int nextObjectNumber;

    public PdfIncrementalUpdate(byte[] pdf)
    {
        Original = new PdfFileReader(pdf);
        nextObjectNumber = Original.Size;
    }

    /// <summary>The file being updated, to find objects (catalog, pages, fonts) and read them.</summary>
    public PdfFileReader Original { get; }

    /// <summary>The object's dictionary including changes made so far, or null if it is no dictionary.</summary>
    public PdfDictionary? TryReadDictionary(int objectNumber) =>
        changed.TryGetValue(objectNumber, out var pending) ? pending : Original.TryReadDictionary(objectNumber);

    /// <summary>Adds (or replaces) <paramref name="keys"/> (names without the slash → PDF value syntax) in object <paramref name="objectNumber"/>.</summary>
    public void AddKeys(int objectNumber, IReadOnlyDictionary<string, string> keys)
    {
        if (!changed.TryGetValue(objectNumber, out var dictionary))
        {
            dictionary = Original.ReadDictionary(objectNumber);
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
        var original = Original.Bytes;
        if (changed.Count == 0 && added.Count == 0) return original;
        using var output = new MemoryStream(original.Length + 1024);
        output.Write(original);
        if (original.Length > 0 && original[^1] is not (byte)'\n') Write(output, "\n");

        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, dictionary) in changed)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} {Original.GenerationOf(number)} obj\n{dictionary}\nendobj\n");
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
            foreach (var number in section) Write(output, $"{offsets[number]:D10} {Original.GenerationOf(number):D5} n\r\n");
        }

        var trailer = new PdfDictionary();
        foreach (var (key, value) in Original.Trailer.Entries.Where(e => e.Key is not ("Prev" or "XRefStm"))) trailer.Set(key, value);
        trailer.Set("Size", nextObjectNumber.ToString(CultureInfo.InvariantCulture));
        trailer.Set("Prev", Original.LastXrefOffset.ToString(CultureInfo.InvariantCulture));
        Write(output, $"trailer\n{trailer}\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
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
