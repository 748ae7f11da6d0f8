using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>Fonts not embedded (error, every ink): the printer substitutes its own, with other shapes and widths.</summary>
internal static class FontEmbedding
{
    public static IEnumerable<Finding> Check(PageFacts page, InkChoice ink)
    {
        // Invisible text (an OCR layer) prints nothing, so its font need not be in the file.
        var missing = page.Fonts.Where(f => !f.Embedded && f.Glyphs > 0).Select(f => $"{f.Name} ({f.Type})").ToList();
        if (missing.Count == 0) yield break;
        yield return new Finding(Severity.Error, page.Number, "font-not-embedded",
            $"{(missing.Count == 1 ? "font" : "fonts")} {Wording.List(missing)} {(missing.Count == 1 ? "is" : "are")} not embedded: " +
            "the printer substitutes its own, with other shapes and widths, and lines may overflow. Export the PDF with all fonts embedded");
    }
}
