using Pamphlet.Composition;
using Pamphlet.Diagnostics;
using Pamphlet.Engine.Print.Inks;
using Pamphlet.Layouts;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;

namespace Pamphlet.Engine.Print;

/// <summary>
/// What the print options make of composed pages, in one place: the inks of the machine (colours
/// mapped, photos in one ink, risograph margins), each page's bleed (the layout's, or none for shops
/// that want trimmed pages and for risographs, which cannot print to the edge), the slug line of
/// every page when printer's marks are asked for, and the PDF renderer for them.
/// </summary>
internal sealed class PrintPreparation(SlugComposer slugs)
{
    /// <summary>The pages as they are printed with <paramref name="ink"/>, dated <paramref name="date"/>.</summary>
    public PagedDocument Prepare(PagedDocument composed, LayoutDefinition layout, BuildRequest request, InkChoice ink, string stem, DateTimeOffset? date, string? risoVariant, Action<Diagnostic>? warned)
    {
        var inked = InkPrinting.Apply(composed, layout, ink, risoVariant, warned);
        var pages = inked with
        {
            Info = inked.Info with { Date = date },
            Pages = WithBleed(inked.Pages, request.NoBleed || ink.Kind == InkKind.Riso ? 0 : layout.Page.Bleed),
        };
        return request.Marks ? pages with { Pages = WithSlugs(pages, stem, layout.Name) } : pages;
    }

    /// <summary>The renderer for these options: crop marks and slugs only when asked for; a PDF/X-4 press file for CMYK.</summary>
    public static PdfRenderer Renderer(BuildRequest request, InkChoice ink) => new() { Marks = request.Marks, PdfX4 = ink.Kind == InkKind.Cmyk };

    /// <summary>
    /// Every page carries the layout's bleed, so every page gets its TrimBox and BleedBox; pages whose
    /// artwork stops short of the trim simply leave the band empty. 0 gives plain trimmed pages.
    /// </summary>
    private static List<Page> WithBleed(IReadOnlyList<Page> pages, double bleed)
    {
        var onGrid = PrintBleed.OnGrid(bleed);
        return [.. pages.Select(page => page with { Bleed = onGrid })];
    }

    /// <summary>Each page's slug line (title, file, layout, date, page n/N), printed with the crop marks.</summary>
    private List<Page> WithSlugs(PagedDocument document, string stem, string layoutName)
    {
        var count = document.Pages.Count;
        return [.. document.Pages.Select((page, i) => page with
        {
            Slug = slugs.Compose(document.Info.Title, stem, layoutName, document.Info.Date, i + 1, count, PrinterMarks.SlugMaxWidth(page.Size)),
        })];
    }
}
