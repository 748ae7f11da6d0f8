using Pamphlet.Pages;
using Pamphlet.Rendering.Imposition;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Imposition;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class ImpositionRendererTests
{
    private static readonly string[] Words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"];

    /// <summary>One word per page, so every page's text can be found on the sheets.</summary>
    private static PagedDocument Document(int pages, string language = "en-GB") =>
        TextDocument(Words.Take(pages).Select(w => new[] { w }).ToArray()) is var document
            ? document with { Info = document.Info with { Language = language } }
            : throw new InvalidOperationException();

    private static byte[] Impose(PagedDocument document, ImpositionKind kind, double creep = 0) =>
        Impose(document, new ImpositionSettings(kind) { Creep = creep });

    private static byte[] Impose(PagedDocument document, ImpositionSettings settings)
    {
        using var output = new MemoryStream();
        new ImpositionRenderer().Render(document, Imposer.Plan(document, settings).Sides, output);
        return output.ToArray();
    }

    /// <summary>Each PDF page's words, left to right, with the side of the fold each is on.</summary>
    private static List<string> SideText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page =>
        {
            var fold = page.Width / 2;
            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.BoundingBox.Left).ToList();
            Assert.All(words, w => Assert.True(w.BoundingBox.Right <= fold || w.BoundingBox.Left >= fold, $"'{w.Text}' crosses the fold"));
            return string.Join("|", words.Select(w => w.Text));
        }).ToList();
    }

    [Fact]
    public void Eight_pages_become_two_A4_landscape_sheets_printed_both_sides_in_booklet_order()
    {
        var pdf = Impose(Document(8), ImpositionKind.Saddle);
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(4, document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                Assert.Equal(841.89, page.MediaBox.Bounds.Width, 0.1);
                Assert.Equal(595.28, page.MediaBox.Bounds.Height, 0.1);
                // A sheet is its own trim and bleed: every PDF we write states its boxes.
                Assert.Equal(Bleed.PdfPageBoxes.Media(page), Bleed.PdfPageBoxes.Trim(page));
                Assert.Equal(Bleed.PdfPageBoxes.Media(page), Bleed.PdfPageBoxes.Bleed(page));
            }
        }

        Assert.Equal(["Hotel|Alpha", "Bravo|Golf", "Foxtrot|Charlie", "Delta|Echo"], SideText(pdf));
    }

    [Fact]
    public void Right_to_left_statements_bind_on_the_right()
    {
        Assert.Equal(["Alpha|Hotel", "Golf|Bravo", "Charlie|Foxtrot", "Echo|Delta"], SideText(Impose(Document(8, "ar"), ImpositionKind.Saddle)));
    }

    [Fact]
    public void Nine_pages_keep_every_page_in_reading_order_with_the_blanks_at_the_end()
    {
        var sides = SideText(Impose(Document(9), ImpositionKind.Saddle));
        Assert.Equal(6, sides.Count);
        // Sheet 1 front: a blank back, page 1 on the front; page 9 follows page 8 on the inside sheet.
        Assert.Equal(["Alpha", "Bravo", "Charlie", "Delta|India", "Hotel|Echo", "Foxtrot|Golf"], sides);
    }

    [Fact]
    public void A_back_cover_stays_outside_with_the_blanks_before_it()
    {
        var sides = SideText(Impose(Document(9), new ImpositionSettings(ImpositionKind.Saddle) { BackCover = true }));
        Assert.Equal("India|Alpha", sides[0]);
        Assert.Equal(Words.Order(), sides.SelectMany(s => s.Split('|')).Where(w => w.Length > 0).Order());
    }

    [Fact]
    public void Two_up_prints_every_page_twice()
    {
        Assert.Equal(["Alpha|Alpha", "Bravo|Bravo", "Charlie|Charlie"], SideText(Impose(Document(3), ImpositionKind.TwoUp)));
    }

    [Fact]
    public void Creep_moves_text_towards_the_fold()
    {
        static double LeftOf(byte[] pdf, string word)
        {
            using var document = PdfDocument.Open(pdf);
            return document.GetPages().SelectMany(p => p.GetWords()).First(w => w.Text == word).BoundingBox.Left;
        }

        var creep = 2.0;
        var plain = Impose(Document(8), ImpositionKind.Saddle);
        var crept = Impose(Document(8), ImpositionKind.Saddle, creep);
        // Charlie is page 3, right of the fold on the second sheet (one in from the outside).
        Assert.Equal(LeftOf(plain, "Charlie") - creep, LeftOf(crept, "Charlie"), 0.05);
        Assert.Equal(LeftOf(plain, "Alpha"), LeftOf(crept, "Alpha"), 0.05);
    }

    [Fact]
    public void Imposed_pdf_embeds_subset_fonts_and_the_language_and_is_byte_identical_on_rebuild()
    {
        var first = Impose(Document(8), ImpositionKind.Saddle);
        var second = Impose(Document(8), ImpositionKind.Saddle);
        Assert.Equal(first, second);
        var text = System.Text.Encoding.Latin1.GetString(first);
        Assert.Contains("/Lang (en-GB)", text);
        Assert.Contains("/FontFile2", text);
        Assert.True(first.Length < 200_000, $"imposed PDF is {first.Length} bytes: fonts should be subset");
    }

    [Fact]
    public void Pages_that_are_not_half_a_sheet_are_refused()
    {
        var poster = new PagedDocument(Info(), [new Page(1, new Size(841.89, 1190.55), [])]);
        Assert.Throws<ArgumentException>(() => Imposer.Plan(poster, new ImpositionSettings(ImpositionKind.Saddle)));
    }
}
