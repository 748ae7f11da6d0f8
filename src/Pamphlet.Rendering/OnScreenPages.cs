using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Rendering;

/// <summary>
/// Pages drawn for the screen again and again, as the studio draws them while someone types. Fonts,
/// decoded images and each drawn page's PNG are kept from one render to the next, so a render draws
/// only the pages whose items changed (<see cref="PageDrawingComparer"/>) or whose image files were
/// saved again (<see cref="ImageFileStamp"/>): a one-word edit redraws the pages its paragraph reaches,
/// not the whole statement. What the last render's pages do not use is let go after it. Renders take
/// turns (one at a time).
/// </summary>
public sealed class OnScreenPages : IDisposable
{
    private readonly PngRenderer renderer = new();
    private readonly TypefaceCache typefaces = new();
    private readonly ImageCache images = new();
    private readonly PageDrawer drawer;
    private readonly Lock turn = new();
    private Dictionary<DrawnPage, byte[]> drawn = new(DrawnPageComparer.Instance);

    public OnScreenPages() => drawer = new PageDrawer(typefaces, images);

    /// <summary>How many pages the last <see cref="Render"/> drew; the others were the PNGs of earlier renders.</summary>
    public int LastDrawnCount { get; private set; }

    /// <summary>
    /// Every page of <paramref name="document"/> as a PNG at <paramref name="dpi"/> (see
    /// <see cref="PngRenderer.RenderOnScreen"/>): the same bytes as drawing each page afresh.
    /// </summary>
    /// <exception cref="UnreadableImageException">An image file cannot be read (as a first render would report it).</exception>
    public IReadOnlyList<byte[]> Render(PagedDocument document, double dpi)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (turn)
        {
            var shown = new Dictionary<DrawnPage, byte[]>(DrawnPageComparer.Instance);
            var fonts = new HashSet<FontFace>();
            var files = new HashSet<(ImageFileStamp File, MonochromeImage? Monochrome)>();
            var pngs = new List<byte[]>(document.Pages.Count);
            var drawnNow = 0;
            foreach (var page in document.Pages)
            {
                var key = new DrawnPage(page, dpi, Uses(page, fonts, files));
                if (!shown.TryGetValue(key, out var png) && !drawn.TryGetValue(key, out png))
                {
                    png = renderer.RenderOnScreen(page, dpi, drawer);
                    drawnNow++;
                }

                shown[key] = png;
                pngs.Add(png);
            }

            drawn = shown;
            LastDrawnCount = drawnNow;
            typefaces.KeepOnly(fonts);
            images.KeepOnly(files);
            return pngs;
        }
    }

    /// <summary>The stamps of <paramref name="page"/>'s image files, in order; its fonts and image files are added to the sets the render keeps.</summary>
    private static ImageFileStamp[] Uses(Page page, HashSet<FontFace> fonts, HashSet<(ImageFileStamp, MonochromeImage?)> files)
    {
        var stamps = new List<ImageFileStamp>();
        foreach (var item in page.Items)
        {
            if (item is GlyphRun run) fonts.Add(run.Font);
            else if (item is ImageItem image)
            {
                var stamp = ImageFileStamp.Of(image.Path);
                stamps.Add(stamp);
                files.Add((stamp, image.Monochrome));
            }
        }

        return [.. stamps];
    }

    public void Dispose()
    {
        lock (turn)
        {
            drawn.Clear();
            typefaces.Dispose();
            images.Dispose();
        }
    }

    /// <summary>A page as drawn: its items, the resolution, and the files its images were read from.</summary>
    private sealed record DrawnPage(Page Page, double Dpi, ImageFileStamp[] Images);

    private sealed class DrawnPageComparer : IEqualityComparer<DrawnPage>
    {
        public static readonly DrawnPageComparer Instance = new();

        public bool Equals(DrawnPage? x, DrawnPage? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Dpi == y.Dpi
                && x.Images.AsSpan().SequenceEqual(y.Images) && PageDrawingComparer.Instance.Equals(x.Page, y.Page));

        public int GetHashCode(DrawnPage page) => HashCode.Combine(page.Dpi, page.Images.Length, PageDrawingComparer.Instance.GetHashCode(page.Page));
    }
}
