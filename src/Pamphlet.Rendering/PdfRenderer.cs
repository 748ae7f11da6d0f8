using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Writes a <see cref="PagedDocument"/> as a PDF: subset TrueType fonts with extractable text, JPEGs
/// passed through unchanged, document metadata and /Lang. Identical input gives identical bytes.
/// </summary>
public sealed class PdfRenderer
{
    // Skia rounds page sizes to whole pixels at RasterDpi. At 254 dpi one pixel is 0.1 mm, so every
    // whole-millimetre size (A5, A5 plus 3 mm bleed) is exact; at 72 dpi A5 would become 420 × 595.
    private const float RasterDpi = 254;

    private const string Producer = "Pamphlet (SkiaSharp PDF)";

    public void Render(PagedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var usage = GlyphUsage.Collect(document.Pages);
        var (skiaPdf, fontFiles) = RenderWithSkia(document, usage);
        var update = new PdfIncrementalUpdate(skiaPdf);
        ToUnicodeUpdate.Apply(update, fontFiles, usage);
        // Skia writes no /Lang; screen readers and hyphenating viewers need the document language.
        update.AddKeys(update.Original.CatalogObject, new Dictionary<string, string> { ["Lang"] = PdfSyntax.TextString(document.Info.Language) });
        output.Write(update.ToArray());
    }

    private static (byte[] Pdf, IReadOnlyDictionary<FontFace, byte[]> FontFiles) RenderWithSkia(PagedDocument document, GlyphUsage usage)
    {
        using var buffer = new MemoryStream();
        Dictionary<FontFace, byte[]> fontFiles;
        using (var typefaces = TypefaceCache.Subsets(usage))
        using (var images = new ImageCache())
        using (var pdf = SKDocument.CreatePdf(buffer, Metadata(document.Info))
            ?? throw new InvalidOperationException("Skia could not create a PDF document."))
        {
            var drawer = new PageDrawer(typefaces, images);
            foreach (var page in document.Pages)
            {
                var canvas = pdf.BeginPage((float)page.Size.Width, (float)page.Size.Height);
                drawer.Draw(canvas, page);
                pdf.EndPage();
            }

            pdf.Close();
            fontFiles = new Dictionary<FontFace, byte[]>(typefaces.FontFiles);
        }

        return (buffer.ToArray(), fontFiles);
    }

    private static SKDocumentPdfMetadata Metadata(DocumentInfo info)
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
