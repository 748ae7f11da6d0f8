using System.Text;
using Pamphlet.Pages;
using Pamphlet.Pdf.Content;
using Pamphlet.Pdf.Document;
using Pamphlet.Pdf.Syntax;
using Pamphlet.Rendering.Pdf;

namespace Pamphlet.Rendering;

/// <summary>
/// Writes a <see cref="PagedDocument"/> as a tagged PDF: subset TrueType fonts with extractable text,
/// one text object per line, colours in their own spaces (black and greys as DeviceGray), JPEGs
/// passed through, a structure tree with bookmarks, page labels and links, TrimBox and BleedBox on
/// every page (the media holds each page's bleed, plus crop marks when asked). Identical input gives
/// identical bytes on any machine.
/// </summary>
public sealed class PdfRenderer
{
    /// <summary>Adds crop marks and slugs outside the bleed, on media grown to hold them.</summary>
    public bool Marks { get; init; }

    /// <summary>Writes a PDF/X-4 press file (output intent, identification); the pages must already be in press colours.</summary>
    public bool PdfX4 { get; init; }

    /// <summary>
    /// Tags colour photos that carry no ICC profile with the bundled sRGB profile (/ICCBased) instead
    /// of /DeviceRGB, as PDF/X requires; grey and CMYK photos and those with their own profile are unchanged.
    /// </summary>
    public bool RequireIccImages { get; init; }

    public void Render(PagedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // Slugs are printed only with the marks; otherwise their glyphs must not enter the font subsets.
        var (pages, writer) = PdfDocumentWriter.For(document.Pages, prepared => GlyphUsage.Collect(prepared, includeSlugs: Marks), output, RequireIccImages, PdfX4);
        var tagging = new DocumentTagging(document.Info.Language);
        var pageRefs = pages.Select(_ => writer.ReservePage()).ToList();
        // Pages composed without structure (hand-made test pages) are written untagged.
        var tagged = pages.Any(p => p.Items.Any(i => i.Structure is not null));
        var annotationKey = pages.Count;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var boxes = PageBoxes.For(page, Marks);
            using var content = new ContentBuilder();
            var resources = new PdfResources();
            var marking = tagged ? new PageMarking(i, boxes.TrimTop) : null;
            var painter = new PagePainter(writer.Resources, resources, content, marking);
            // Page coordinates from here on: (0, 0) at the trim's top-left, y written negated.
            content.Transform(1, 0, 0, 1, boxes.TrimLeft, boxes.TrimTop);
            // Artwork stops at the bleed edge: whatever runs further would print over the marks.
            painter.BeginClip(page.BleedArea with { X = -boxes.Bleed, Y = -boxes.Bleed, Width = page.Size.Width + 2 * boxes.Bleed, Height = page.Size.Height + 2 * boxes.Bleed });
            painter.Paint(page.Items);
            painter.EndClip();
            if (Marks) painter.Paint(MarkItems(page, boxes));
            painter.Finish();
            if (marking is not null) tagging.AddPage(marking);

            var annotations = new List<PdfRef>();
            foreach (var link in LinkAreas.Merge(page.ItemsOf<LinkItem>()))
            {
                int? key = tagged ? annotationKey++ : null;
                var annotation = WriteLink(writer.File, link, boxes, pageRefs[i], key);
                annotations.Add(annotation);
                if (link.Structure is { } element && key is { } structParent) tagging.AddAnnotation(element, i, annotation, structParent);
            }

            writer.WritePage(pageRefs[i], boxes, content, resources, dict =>
            {
                if (tagged) dict.Set("StructParents", i);
                if (annotations.Count > 0) dict.Set("Annots", PdfValue.Array(annotations.Select(a => a.ToString())));
                // Tab order follows the structure (PDF/UA), so keyboard users meet links in reading order.
                dict.SetName("Tabs", "S");
            });
        }

        var structure = tagging.Build();
        var bookmarks = DocumentOutline.Write(writer.File, tagging, pageRefs);
        var labels = PageLabels.Of(pages);
        writer.Finish(document.Info, catalog =>
        {
            if (structure is not null)
            {
                catalog.Set("MarkInfo", "<</Marked true>>");
                catalog.Set("StructTreeRoot", StructureTreeWriter.Write(writer.File, structure, pageRefs, StructureTypes.RoleMap));
            }

            if (bookmarks is { } outlines)
            {
                catalog.Set("Outlines", outlines);
                catalog.SetName("PageMode", "UseOutlines");
            }

            if (labels is not null) catalog.Set("PageLabels", labels);
        });
    }

    /// <summary>A link annotation with a URI action over the link's area (borderless, as printed text shows the link).</summary>
    private static PdfRef WriteLink(PdfFileWriter file, LinkItem link, PageBoxes boxes, PdfRef page, int? structParent)
    {
        var uri = Uri.TryCreate(link.Url, UriKind.Absolute, out var parsed) ? parsed.AbsoluteUri : link.Url;
        var dict = new PdfDict()
            .SetName("Type", "Annot")
            .SetName("Subtype", "Link")
            .Set("Rect", boxes.ToPdf(link.Area))
            .Set("Border", "[0 0 0]")
            .Set("P", page)
            .Set("A", $"<</S /URI /URI {PdfValue.Literal(AsciiUri(uri))}>>")
            .Set("Contents", PdfValue.Text(link.Url));
        if (structParent is { } key) dict.Set("StructParent", key);
        return file.Write(dict);
    }

    /// <summary>URIs are 7-bit ASCII in PDF: characters beyond are percent-encoded as UTF-8.</summary>
    private static string AsciiUri(string uri)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is >= 0x21 and < 0x7F) builder.Append((char)b);
            else builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
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
}
