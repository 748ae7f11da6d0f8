using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Writes a <see cref="PagedDocument"/> as a PDF: subset TrueType fonts with extractable text, JPEGs
/// passed through unchanged, document metadata and /Lang, and TrimBox/BleedBox on every page (the
/// media holds each page's bleed, plus crop marks when asked). Identical input gives identical bytes.
/// </summary>
public sealed class PdfRenderer
{
    /// <summary>Adds crop marks outside the bleed, on media grown to hold them.</summary>
    public bool Marks { get; init; }

    // Skia rounds page sizes to whole pixels at RasterDpi. At 254 dpi one pixel is 0.1 mm, so every
    // whole-millimetre size (A5, A5 plus 3 mm bleed) is exact; at 72 dpi A5 would become 420 × 595.
    internal const float RasterDpi = 254;

    internal const string Producer = "Pamphlet (SkiaSharp PDF)";

    public void Render(PagedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // Slugs are printed only with the marks; otherwise their glyphs must not enter the font subsets.
        var usage = GlyphUsage.Collect(document.Pages, includeSlugs: Marks);
        var boxes = document.Pages.Select(page => PageBoxes.For(page, Marks, PixelSize)).ToList();
        var (skiaPdf, fontFiles) = RenderWithSkia(document, usage, boxes);
        var update = new PdfIncrementalUpdate(skiaPdf);
        ToUnicodeUpdate.Apply(update, fontFiles, usage);
        WriteBoxes(update, boxes);
        // Skia writes no /Lang; screen readers and hyphenating viewers need the document language.
        update.AddKeys(update.Original.CatalogObject, new Dictionary<string, string> { ["Lang"] = PdfSyntax.TextString(document.Info.Language) });
        output.Write(update.ToArray());
    }

    /// <summary>One pixel at <see cref="RasterDpi"/>, in points: the grid Skia rounds page sizes to.</summary>
    internal const double PixelSize = 72.0 / RasterDpi;

    /// <summary>
    /// Skia writes only a MediaBox. Preflight and imposition software find the finished page by its
    /// TrimBox and the artwork's extent by its BleedBox; the MediaBox is rewritten from the same
    /// numbers so the three agree to the last digit.
    /// </summary>
    internal static void WriteBoxes(PdfIncrementalUpdate update, IReadOnlyList<PageBoxes> boxes)
    {
        var pageObjects = update.Original.PageObjects();
        if (pageObjects.Count != boxes.Count)
        {
            throw new InvalidOperationException($"Skia wrote {pageObjects.Count} pages for {boxes.Count} composed pages.");
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            update.AddKeys(pageObjects[i], new Dictionary<string, string>
            {
                ["MediaBox"] = boxes[i].MediaBox,
                ["BleedBox"] = boxes[i].BleedBox,
                ["TrimBox"] = boxes[i].TrimBox,
            });
        }
    }

    private (byte[] Pdf, IReadOnlyDictionary<FontFace, byte[]> FontFiles) RenderWithSkia(PagedDocument document, GlyphUsage usage, IReadOnlyList<PageBoxes> boxes)
    {
        using var buffer = new MemoryStream();
        Dictionary<FontFace, byte[]> fontFiles;
        using (var typefaces = TypefaceCache.Subsets(usage))
        using (var images = new ImageCache())
        using (var pdf = SKDocument.CreatePdf(buffer, Metadata(document.Info))
            ?? throw new InvalidOperationException("Skia could not create a PDF document."))
        {
            var drawer = new PageDrawer(typefaces, images);
            for (var i = 0; i < document.Pages.Count; i++)
            {
                var (page, box) = (document.Pages[i], boxes[i]);
                var canvas = pdf.BeginPage((float)box.Media.Width, (float)box.Media.Height);
                canvas.Translate((float)box.TrimOrigin, (float)box.TrimOrigin);
                // Artwork stops at the bleed edge: whatever runs further would print over the marks.
                canvas.Save();
                canvas.ClipRect(SKRect.Create((float)-box.Bleed, (float)-box.Bleed,
                    (float)(box.Trim.Width + 2 * box.Bleed), (float)(box.Trim.Height + 2 * box.Bleed)));
                drawer.Draw(canvas, page);
                canvas.Restore();
                if (Marks) drawer.Draw(canvas, page with { Items = MarkItems(page, box) });
                pdf.EndPage();
            }

            pdf.Close();
            fontFiles = new Dictionary<FontFace, byte[]>(typefaces.FontFiles);
        }

        return (buffer.ToArray(), fontFiles);
    }

    private static List<PageItem> MarkItems(Page page, PageBoxes box)
    {
        var items = new List<PageItem>(PrinterMarks.CropMarks(box.Trim, box.Bleed));
        if (page.Slug is { } slug)
        {
            var origin = PrinterMarks.SlugOrigin(box.Trim, box.Bleed);
            items.Add(slug.Offset(origin.X - slug.Origin.X, origin.Y - slug.Origin.Y));
        }

        return items;
    }

    /// <summary>The document metadata and output settings every PDF we write shares (pages and imposed sheets).</summary>
    internal static SKDocumentPdfMetadata Metadata(DocumentInfo info)
    {
        // A missing date stays missing rather than becoming "now": rebuilds must be byte-identical.
        var date = info.Date?.UtcDateTime;
        return SKDocumentPdfMetadata.Default with
        {
            Title = info.Title,
            Author = info.Author ?? string.Empty,
            Subject = info.Subject ?? string.Empty,
            Creator = info.Creator,
            Producer = Producer,
            Creation = date,
            Modified = date,
            RasterDpi = RasterDpi,
            // PDF/A would add a time-based UUID and break reproducible output.
            PdfA = false,
        };
    }
}
