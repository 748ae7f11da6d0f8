using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Pdf.Content;
using Pamphlet.Pdf.Document;
using Pamphlet.Pdf.Fonts;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The parts every PDF we write shares: the file, subset fonts for the glyphs drawn, shared
/// resources, the page tree, metadata and the catalog. The page and imposition renderers differ only
/// in what they put on each page.
/// </summary>
internal sealed class PdfDocumentWriter
{
    /// <summary>
    /// Prepares <paramref name="pages"/> for extraction (see <see cref="ExtractableText"/>) and collects the
    /// glyphs they draw, plus those of <paramref name="extra"/> pages (marks, slugs) that are not prepared.
    /// <paramref name="requireIccImages"/> tags colour photos without a profile as sRGB (<see cref="PdfImages"/>);
    /// <paramref name="pdfX4"/> writes a PDF/X-4 press file (and implies it).
    /// </summary>
    public static (List<Page> Pages, PdfDocumentWriter Writer) For(
        IReadOnlyList<Page> pages, Func<IReadOnlyList<Page>, GlyphUsage> collect, Stream output, bool requireIccImages = false, bool pdfX4 = false)
    {
        var glyphs = new FontGlyphs();
        var (prepared, text) = ExtractableText.Prepare(pages, glyphs);
        // PDF/X-4 allows colour photos only with a profile.
        return (prepared, new PdfDocumentWriter(collect(prepared), glyphs, text, output, ImagePlacements.Of(prepared), requireIccImages || pdfX4) { PdfX4 = pdfX4 });
    }

    /// <summary>The producer named in every file: the program and its version.</summary>
    internal static readonly string Producer = "Pamphlet " + (typeof(PdfDocumentWriter).Assembly.GetName().Version?.ToString(3) ?? "0");

    private readonly GlyphUsage usage;
    private readonly Dictionary<FontFace, EmbeddedFont> fonts = [];
    private readonly List<PdfRef> pages = [];

    public PdfDocumentWriter(GlyphUsage usage, FontGlyphs glyphs, ExtractableText text, Stream output, ImagePlacements placements, bool requireIccImages)
    {
        this.usage = usage;
        File = new PdfFileWriter(output);
        // Every font that draws text also draws word spaces (see PagePainter): keep its space glyph.
        foreach (var face in usage.Faces.ToList())
        {
            if (glyphs.Glyph(face, FontGlyphs.Space) is { } space) usage.AddGlyph(face, space, " ");
            // Kashida (Arabic justification) draws tatweels that are not in the run's text: they read as the
            // tatweel, so that extraction keeps the lengthened word whole (poppler reads an unmapped glyph as a gap).
            if (glyphs.Glyph(face, FontGlyphs.Tatweel) is { } tatweel && usage.GlyphsOf(face).Contains(tatweel)) usage.AddGlyph(face, tatweel, "\u0640");
        }

        foreach (var face in usage.Faces.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Index))
        {
            var subset = HarfBuzzSubset.Subset(face.Data, face.Index, usage.GlyphsOf(face), usage.CodePointsOf(face));
            fonts[face] = new EmbeddedFont(File.Reserve(), subset);
        }

        Resources = new DocumentResources(File, fonts, glyphs, text, placements, requireIccImages);
        PageTree = File.Reserve();
    }

    public PdfFileWriter File { get; }

    /// <summary>
    /// Write a PDF/X-4 press file: the output intent (the bundled FOGRA39 coated profile) and the
    /// version in Info and XMP. The pages must already be in press colours (the print stage's job).
    /// </summary>
    public bool PdfX4 { get; init; }

    public DocumentResources Resources { get; }

    public PdfRef PageTree { get; }

    public IReadOnlyList<PdfRef> Pages => pages;

    /// <summary>Reserves the next page's object (pages are numbered in the order reserved).</summary>
    public PdfRef ReservePage()
    {
        var page = File.Reserve();
        pages.Add(page);
        return page;
    }

    /// <summary>Writes a page: its content stream, resources, boxes and whatever else <paramref name="extra"/> adds.</summary>
    public void WritePage(PdfRef page, PageBoxes boxes, ContentBuilder content, PdfResources resources, Action<PdfDict>? extra = null)
    {
        var contents = File.WriteStream(new PdfDict(), content.Bytes);
        var dict = new PdfDict()
            .SetName("Type", "Page")
            .Set("Parent", PageTree)
            .Set("MediaBox", boxes.MediaBox)
            // Preflight and imposition software find the finished page by its TrimBox and the
            // artwork's extent by its BleedBox.
            .Set("BleedBox", boxes.BleedBox)
            .Set("TrimBox", boxes.TrimBox)
            .Set("Resources", resources.ToDict())
            .Set("Contents", contents);
        extra?.Invoke(dict);
        File.Write(page, dict);
    }

    /// <summary>The press condition the file is made for: PDF/X's output intent, with the CMYK profile embedded.</summary>
    private PdfRef WriteOutputIntent()
    {
        var profile = File.WriteStream(new PdfDict().Set("N", 4), ColorProfiles.Cmyk, level: PdfFileWriter.FontDeflateLevel);
        return File.Write(new PdfDict()
            .SetName("Type", "OutputIntent")
            .SetName("S", "GTS_PDFX")
            .Set("OutputConditionIdentifier", PdfValue.Text(ColorProfiles.CmykCondition))
            .Set("Info", PdfValue.Text(ColorProfiles.CmykConditionInfo))
            .Set("RegistryName", PdfValue.Text(ColorProfiles.CmykRegistry))
            .Set("DestOutputProfile", profile));
    }

    /// <summary>Writes fonts, page tree, metadata and catalog: the file is complete.</summary>
    public void Finish(DocumentInfo info, Action<PdfDict>? catalogExtra = null)
    {
        foreach (var (face, font) in fonts) font.Write(File, usage.GlyphsOf(face), usage.TextOf(face));
        File.Write(PageTree, new PdfDict()
            .SetName("Type", "Pages")
            .Set("Kids", PdfValue.Array(pages.Select(p => p.ToString())))
            .Set("Count", pages.Count));
        var metadata = new DocumentMetadata(info.Title, info.Author, info.Subject, info.Language, info.Creator, Producer, info.Date)
        {
            PdfXVersion = PdfX4 ? "PDF/X-4" : null,
        };
        var infoRef = metadata.WriteInfo(File);
        var catalog = new PdfDict()
            .SetName("Type", "Catalog")
            .Set("Pages", PageTree)
            .Set("Metadata", metadata.WriteXmp(File))
            // Screen readers and hyphenating viewers need the document language.
            .Set("Lang", PdfValue.Text(info.Language))
            // Viewers show the statement's title, not the file name, in their title bar.
            .Set("ViewerPreferences", "<</DisplayDocTitle true>>");
        if (PdfX4) catalog.Set("OutputIntents", $"[{WriteOutputIntent()}]");
        catalogExtra?.Invoke(catalog);
        File.Finish(File.Write(catalog), infoRef);
    }
}
