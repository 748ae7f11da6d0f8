using System.Globalization;
using System.Text;

namespace Pamphlet.Tests.Preflight;

/// <summary>
/// Writes small PDFs by hand, byte for byte, as other tools (or broken ones) would: numbered objects,
/// streams with their /Length, a classic xref table with computed offsets, and exactly the trailer
/// asked for (no /ID unless given), so each test controls what the checker sees.
/// </summary>
internal sealed class RawPdf
{
    private readonly List<byte[]?> objects = [null];

    /// <summary>Reserves the next object number (written later with <see cref="Set"/>).</summary>
    public int Reserve()
    {
        objects.Add(null);
        return objects.Count - 1;
    }

    public int Add(string body)
    {
        var number = Reserve();
        Set(number, body);
        return number;
    }

    public void Set(int number, string body) => objects[number] = Latin1($"{number} 0 obj\n{body}\nendobj\n");

    /// <summary>A stream object: <paramref name="dictionary"/> is the dictionary's inside without /Length, which is added.</summary>
    public int AddStream(string dictionary, byte[] data)
    {
        var number = Reserve();
        SetStream(number, dictionary, data);
        return number;
    }

    public int AddStream(string dictionary, string data) => AddStream(dictionary, Latin1(data));

    public void SetStream(int number, string dictionary, byte[] data)
    {
        using var bytes = new MemoryStream();
        bytes.Write(Latin1($"{number} 0 obj\n<<{dictionary} /Length {data.Length}>>\nstream\n"));
        bytes.Write(data);
        bytes.Write(Latin1("\nendstream\nendobj\n"));
        objects[number] = bytes.ToArray();
    }

    /// <summary>The file: header, objects, xref table, trailer with /Root, /Size and <paramref name="trailer"/> (e.g. "/Info 3 0 R /ID [&lt;01&gt; &lt;01&gt;]").</summary>
    public byte[] Build(int catalog, string trailer = "")
    {
        using var file = new MemoryStream();
        file.Write(Latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new long[objects.Count];
        for (var i = 1; i < objects.Count; i++)
        {
            offsets[i] = file.Position;
            file.Write(objects[i] ?? throw new InvalidOperationException($"object {i} was reserved but not written"));
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count}\n0000000000 65535 f \n");
        for (var i = 1; i < objects.Count; i++) table.Append(string.Create(CultureInfo.InvariantCulture, $"{offsets[i]:D10} 00000 n \n"));
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Count} /Root {catalog} 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n");
        file.Write(Latin1(table.ToString()));
        return file.ToArray();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}

/// <summary>One page of a hand-made PDF: its content, resources and extra page keys.</summary>
/// <param name="Content">The content stream, as text.</param>
/// <param name="Resources">The inside of the /Resources dictionary ("/Font &lt;&lt;/F1 5 0 R&gt;&gt;").</param>
/// <param name="Boxes">Page keys for boxes; by default an A6 media box with a trim box 3 mm in.</param>
internal sealed record RawPage(string Content, string Resources = "", string Boxes = RawPage.A6WithTrim)
{
    /// <summary>A6 with 3 mm bleed: media 303 × 420 pt, trim 8.5 pt in on every side.</summary>
    public const string A6WithTrim = "/MediaBox [0 0 314.65 436.54] /BleedBox [0 0 314.65 436.54] /TrimBox [8.5 8.5 306.15 428.04]";

    public const string NoTrim = "/MediaBox [0 0 297.64 419.53]";
}

/// <summary>Documents made of <see cref="RawPage"/>s, with the objects tests commonly need.</summary>
internal static class RawDocuments
{
    /// <summary>
    /// A PDF of <paramref name="pages"/>. <paramref name="objects"/> may add shared objects first (fonts,
    /// images, forms) and return their numbers, which the pages' resources, <paramref name="catalog"/> and
    /// <paramref name="trailer"/> (keys to add) name as {0}, {1}…
    /// </summary>
    public static byte[] Build(IReadOnlyList<RawPage> pages, Func<RawPdf, int[]>? objects = null, string catalog = "", string trailer = "")
    {
        var pdf = new RawPdf();
        var refs = (objects?.Invoke(pdf) ?? []).Cast<object>().ToArray();
        string Fill(string text) => string.Format(CultureInfo.InvariantCulture, text, refs);
        var tree = pdf.Reserve();
        var kids = new List<int>();
        foreach (var page in pages)
        {
            var content = pdf.AddStream("", page.Content);
            kids.Add(pdf.Add($"<</Type /Page /Parent {tree} 0 R {page.Boxes} /Resources <<{Fill(page.Resources)}>> /Contents {content} 0 R>>"));
        }

        pdf.Set(tree, $"<</Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count}>>");
        var root = pdf.Add($"<</Type /Catalog /Pages {tree} 0 R {Fill(catalog)}>>");
        return pdf.Build(root, Fill(trailer));
    }

    public static byte[] Build(params RawPage[] pages) => Build(pages, null);

    /// <summary>An embedded TrueType font's dictionary (the program is a stub: the checker reads dictionaries, not glyphs).</summary>
    public static int EmbeddedFont(RawPdf pdf, string name = "ABCDEF+Test")
    {
        var program = pdf.AddStream("/Length1 4", [0, 1, 0, 0]);
        var descriptor = pdf.Add($"<</Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 {program} 0 R>>");
        return pdf.Add($"<</Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 126 /FontDescriptor {descriptor} 0 R>>");
    }

    /// <summary>Standard-14 Helvetica with no font program: what tools write when they do not embed.</summary>
    public static int UnembeddedHelvetica(RawPdf pdf) => pdf.Add("<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>");

    /// <summary>An 8-bit image of <paramref name="width"/> × <paramref name="height"/> pixels, raw, in <paramref name="space"/>.</summary>
    public static int Image(RawPdf pdf, int width, int height, string space = "/DeviceRGB", int components = 3, byte value = 128) =>
        pdf.AddStream($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /BitsPerComponent 8 /ColorSpace {space}",
            Enumerable.Repeat(value, width * height * components).ToArray());
}
