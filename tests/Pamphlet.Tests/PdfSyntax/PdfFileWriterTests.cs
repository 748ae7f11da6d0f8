using System.Text;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Tests.PdfSyntax;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class PdfFileWriterTests
{
    private static byte[] Write(string title)
    {
        using var output = new MemoryStream();
        var file = new PdfFileWriter(output);
        var pages = file.Reserve();
        var catalog = file.Write(new PdfDict().SetName("Type", "Catalog").Set("Pages", pages));
        file.Write(pages, new PdfDict().SetName("Type", "Pages").Set("Kids", "[]").Set("Count", 0));
        var info = file.Write(new PdfDict().Set("Title", PdfValue.Text(title)));
        file.Finish(catalog, info);
        return output.ToArray();
    }

    [Fact]
    public void The_cross_reference_stream_points_at_every_object()
    {
        var pdf = Write("x");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal("x", document.Information.Title);
        var text = Encoding.Latin1.GetString(pdf);
        var start = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
        Assert.StartsWith("4 0 obj\n<</Type /XRef /Size 5 /W [1 4 2]", text[start..]);
        foreach (var number in new[] { 1, 2, 3 })
        {
            Assert.Matches($"\n{number} 0 obj\n", text);
        }
    }

    [Fact]
    public void The_id_is_a_hash_of_the_content()
    {
        string Id(byte[] pdf)
        {
            var text = Encoding.Latin1.GetString(pdf);
            var at = text.LastIndexOf("/ID [<", StringComparison.Ordinal);
            return text[(at + 5)..text.IndexOf(']', at)];
        }

        Assert.Equal(Id(Write("same")), Id(Write("same")));
        Assert.NotEqual(Id(Write("same")), Id(Write("other")));
        var parts = Id(Write("same")).Split(' ');
        Assert.Equal(parts[0], parts[1]);
        Assert.Equal(2 + 32, parts[0].Length);
    }

    [Fact]
    public void A_reserved_object_must_be_written()
    {
        var file = new PdfFileWriter(Stream.Null);
        file.Reserve();
        var catalog = file.Write(new PdfDict().SetName("Type", "Catalog"));
        Assert.Throws<InvalidOperationException>(() => file.Finish(catalog, null));
    }
}
