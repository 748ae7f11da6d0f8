using System.Text.RegularExpressions;
using Pamphlet.Pages;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Pdf;

/// <summary>
/// A hyphen that line breaking inserted is marked so extractors join the word again; the statement's
/// own hyphen at a line end stays a hyphen.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class LineEndHyphenTests
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>
    /// "Some hyphen-" (inserted hyphen) / "ation and a well-" (the statement's own hyphen) / "known word.",
    /// one run per word as composition hands them over.
    /// </summary>
    private static byte[] BrokenWords() => RenderPdf(new PagedDocument(Info(),
    [
        new Page(1, A5,
        [
            .. Line(80, "Some", "hyphen-"),
            .. Line(95, "ation", "and", "a", "well-"),
            .. Line(110, "known", "word."),
        ]),
    ]));

    /// <summary>Words as separate runs on one baseline, a space's width apart; a final "hyphen-" is an inserted hyphen.</summary>
    private static List<PageItem> Line(double y, params string[] words)
    {
        var runs = new List<PageItem>();
        var x = 40.0;
        foreach (var word in words)
        {
            var run = Shape(word, NotoSerif, 11, x, y);
            runs.Add(word == "hyphen-" ? run with { HyphenInserted = true } : run);
            x += run.Width + 11 * 0.25;
        }

        return runs;
    }

    private static string PdfPigText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1).Text;
    }

    [Fact]
    public void An_inserted_hyphen_reads_as_a_soft_hyphen_that_joins_the_word()
    {
        var text = PdfPigText(BrokenWords());

        Assert.Contains("hyphen" + SoftHyphen + "ation", text);
        Assert.Contains("Some hyphenation and", text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_broken_word_carries_its_whole_text_as_ActualText()
    {
        using var document = PdfDocument.Open(BrokenWords());
        var content = document.RawContent(document.GetPage(1));

        Assert.Contains("/ActualText", content);
        Assert.Single(Regex.Matches(content, @"/Span\s*<<\s*/ActualText\s*\(hyphenation\)"));
        Assert.Single(Regex.Matches(content, @"/Span\s*<<\s*/ActualText\s*\(\)"));
    }

    [Fact]
    public void The_statements_own_hyphen_at_a_line_end_stays_a_hyphen()
    {
        var text = PdfPigText(BrokenWords()).Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal);

        Assert.Matches("well[\u2010-] ?known", text);
        Assert.DoesNotContain("wellknown", text);
    }

    [ToolFact("pdftotext")]
    public void Poppler_joins_the_inserted_hyphen_and_keeps_the_real_one()
    {
        var text = ExternalTools.PdfToText(BrokenWords());

        // poppler keeps the printed lines: the joined word on the first (then the invisible soft hyphen,
        // which marks the line as hyphenated), the real hyphen ending the second.
        Assert.Contains("Some hyphenation" + SoftHyphen, text);
        Assert.Contains("Some hyphenation and a", ExternalTools.Collapsed(text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal)));
        Assert.Matches("well[\u2010-]\\s*known word", text);
    }

    [ToolFact("mutool")]
    public void MuPDF_reads_the_inserted_hyphen_as_a_soft_one_and_keeps_the_real_one()
    {
        var text = ExternalTools.MutoolText(BrokenWords());

        Assert.Contains("hyphenation", text.Replace(SoftHyphen + "\n", "", StringComparison.Ordinal).Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal));
        Assert.Matches("well[\u2010-]\\s*known", text);
    }
}
