using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Writes imposed sheets as a PDF, drawing each document page into its place with the same
/// <see cref="PageDrawer"/> as the page-by-page PDF: subset fonts with extractable text, metadata,
/// /Lang, and identical bytes for identical input.
/// </summary>
public sealed class ImpositionRenderer
{
    public void Render(PagedDocument document, IReadOnlyList<ImposedSide> sides, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sides);
        ArgumentNullException.ThrowIfNull(output);
        var printed = document.Pages.Select(ForPrint).ToList();
        var usage = GlyphUsage.Collect(printed.Concat(sides.Select(MarksPage)));
        var (skiaPdf, fontFiles) = RenderWithSkia(document.Info, printed, sides, usage);
        var update = new PdfIncrementalUpdate(skiaPdf);
        ToUnicodeUpdate.Apply(update, fontFiles, usage);
        // A sheet is trimmed nowhere: its TrimBox and BleedBox are the sheet itself, stated so preflight finds them.
        PdfRenderer.WriteBoxes(update, sides.Select(side => PageBoxes.For(new Page(0, side.SheetSize, []), marks: false, PdfRenderer.PixelSize)).ToList());
        update.AddKeys(update.Original.CatalogObject, new Dictionary<string, string> { ["Lang"] = PdfSyntax.TextString(document.Info.Language) });
        output.Write(update.ToArray());
    }

    /// <summary>
    /// A printed sheet cannot be clicked, and a link moved by creep or cut by the fold would point
    /// at the wrong place in a viewer, so links are left out.
    /// </summary>
    private static Page ForPrint(Page page) => page with { Items = page.Items.Where(i => i is not LinkItem).ToList() };

    private static Page MarksPage(ImposedSide side) => new(0, side.SheetSize, side.Marks);

    private static (byte[] Pdf, IReadOnlyDictionary<FontFace, byte[]> FontFiles) RenderWithSkia(
        DocumentInfo info, IReadOnlyList<Page> pages, IReadOnlyList<ImposedSide> sides, GlyphUsage usage)
    {
        using var buffer = new MemoryStream();
        Dictionary<FontFace, byte[]> fontFiles;
        using (var typefaces = TypefaceCache.Subsets(usage))
        using (var images = new ImageCache())
        using (var pdf = SKDocument.CreatePdf(buffer, PdfRenderer.Metadata(info))
            ?? throw new InvalidOperationException("Skia could not create a PDF document."))
        {
            var drawer = new PageDrawer(typefaces, images);
            foreach (var side in sides)
            {
                var canvas = pdf.BeginPage((float)side.SheetSize.Width, (float)side.SheetSize.Height);
                foreach (var placement in side.Pages) DrawPlaced(canvas, drawer, pages[placement.PageIndex], placement);
                drawer.Draw(canvas, MarksPage(side));
                pdf.EndPage();
            }

            pdf.Close();
            fontFiles = new Dictionary<FontFace, byte[]>(typefaces.FontFiles);
        }

        return (buffer.ToArray(), fontFiles);
    }

    private static void DrawPlaced(SKCanvas canvas, PageDrawer drawer, Page page, PagePlacement placement)
    {
        canvas.Save();
        var clip = placement.Clip;
        canvas.ClipRect(SKRect.Create((float)clip.X, (float)clip.Y, (float)clip.Width, (float)clip.Height), SKClipOperation.Intersect, antialias: true);
        canvas.Translate((float)placement.Origin.X, (float)placement.Origin.Y);
        if (placement.Scale != 1) canvas.Scale((float)placement.Scale);
        drawer.Draw(canvas, page);
        canvas.Restore();
    }
}
