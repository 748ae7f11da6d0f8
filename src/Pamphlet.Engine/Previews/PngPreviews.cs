using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using Pamphlet.Rendering.Imposition;
using Pamphlet.Rendering.Previews;

namespace Pamphlet.Engine.Previews;

/// <summary>A file made in memory, to be written once the whole build has succeeded.</summary>
internal sealed record PendingFile(string Path, byte[] Bytes, string Layout, int Pages);

/// <summary>
/// The PNG previews of one layout's pages: <c>&lt;edition&gt;.&lt;layout&gt;-&lt;page&gt;.png</c> per
/// page and <c>&lt;edition&gt;.&lt;layout&gt;.sheet.png</c>, a contact sheet of them all (a pamphlet's
/// as spreads, mirrored for a right-to-left statement; a poster or card: its one page).
/// </summary>
internal static class PngPreviews
{
    public static IReadOnlyList<PendingFile> Render(PagedDocument pages, LayoutDefinition layout, string outputDirectory, string edition, PngRequest png, Document document)
    {
        var cells = ContactSheet.Cells(pages.Pages.Count, spreads: layout.Kind == LayoutKind.Pamphlet, ReadingDirection.IsRightToLeft(pages.Info.Language));
        PngPreview preview;
        try
        {
            preview = new PngRenderer { ShowTrim = png.ShowTrim }.RenderPreview(pages, png.Dpi, cells);
        }
        catch (UnreadableImageException e)
        {
            throw ImageChecks.Error(document, e);
        }

        var files = preview.Pages.Select((bytes, i) => new PendingFile(PagePath(outputDirectory, edition, layout.Name, i + 1), bytes, layout.Name, 1)).ToList();
        files.Add(new PendingFile(SheetPath(outputDirectory, edition, layout.Name), preview.Sheet, layout.Name, pages.Pages.Count));
        return files;
    }

    public static string PagePath(string outputDirectory, string edition, string layout, int page) =>
        Path.Combine(outputDirectory, $"{edition}.{layout}-{page}.png");

    public static string SheetPath(string outputDirectory, string edition, string layout) =>
        Path.Combine(outputDirectory, $"{edition}.{layout}.sheet.png");

    /// <summary>
    /// Deletes the page images a longer earlier build left past the last page (<c>-10.png</c> after the
    /// pamphlet shrank to 9 pages), so the folder never shows pages the statement no longer has.
    /// </summary>
    public static void RemovePagesBeyond(string outputDirectory, string edition, string layout, int pageCount)
    {
        for (var page = pageCount + 1; ; page++)
        {
            var path = PagePath(outputDirectory, edition, layout, page);
            if (!File.Exists(path)) return;
            File.Delete(path);
        }
    }
}
