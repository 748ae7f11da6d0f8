using System.Text;
using Pamphlet.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Tests.Rendering;

public sealed class PdfIncrementalUpdateTests
{
    /// <summary>A three-page PDF with a nested page tree (and strings with brackets), xref offsets computed.</summary>
    private static byte[] HandWrittenPdf()
    {
        string[] objects =
        [
            "<</Type /Catalog /Pages 2 0 R>>",
            "<</Type /Pages /Kids [3 0 R 4 0 R] /Count 3>>",
            "<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 300] /Resources <<>>>>",
            "<</Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2>>",
            "<</Type /Page /Parent 4 0 R /MediaBox [0 0 200 300] /Resources <</ProcSet [/PDF]>>>>",
            "<</Type /Page /Parent 4 0 R /MediaBox [0 0 200 300] /Resources <<>> /PieceInfo <</X (a >> tricky \\) string)>>>>",
            "<</Title (Hand written)>>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n\r\n");
        pdf.Append($"trailer\n<</Size {objects.Length + 1} /Root 1 0 R /Info 7 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    [Fact]
    public void Finds_the_catalog_and_the_pages_in_order_through_a_nested_tree()
    {
        var update = new PdfIncrementalUpdate(HandWrittenPdf());
        Assert.Equal(1, update.Original.CatalogObject);
        Assert.Equal([3, 5, 6], update.Original.PageObjects());
    }

    [Fact]
    public void Adds_keys_to_every_page_and_keeps_the_original_bytes_as_prefix()
    {
        var original = HandWrittenPdf();
        var update = new PdfIncrementalUpdate(original);
        foreach (var page in update.Original.PageObjects())
        {
            update.AddKeys(page, new Dictionary<string, string> { ["TrimBox"] = "[10 10 190 290]", ["BleedBox"] = "[0 0 200 300]" });
        }

        var updated = update.ToArray();
        Assert.Equal(original, updated[..original.Length]);

        using var document = PdfDocument.Open(updated);
        Assert.Equal(3, document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            var trim = Assert.IsType<ArrayToken>(page.Dictionary.Data["TrimBox"]);
            Assert.Equal(190, Assert.IsType<NumericToken>(trim.Data[2]).Double);
        }

        // The tricky string in page 6 survives the rewrite.
        Assert.Contains("(a >> tricky \\) string)", Encoding.Latin1.GetString(updated[original.Length..]));
    }

    [Fact]
    public void A_second_update_replaces_a_key_and_chains_to_the_first()
    {
        var first = new PdfIncrementalUpdate(HandWrittenPdf());
        first.AddKeys(first.Original.CatalogObject, new Dictionary<string, string> { ["Lang"] = "(de)" });
        var once = first.ToArray();

        var second = new PdfIncrementalUpdate(once);
        Assert.Equal([3, 5, 6], second.Original.PageObjects());
        second.AddKeys(second.Original.CatalogObject, new Dictionary<string, string> { ["Lang"] = "(fr-CA)" });
        var twice = second.ToArray();

        using var document = PdfDocument.Open(twice);
        Assert.Equal("fr-CA", Assert.IsType<StringToken>(document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        Assert.Equal("Hand written", document.Information.Title);
        var lastCatalog = Encoding.Latin1.GetString(twice[once.Length..]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(lastCatalog, "/Lang"));
    }

    [Fact]
    public void Adds_a_stream_object_that_a_reader_can_follow_and_reads_it_back()
    {
        var update = new PdfIncrementalUpdate(HandWrittenPdf());
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf (hello) Tj ET");
        var stream = update.AddStream(new Dictionary<string, string>(), content);
        Assert.Equal(8, stream); // the original /Size
        update.AddKeys(update.Original.CatalogObject, new Dictionary<string, string> { ["PieceInfo"] = $"{stream} 0 R" });
        var updated = update.ToArray();

        var reread = new PdfIncrementalUpdate(updated);
        Assert.Equal(content, reread.Original.ReadStream(stream));
        Assert.Equal($"{stream} 0 R", reread.TryReadDictionary(1)!["PieceInfo"]);
        Assert.Contains("/Size 9", Encoding.Latin1.GetString(updated[^120..]));
        using var document = PdfDocument.Open(updated);
        Assert.Equal(3, document.NumberOfPages);
    }

    [Fact]
    public void Nothing_to_add_leaves_the_file_unchanged()
    {
        var original = HandWrittenPdf();
        Assert.Same(original, new PdfIncrementalUpdate(original).ToArray());
    }

    [Fact]
    public void Rejects_keys_that_are_not_plain_names()
    {
        var update = new PdfIncrementalUpdate(HandWrittenPdf());
        Assert.Throws<ArgumentException>(() => update.AddKeys(1, new Dictionary<string, string> { ["Bad Key"] = "1" }));
    }

    [Theory]
    [InlineData("en-GB", "(en-GB)")]
    [InlineData("a(b)\\c", "(a\\(b\\)\\\\c)")]
    [InlineData("ü", "<FEFF00FC>")]
    public void Text_strings_are_escaped(string text, string expected) => Assert.Equal(expected, PdfSyntax.TextString(text));
}
