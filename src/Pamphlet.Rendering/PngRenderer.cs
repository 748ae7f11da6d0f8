using Pamphlet.Pages;
using Pamphlet.Rendering.Previews;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Rasterises pages on white paper, with the same drawing code as the PDF: previews, tests, and a
/// card's image. The PNG is opaque RGB tagged sRGB (the space the layout's hex colours are given
/// in), may carry text entries such as its title, and holds nothing that changes between runs, so
/// the same page gives the same bytes.
/// </summary>
public sealed class PngRenderer
{
    private const double PointsPerInch = 72;

    // PNG compression is lossless; level 6 is zlib's usual speed/size balance.
    private const int PngQuality = 6;

    /// <summary>
    /// The trim line's colour with <see cref="ShowTrim"/>: cyan, the colour layout programs draw the
    /// trim in, and one no layout's artwork is likely to hide.
    /// </summary>
    private static readonly SKColor TrimLineColor = new(0x00, 0xAE, 0xEF);

    /// <summary>The bleed line's colour with <see cref="ShowTrim"/>: red, as layout programs draw the bleed.</summary>
    private static readonly SKColor BleedLineColor = new(0xE0, 0x20, 0x20);

    /// <summary>Trim and bleed lines are one device pixel wide at any resolution: thin enough not to hide the edge they mark.</summary>
    private const float GuideLinePixels = 1;

    /// <summary>The contact sheet's background between cells: a mid grey against which white paper reads as pages.</summary>
    private static readonly SKColor DeskColor = new(0x8C, 0x8C, 0x8C);

    /// <summary>
    /// The space between a contact sheet's cells and around them, in points: a quarter inch keeps the
    /// spreads apart at a glance and is small beside any page.
    /// </summary>
    private const double SheetGapPoints = 18;

    /// <summary>
    /// Cells per row of a contact sheet: four spreads are eight A5 pages, a row a wide screen shows
    /// whole when zoomed to fit, and a 16-page pamphlet fits in three rows.
    /// </summary>
    private const int CellsPerRow = 4;

    /// <summary>
    /// The largest contact sheet drawn at the pages' own resolution (pixels): 40 million pixels are
    /// 160 MB while drawn. A bigger sheet (many pages at a high resolution) is drawn smaller to fit.
    /// </summary>
    public const long MaxSheetPixels = 40_000_000;

    /// <summary>
    /// Draws the bleed around each page and two lines: the trim (where the page is cut) and the bleed's
    /// outer edge. Without it an image shows the trimmed page only.
    /// </summary>
    public bool ShowTrim { get; init; }

    public byte[] Render(Page page, double dpi) => Render(page, dpi, []);

    /// <param name="text">Text entries written into the file (<see cref="PngText.TitleKeyword"/> and others), in this order.</param>
    public byte[] Render(Page page, double dpi, IReadOnlyList<PngText> text)
    {
        ArgumentNullException.ThrowIfNull(page);
        CheckResolution(dpi);
        using var typefaces = new TypefaceCache();
        using var images = new ImageCache();
        using var image = Raster(page, dpi, new PageDrawer(typefaces, images));
        return Encode(image, text);
    }

    /// <summary>
    /// Every page of <paramref name="document"/> as a PNG, and a contact sheet of them all arranged in
    /// <paramref name="cells"/> (see <see cref="ContactSheet"/>), each titled with the document's title
    /// and author. Each page is drawn once; the sheet is made of those pixels.
    /// </summary>
    public PngPreview RenderPreview(PagedDocument document, double dpi, IReadOnlyList<SheetCell> cells)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckResolution(dpi);
        var text = PngText.For(document.Info);
        using var typefaces = new TypefaceCache();
        using var images = new ImageCache();
        var drawer = new PageDrawer(typefaces, images);
        var rasters = new List<SKImage>(document.Pages.Count);
        try
        {
            foreach (var page in document.Pages) rasters.Add(Raster(page, dpi, drawer));
            var pages = rasters.Select(raster => Encode(raster, text)).ToList();
            return new PngPreview(pages, Encode(Sheet(rasters, cells, dpi), text));
        }
        finally
        {
            foreach (var raster in rasters) raster.Dispose();
        }
    }

    /// <summary>
    /// How a page shown on screen only is encoded: zlib level 1 and the Sub filter alone. Such a page is
    /// replaced at the next pause in typing and travels no further than this machine, so the time to
    /// encode it matters and its size hardly does; Skia's default tries every filter on every row at level 6.
    /// </summary>
    private static readonly SKPngEncoderOptions OnScreenPng = new(SKPngEncoderFilterFlags.Sub, 1);

    /// <summary>
    /// <paramref name="page"/> as a PNG to show on screen (<see cref="OnScreenPages"/>): no text
    /// entries, encoded for speed (<see cref="OnScreenPng"/>) rather than size.
    /// </summary>
    internal byte[] RenderOnScreen(Page page, double dpi, PageDrawer drawer)
    {
        CheckResolution(dpi);
        using var raster = Raster(page, dpi, drawer);
        // A raster surface's snapshot keeps its pixels in memory.
        using var pixels = raster.PeekPixels() ?? throw new InvalidOperationException("A drawn page has no pixels in memory.");
        using var png = pixels.Encode(OnScreenPng) ?? throw new InvalidOperationException("Skia could not encode a drawn page as PNG.");
        return png.ToArray();
    }

    /// <summary>Pixel dimensions of a page at <paramref name="dpi"/>, rounded to the nearest pixel.</summary>
    public static (int Width, int Height) PixelSize(Size size, double dpi) =>
        ((int)Math.Max(1, Math.Round(size.Width * dpi / PointsPerInch, MidpointRounding.AwayFromZero)),
         (int)Math.Max(1, Math.Round(size.Height * dpi / PointsPerInch, MidpointRounding.AwayFromZero)));

    /// <summary>The gap between a contact sheet's cells at <paramref name="dpi"/>, in whole pixels.</summary>
    public static int SheetGap(double dpi) => (int)Math.Round(SheetGapPoints * dpi / PointsPerInch, MidpointRounding.AwayFromZero);

    private static void CheckResolution(double dpi)
    {
        if (!(dpi > 0)) throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Resolution must be a positive number of dots per inch.");
    }

    /// <summary>The area an image of <paramref name="page"/> shows: the trim, or with <see cref="ShowTrim"/> the bleed around it too.</summary>
    private Rect Shown(Page page) => ShowTrim ? page.BleedArea : new Rect(0, 0, page.Size.Width, page.Size.Height);

    private SKImage Raster(Page page, double dpi, PageDrawer drawer)
    {
        var shown = Shown(page);
        var scale = (float)(dpi / PointsPerInch);
        var (width, height) = PixelSize(new Size(shown.Width, shown.Height), dpi);
        // Opaque: the page is paper, so the file needs no alpha channel (libpng then writes RGB, a quarter smaller).
        using var surface = Surface(width, height);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        canvas.Translate((float)-shown.X, (float)-shown.Y);
        drawer.Draw(canvas, page);
        if (ShowTrim) DrawGuides(canvas, page, scale);
        canvas.Flush();
        return surface.Snapshot();
    }

    /// <summary>The trim line, and the bleed's outer edge when the page has a bleed, each inside the area it bounds.</summary>
    private static void DrawGuides(SKCanvas canvas, Page page, float scale)
    {
        var width = GuideLinePixels / scale;
        using var paint = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Stroke, StrokeWidth = width };
        void Outline(Rect area, SKColor color)
        {
            paint.Color = color;
            var rect = SKRect.Create((float)area.X, (float)area.Y, (float)area.Width, (float)area.Height);
            canvas.DrawRect(SKRect.Inflate(rect, -width / 2, -width / 2), paint);
        }

        if (page.Bleed > 0) Outline(page.BleedArea, BleedLineColor);
        Outline(new Rect(0, 0, page.Size.Width, page.Size.Height), TrimLineColor);
    }

    /// <summary>
    /// The cells in rows of <see cref="CellsPerRow"/> on the desk colour, each slot as wide and high as
    /// the largest page, a page at its slot's top-left corner; scaled down only past <see cref="MaxSheetPixels"/>.
    /// </summary>
    private static SKImage Sheet(IReadOnlyList<SKImage> pages, IReadOnlyList<SheetCell> cells, double dpi)
    {
        var slotWidth = pages.Count == 0 ? 1 : pages.Max(p => p.Width);
        var slotHeight = pages.Count == 0 ? 1 : pages.Max(p => p.Height);
        var gap = SheetGap(dpi);
        var columns = Math.Clamp(cells.Count, 1, CellsPerRow);
        var rows = Math.Max(1, (cells.Count + CellsPerRow - 1) / CellsPerRow);
        var cellWidth = slotWidth * (cells.Count == 0 ? 1 : cells.Max(c => c.Slots.Count));
        long fullWidth = columns * (long)cellWidth + (columns + 1) * (long)gap;
        long fullHeight = rows * (long)slotHeight + (rows + 1) * (long)gap;
        var fit = Math.Min(1, Math.Sqrt((double)MaxSheetPixels / (fullWidth * fullHeight)));
        var width = (int)Math.Max(1, Math.Floor(fullWidth * fit));
        var height = (int)Math.Max(1, Math.Floor(fullHeight * fit));
        using var surface = Surface(width, height);
        var canvas = surface.Canvas;
        canvas.Clear(DeskColor);
        canvas.Scale((float)fit);
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        for (var c = 0; c < cells.Count; c++)
        {
            var x = gap + (c % CellsPerRow) * (cellWidth + gap);
            var y = gap + (c / CellsPerRow) * (slotHeight + gap);
            for (var s = 0; s < cells[c].Slots.Count; s++)
            {
                if (cells[c].Slots[s] is not { } index) continue;
                var page = pages[index];
                canvas.DrawImage(page, SKRect.Create(x + s * slotWidth, y, page.Width, page.Height), sampling);
            }
        }

        canvas.Flush();
        return surface.Snapshot();
    }

    private static SKSurface Surface(int width, int height) =>
        SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()))
            ?? throw new InvalidOperationException($"Cannot allocate a {width} × {height} pixel image; lower the resolution.");

    private static byte[] Encode(SKImage image, IReadOnlyList<PngText> text)
    {
        using var png = image.Encode(SKEncodedImageFormat.Png, PngQuality);
        return PngText.Insert(png.ToArray(), text);
    }
}
