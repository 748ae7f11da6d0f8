using Pamphlet.Engine;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>An Arabic edition read back from the PDF: words come back in visual order, left to right.</summary>
public sealed class RightToLeftPdfTests
{
    [Fact]
    public void Arabic_with_a_latin_name_reads_back_in_visual_order()
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-rtl-");
        try
        {
            var statement = Path.Combine(folder.FullName, "ar.md");
            File.WriteAllText(statement, "---\ntitle: عنوان\nlang: ar\n---\n\nانضموا إلى نقابة UAW Local 4811 في الاجتماع.\n");
            using var engine = new PamphletEngine();
            var file = engine.Build(new BuildRequest(statement, ["a5-pamphlet"], folder.FullName) { NoBleed = true }).Single();

            using var pdf = PdfDocument.Open(file.Path);
            var words = pdf.GetPage(2).GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.BoundingBox.Bottom > 100)
                .OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList();
            var latin = words.Where(w => w.All(c => c < 0x0590)).ToList();
            Assert.Equal(["UAW", "Local", "4811"], latin);
            // The sentence starts at the right: its first word is the rightmost on the line. PdfPig gives
            // right-to-left words in visual order, letters included (extractors that honour /ActualText,
            // like pdftotext, give the logical "انضموا").
            Assert.Equal(string.Concat("انضموا".Reverse()), words[^1]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
