using Pamphlet.Pages;
using UglyToad.PdfPig;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Pdf;

/// <summary>Text is written one text object per line, with word spaces as space glyphs and TJ numbers, never one operator per glyph.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class TextObjectTests
{
    [Fact]
    public void Each_line_is_one_text_object()
    {
        var pdf = RenderPdf(TextDocument(["First line of words here.", "Second line follows it.", "A third and last line."]));
        using var document = PdfDocument.Open(pdf);
        var operators = document.GetPage(1).Operators();

        Assert.Equal(3, operators.Count(o => o == "BT"));
        Assert.Equal(3, operators.Count(o => o == "ET"));
        Assert.Equal(3, operators.Count(o => o == "TJ"));
        Assert.DoesNotContain(operators, o => o is "Tj" or "Td" or "TD" or "'" or "\"");
    }

    [Fact]
    public void Words_shaped_as_separate_runs_get_a_space_glyph_and_a_number_in_one_TJ()
    {
        // Composition hands justified lines over as one run per word: the writer adds the spaces.
        var words = new[] { ("Stop", 40.0), ("the", 80.0), ("bypass", 110.0) };
        var line = words.Select(w => (PageItem)Shape(w.Item1, NotoSerif, 11, w.Item2, 80)).ToList();
        using var document = PdfDocument.Open(RenderPdf(new PagedDocument(Info(), [new Page(1, A5, line)])));
        var page = document.GetPage(1);

        Assert.Single(page.Operators(), o => o == "TJ");
        Assert.Single(page.Operators(), o => o == "BT");
        Assert.Equal("Stop the bypass", page.Text.Trim());
        Assert.Equal(["Stop", "the", "bypass"], page.GetWords().Select(w => w.Text));
        // The words land where composition put them: the gaps are TJ adjustments, not moves.
        var starts = page.GetWords().Select(w => w.BoundingBox.Left).ToList();
        for (var i = 0; i < words.Length; i++) Assert.Equal(words[i].Item2, starts[i], 0.5);
        Assert.Matches(@"\[[^\]]*-?\d+(\.\d+)?[^\]]*\]\s*TJ", document.RawContent(page));
    }

    [Fact]
    public void Lines_read_with_spaces_between_them_not_glued()
    {
        var pdf = RenderPdf(TextDocument(["Keep the park", "public forever"]));
        using var document = PdfDocument.Open(pdf);

        Assert.Contains("park public", ExternalTools.Collapsed(document.GetPage(1).Text));
    }
}
