using Pamphlet.Composition.Images;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Pages;
using Pamphlet.Rendering;

namespace Pamphlet.Engine;

/// <summary>
/// Image files are decoded once per build before the first PDF is written (a file cut short would
/// otherwise print half grey), and a problem the renderer finds is reported at the figure that uses
/// the file, in the same words as problems found while composing.
/// </summary>
internal static class ImageChecks
{
    /// <summary>
    /// Checks every figure's image file (header, limits, then its picture data, unless
    /// <paramref name="decoded"/> has decoded the same bytes before) and adds it to
    /// <paramref name="verified"/>: run before any layout is composed or written.
    /// </summary>
    public static void Verify(Document document, HashSet<string> verified, DecodedImages decoded)
    {
        foreach (var figure in Figures(document.Blocks))
        {
            var path = Path.GetFullPath(figure.ImagePath);
            if (!verified.Add(path)) continue;
            ImageInfo.Read(path, figure.Location);
            try
            {
                decoded.Verify(path);
            }
            catch (UnreadableImageException e)
            {
                throw ImageMessages.Error(figure.Location, e.Problem, Path.GetFileName(path), e.Detail);
            }
        }
    }

    /// <summary>
    /// Checks every image file on <paramref name="pages"/> not yet in <paramref name="verified"/> (full
    /// paths): a guard for images that reach a page other than as a figure found above.
    /// </summary>
    public static void Verify(Document document, PagedDocument pages, HashSet<string> verified)
    {
        var paths = pages.Pages.SelectMany(page => page.Items).OfType<ImageItem>().Select(item => Path.GetFullPath(item.Path));
        foreach (var path in paths.Where(verified.Add))
        {
            try
            {
                ImageFileCheck.Verify(path);
            }
            catch (UnreadableImageException e)
            {
                throw Error(document, e);
            }
        }
    }

    public static PamphletException Error(Document document, UnreadableImageException e) =>
        ImageMessages.Error(FigureUsing(document, e.ImagePath), e.Problem, Path.GetFileName(e.ImagePath), e.Detail);

    /// <summary>Where the statement uses an image file (its first figure with that path, at any depth), for error messages.</summary>
    public static SourceLocation FigureUsing(Document document, string imagePath)
    {
        var full = Path.GetFullPath(imagePath);
        var figure = Figures(document.Blocks).FirstOrDefault(f => Path.GetFullPath(f.ImagePath) == full);
        return figure?.Location ?? new SourceLocation(document.SourcePath, 0);
    }

    internal static IEnumerable<Figure> Figures(IEnumerable<Block> blocks) => BlockTree.Descendants(blocks).OfType<Figure>();
}
