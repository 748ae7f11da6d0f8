using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine.Print.Inks;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using Pamphlet.Rendering.Imposition;

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
            Pages = WithBleed(inked.Pages, Bleed(layout, request, ink)),
        };
        return request.Marks ? pages with { Pages = WithSlugs(pages, stem, layout.Name) } : pages;
    }

    /// <summary>The renderer for these options: crop marks and slugs only when asked for; a PDF/X-4 press file for CMYK.</summary>
    public static PdfRenderer Renderer(BuildRequest request, InkChoice ink) => new() { Marks = request.Marks, PdfX4 = ink.Kind == InkKind.Cmyk };

    /// <summary>
    /// The bleed every page of <paramref name="layout"/> is printed with: the layout's, on the 0.1 mm
    /// grid, or 0 (plain trimmed pages) with --no-bleed and on a risograph, which cannot print to the edge.
    /// </summary>
    public static double Bleed(LayoutDefinition layout, BuildRequest request, InkChoice ink) =>
        PrintBleed.OnGrid(request.NoBleed || ink.Kind == InkKind.Riso ? 0 : layout.Page.Bleed);

    /// <summary>
    /// The slug line of one side of an imposed sheet (title, imposed file name, side, date), for the
    /// space the imposition left for it.
    /// </summary>
    public GlyphRun SheetSlug(DocumentInfo info, string fileName, SlugSpace space) =>
        slugs.ComposeSheet(info.Title, fileName, space.Side, info.Date, space.Area.Width);

    /// <summary>
    /// Every page carries the layout's bleed, so every page gets its TrimBox and BleedBox; pages whose
    /// artwork stops short of the trim simply leave the band empty. 0 gives plain trimmed pages.
    /// </summary>
    private static List<Page> WithBleed(IReadOnlyList<Page> pages, double bleed) =>
        [.. pages.Select(page => page with { Bleed = bleed })];

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
