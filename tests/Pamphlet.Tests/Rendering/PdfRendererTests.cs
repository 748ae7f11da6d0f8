using System.Text;
using System.Text.RegularExpressions;
using Pamphlet.Pages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Rendering;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class PdfRendererTests
{
    private static readonly string[][] TwoPages =
    [
        ["The office staff were fluffy and efficient.", "Second line of the first page."],
        ["Page two begins here."],
    ];

    [Fact]
    public void Pages_have_the_exact_A5_size_and_count()
    {
        var pdf = RenderPdf(TextDocument(TwoPages));
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            Assert.Equal(419.53, page.MediaBox.Bounds.Width, 0.1);
            Assert.Equal(595.28, page.MediaBox.Bounds.Height, 0.1);
        }
    }

    [Fact]
    public void Text_extracts_in_order_with_ligatures_as_their_letters()
    {
        var run = Shape("The office staff were fluffy", NotoSerif, 11, 40, 80);
        // Meaningful only if HarfBuzz really formed ligatures: fewer glyphs than characters.
        Assert.True(run.Glyphs.Count < run.Text.Length, "expected ffi, ff and fl ligatures from Noto Serif");
        var doc = new PagedDocument(Info(), [new Page(1, A5, [run])]);

        using var document = PdfDocument.Open(RenderPdf(doc));
        var page = document.GetPage(1);
        // Every extractor reads ToUnicode: each ligature glyph maps to the letters it stands for.
        var words = page.GetWords().Select(w => w.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        Assert.Equal(["The", "office", "staff", "were", "fluffy"], words);
        var letters = page.Letters.Select(l => l.Value).ToList();
        Assert.Contains("ffi", letters);
        Assert.Contains("ff", letters);
        Assert.Contains("fl", letters);

        // A line in one font and colour is one text object holding one TJ array.
        var operators = page.Operations.Select(o => o.Operator).ToList();
        Assert.Equal(1, operators.Count(o => o == "BT"));
        Assert.Equal(1, operators.Count(o => o == "TJ"));
        Assert.DoesNotContain("Tj", operators);
    }

    [Fact]
    public void Fonts_are_embedded_as_small_subsets()
    {
        var pdf = RenderPdf(TextDocument(TwoPages));
        var ttfSize = new FileInfo(NotoSerif.Path).Length;
        using var document = PdfDocument.Open(pdf);

        var fontFiles = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/FontFile2 (\d+) (\d+) R")
            .Select(m => new IndirectReference(long.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).Distinct().ToList();
        var fontFile = Assert.Single(fontFiles);
        var stream = Assert.IsType<StreamToken>(document.Structure.GetObject(fontFile).Data);
        var embedded = stream.Decode(DefaultFilterProvider.Instance).Length;
        Assert.True(embedded < ttfSize / 10, $"embedded font is {embedded} bytes, the TTF {ttfSize}");
        Assert.True(pdf.Length < ttfSize / 10, $"PDF is {pdf.Length} bytes, the TTF {ttfSize}");

        var fontName = document.GetPage(1).Letters.First(l => !string.IsNullOrWhiteSpace(l.Value)).FontName;
        Assert.Matches("^[A-Z]{6}\\+NotoSerif", fontName);
    }

    [Fact]
    public void Catalog_gets_Lang_and_the_file_is_one_revision_with_an_id_from_its_content()
    {
        var pdf = RenderPdf(TextDocument(TwoPages));
        using var document = PdfDocument.Open(pdf);
        var lang = document.Structure.Catalog.CatalogDictionary.Data["Lang"];
        Assert.Equal("en-GB", Assert.IsType<StringToken>(lang).Data);

        // One revision: one end-of-file marker, one cross-reference stream (it carries the trailer's keys), no /Prev.
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Single(Regex.Matches(text, "%%EOF"));
        Assert.Single(Regex.Matches(text, "/Type /XRef"));
        Assert.DoesNotContain("/Prev ", text);

        var id = TrailerId(pdf);
        Assert.Equal(16, id.First.Length / 2);
        Assert.Equal(id.First, id.Second);
        Assert.Equal(id, TrailerId(RenderPdf(TextDocument(TwoPages))));
        Assert.NotEqual(id, TrailerId(RenderPdf(TextDocument([["Other words entirely."], ["Page two begins here."]]))));
    }

    /// <summary>The trailer's /ID (in the cross-reference stream's dictionary): its two byte strings as hexadecimal.</summary>
    private static (string First, string Second) TrailerId(byte[] pdf)
    {
        var trailer = Encoding.Latin1.GetString(pdf)[Encoding.Latin1.GetString(pdf).LastIndexOf("/Type /XRef", StringComparison.Ordinal)..];
        var match = Regex.Match(trailer, @"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]");
        Assert.True(match.Success, $"the trailer should carry /ID [<…> <…>]: {trailer}");
        return (match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value.ToUpperInvariant());
    }

    [Fact]
    public void Metadata_carries_title_author_subject_creator_and_date()
    {
        using var document = PdfDocument.Open(RenderPdf(TextDocument(TwoPages)));
        var info = document.Information;
        Assert.Equal("Stop the Bypass", info.Title);
        Assert.Equal("Residents' Assembly", info.Author);
        Assert.Equal("Statement on the bypass plan", info.Subject);
        Assert.Equal("pamphlet 0.1.0", info.Creator);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero), info.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Absent_author_and_subject_are_left_out()
    {
        var doc = TextDocument(TwoPages) with { Info = Info() with { Author = null, Subject = null } };
        using var document = PdfDocument.Open(RenderPdf(doc));
        Assert.Null(document.Information.Author);
        Assert.Null(document.Information.Subject);
    }

    [Fact]
    public void Identical_documents_give_identical_bytes()
    {
        var first = RenderPdf(TextDocument(TwoPages));
        var second = RenderPdf(TextDocument(TwoPages));
        Assert.Equal(first, second);

        var undated = TextDocument(TwoPages) with { Info = Info() with { Date = null } };
        Assert.Equal(RenderPdf(undated), RenderPdf(undated));
    }

    [Fact]
    public void Jpeg_bytes_pass_through_unchanged_even_when_cropped()
    {
        var (path, jpeg) = MakeJpeg();
        try
        {
            var cropped = new ImageItem("image", new Rect(40, 40, 100, 150), path, new Rect(0.25, 0, 0.5, 1));
            var whole = new ImageItem("image", new Rect(40, 300, 128, 96), path, ImageItem.WholeImage);
            var pdf = RenderPdf(new PagedDocument(Info(), [new Page(1, A5, [cropped, whole])]));

            Assert.True(IndexOf(pdf, jpeg) >= 0, "the JPEG's bytes should appear unchanged in the PDF");
            Assert.Single(Regex.Matches(Encoding.Latin1.GetString(pdf), "/DCTDecode"));
            using var document = PdfDocument.Open(pdf);
            Assert.Equal(2, document.GetPage(1).GetImages().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Png_with_alpha_is_embedded_with_a_soft_mask()
    {
        var path = MakePngWithAlpha();
        try
        {
            var pdf = RenderPdf(new PagedDocument(Info(), [new Page(1, A5, [new ImageItem("image", new Rect(10, 10, 50, 50), path, ImageItem.WholeImage)])]));
            Assert.Contains("/SMask", Encoding.Latin1.GetString(pdf));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Links_become_uri_annotations()
    {
        var link = new LinkItem("link", new Rect(40, 100, 120, 14), "https://example.org/petition");
        using var document = PdfDocument.Open(RenderPdf(new PagedDocument(Info(), [new Page(1, A5, [link])])));
        var annotation = Assert.Single(document.GetPage(1).GetAnnotations());
        Assert.Equal(UglyToad.PdfPig.Annotations.AnnotationType.Link, annotation.Type);
        Assert.Contains("https://example.org/petition", annotation.AnnotationDictionary.ToString());
    }

    [Fact]
    public void Missing_image_file_names_the_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-pamphlet-image.jpg");
        var doc = new PagedDocument(Info(), [new Page(1, A5, [new ImageItem("image", new Rect(0, 0, 10, 10), missing, ImageItem.WholeImage)])]);
        var error = Assert.Throws<Pamphlet.Rendering.UnreadableImageException>(() => RenderPdf(doc));
        Assert.Contains("no-such-pamphlet-image.jpg", error.Message);
    }
}
