using Pamphlet.Engine;
using Pamphlet.Tests.Bleed;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Pamphlet.Tests.Cli;

/// <summary>
/// A word or URL wider than the measure is not an error: it is broken where it must be, the build
/// succeeds, a warning names the file and line, and no line sticks out of the text block.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class LongWordTests
{
    /// <summary>Its last part, a 72-character file name with no punctuation to break at, is wider than a line: it must be cut.</summary>
    private const string LongUrl = "https://alderbrook.example/campaign/documents/2026/committee-papers/item-7-disposal-of-land-at-alder-brook-park/" +
        "a8f3c9e1b7d24f6a9c0e5b3d7f1a2c4e6b8d0f9a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d.pdf";
    private static readonly string LongNumber = string.Concat(Enumerable.Repeat("0123456789", 9));

    /// <summary>Advance widths and rounding in a PDF reader differ from the composer's by far less than this.</summary>
    private const double Tolerance = 0.5;

    [Fact]
    public void Too_long_words_are_warnings_with_file_and_line_and_stay_inside_the_measure()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("papers.md",
            "---\ntitle: Read the Papers\n---\n\n" +          // lines 1–4
            $"The valuation is at {LongUrl} for all to read.\n\n" + // line 5
            $"Its reference number is {LongNumber} in the register.\n"); // line 7

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{statement}:5", result.Error);
        Assert.Contains($"{statement}:7", result.Error);
        Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(": warning: ", line));
        Assert.Contains("too long to fit a line", result.Error);

        var pdfPath = Path.Combine(folder.Out, "papers.a5-pamphlet.pdf");
        AssertEveryLineFitsTheMeasure(pdfPath);
        var text = TextWithoutSpaces(pdfPath);
        Assert.Contains(LongUrl, text);
        Assert.Contains(LongNumber, text);
    }

    [Fact]
    public void Long_link_url_printed_after_its_text_stays_inside_the_measure()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("papers.md", $"---\ntitle: Read the Papers\n---\n\nRead [the valuation]({LongUrl}) before the meeting.\n");

        var result = CliRunner.Build(folder, statement);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertEveryLineFitsTheMeasure(Path.Combine(folder.Out, "papers.a5-pamphlet.pdf"));
    }

    private static string TextWithoutSpaces(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        return PdfText.WithoutSpaces(pdf);
    }

    /// <summary>
    /// Every glyph inside the text block's height lies between its margins (inside margin on the left
    /// of odd pages, as on a right-hand page). Running footers and folios sit below the block and are skipped.
    /// </summary>
    private static void AssertEveryLineFitsTheMeasure(string pdfPath)
    {
        var setup = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet").Page;
        using var pdf = PdfDocument.Open(pdfPath);
        foreach (var page in pdf.GetPages())
        {
            // Letters come in media coordinates; the layout's margins are measured from the trim.
            var trim = PdfPageBoxes.Trim(page);
            var rightHand = page.Number % 2 == 1;
            var left = trim.Left + (rightHand ? setup.Margins.Inside : setup.Margins.Outside);
            var right = trim.Left + setup.Width - (rightHand ? setup.Margins.Outside : setup.Margins.Inside);
            var inBlock = page.Letters
                .Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Where(l => l.StartBaseLine.Y > trim.Bottom + setup.Margins.Bottom && l.StartBaseLine.Y < trim.Bottom + setup.Height - setup.Margins.Top);
            foreach (var letter in inBlock)
            {
                Assert.True(letter.StartBaseLine.X >= left - Tolerance && letter.EndBaseLine.X <= right + Tolerance,
                    $"page {page.Number}: '{letter.Value}' at x {letter.StartBaseLine.X:0.00}–{letter.EndBaseLine.X:0.00} is outside the measure {left:0.00}–{right:0.00}: {LineOf(page, letter)}");
            }
        }
    }

    private static string LineOf(Page page, Letter letter) =>
        string.Concat(page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - letter.StartBaseLine.Y) < 0.5).Select(l => l.Value));
}
