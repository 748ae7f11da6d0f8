using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>Page boxes a print shop cuts by.</summary>
internal static class PageBoxRules
{
    /// <summary>
    /// No TrimBox and no ArtBox: the shop cannot tell the finished size from the sheet. A warning in
    /// every ink, an error in <c>cmyk</c> (PDF/X requires a TrimBox).
    /// </summary>
    public static IEnumerable<Finding> NoTrimBox(PageFacts page, InkChoice ink)
    {
        if (ink.Kind == InkKind.Cmyk && page.Boxes.Trim is null)
        {
            yield return new Finding(Severity.Error, page.Number, "no-trim-box",
                "has no TrimBox: PDF/X requires one to say where the page is cut. Export as PDF/X (pamphlet build --ink cmyk does)");
        }
        else if (page.Boxes.Trim is null && page.Boxes.Art is null)
        {
            yield return new Finding(Severity.Warning, page.Number, "no-trim-box",
                $"has no TrimBox (nor ArtBox): the shop cannot tell the finished size from the {Wording.Size(page.Boxes.Media.Width, page.Boxes.Media.Height)} sheet. Export the PDF with a trim box (PDF/X exports have one)");
        }
    }

    /// <summary>Boxes that do not nest (error, every ink): a bleed box outside the media, a trim box outside the bleed.</summary>
    public static IEnumerable<Finding> Nesting(PageFacts page, InkChoice ink)
    {
        var boxes = page.Boxes;
        if (boxes.Bleed is { } bleed && !boxes.Media.Contains(bleed))
        {
            yield return new Finding(Severity.Error, page.Number, "page-boxes",
                $"the BleedBox ({Describe(bleed)}) reaches outside the MediaBox ({Describe(boxes.Media)}): the bleed the shop counts on is not in the file. Export the PDF with its bleed inside the page");
        }

        if (boxes.Trim is { } trim && !boxes.EffectiveBleed.Contains(trim))
        {
            yield return new Finding(Severity.Error, page.Number, "page-boxes",
                $"the TrimBox ({Describe(trim)}) reaches outside the page's {(boxes.Bleed is null ? "media" : "bleed")} ({Describe(boxes.EffectiveBleed)}): the finished page would be cut from paper with nothing printed on it. Export the PDF again with the right page size");
        }
    }

    private static string Describe(PdfBox box) =>
        $"{Wording.Size(box.Width, box.Height)} at {Wording.Mm1(box.Left)}, {Wording.Mm1(box.Bottom)} mm";
}
