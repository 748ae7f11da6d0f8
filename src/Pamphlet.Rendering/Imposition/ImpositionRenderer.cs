using Pamphlet.Pages;
using Pamphlet.Pdf.Content;
using Pamphlet.Pdf.Syntax;
using Pamphlet.Rendering.Pdf;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Writes imposed sheets as a PDF. Each document page is written once, as a Form XObject, and
/// placed into every slot that shows it (clipped to the slot, moved and scaled), so a 2-up sheet
/// costs no more content than the pages themselves. Fonts, metadata and determinism as for pages.
/// </summary>
public sealed class ImpositionRenderer
{
    /// <summary>Tags colour photos without an ICC profile as sRGB, as <see cref="PdfRenderer.RequireIccImages"/> does.</summary>
    public bool RequireIccImages { get; init; }

    /// <summary>Writes a PDF/X-4 press file, as <see cref="PdfRenderer.PdfX4"/> does.</summary>
    public bool PdfX4 { get; init; }

    public void Render(PagedDocument document, IReadOnlyList<ImposedSide> sides, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sides);
        ArgumentNullException.ThrowIfNull(output);
        var (printed, writer) = PdfDocumentWriter.For(document.Pages.Select(ForPrint).ToList(),
            prepared => GlyphUsage.Collect(prepared.Concat(sides.Select(MarksPage))), output, RequireIccImages, PdfX4);
        var forms = new Dictionary<int, PdfRef>();
        foreach (var side in sides)
        {
            using var content = new ContentBuilder();
            var resources = new PdfResources();
            var painter = new PagePainter(writer.Resources, resources, content, marking: null);
            // Sheet coordinates: (0, 0) at the sheet's top-left, y written negated.
            content.Transform(1, 0, 0, 1, 0, side.SheetSize.Height);
            foreach (var placement in side.Pages)
            {
                if (!forms.TryGetValue(placement.PageIndex, out var form))
                {
                    forms[placement.PageIndex] = form = WriteForm(writer, printed[placement.PageIndex]);
                }

                var name = "Fm" + (placement.PageIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                resources.XObject(name, form);
                painter.BeginClip(placement.Clip);
                content.Transform(placement.Scale, 0, 0, placement.Scale, placement.Origin.X, -placement.Origin.Y);
                content.PaintXObject(name);
                painter.EndClip();
            }

            painter.Paint(side.Marks);
            painter.Finish();
            // An imposed sheet is a flat: the press prints all of it, marks and slug included, and the
            // shop trims by the marks. So its TrimBox and BleedBox are the sheet itself, stated so
            // preflight finds them; a TrimBox around one spread would tell a RIP to crop the marks away.
            writer.WritePage(writer.ReservePage(), PageBoxes.For(new Page(0, side.SheetSize, []), marks: false), content, resources);
        }

        writer.Finish(document.Info);
    }

    /// <summary>
    /// One page as a Form XObject in page coordinates (y negated), its box the page's bleed area: placed
    /// with a translation to the slot's top-left and a scale.
    /// </summary>
    private static PdfRef WriteForm(PdfDocumentWriter writer, Page page)
    {
        using var content = new ContentBuilder();
        var resources = new PdfResources();
        var painter = new PagePainter(writer.Resources, resources, content, marking: null);
        painter.Paint(page.Items);
        painter.Finish();
        var area = page.BleedArea;
        var dict = new PdfDict()
            .SetName("Type", "XObject")
            .SetName("Subtype", "Form")
            .Set("BBox", PdfValue.Rectangle(area.X, -area.Bottom, area.Right, -area.Y))
            .Set("Resources", resources.ToDict());
        return writer.File.WriteStream(dict, content.Bytes);
    }

    /// <summary>
    /// A printed sheet cannot be clicked, and a link moved by creep or cut by the fold would point
    /// at the wrong place in a viewer, so links are left out.
    /// </summary>
    private static Page ForPrint(Page page) => page with { Items = page.Items.Where(i => i is not LinkItem).ToList() };

    private static Page MarksPage(ImposedSide side) => new(0, side.SheetSize, side.Marks);
}
