using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Reading;

/// <summary>Counts what a page's content paints, grouped, while the interpreter runs; then gives the page's facts.</summary>
internal sealed class PageTally
{
    /// <summary>Printed sizes (text, line widths) are grouped to 0.01 pt: finer differences are not visible and would split the tally.</summary>
    private const int SizeDecimals = 2;

    private readonly Dictionary<PaintKey, PaintCount> paints = [];
    private readonly Dictionary<string, (ImageInfo Image, double Width, double Height, int Placements)> images = [];
    private readonly Dictionary<FontInfo, (int Visible, int Invisible)> fonts = [];
    private readonly HashSet<string> blendModes = new(StringComparer.Ordinal);
    private readonly List<string> problems = [];
    private int translucent;
    private double minOpacity = 1;
    private int softMasks;

    public int Groups { get; set; }

    public void Paint(PaintKind kind, PaintColor color, bool overprint, int overprintMode, double? size, int count, double shortSide = 0)
    {
        if (size is { } s) size = Math.Round(s, SizeDecimals);
        var key = new PaintKey(kind, color, overprint, overprintMode, size);
        paints.TryGetValue(key, out var current);
        paints[key] = new PaintCount(current.Count + count, Math.Max(current.LargestShortSide, shortSide));
    }

    public void Transparency(double opacity, bool softMask, string blendMode)
    {
        if (opacity < 1)
        {
            translucent++;
            minOpacity = Math.Min(minOpacity, opacity);
        }

        if (softMask) softMasks++;
        if (blendMode is not ("Normal" or "Compatible")) blendModes.Add(blendMode);
    }

    /// <summary>An image placed at <paramref name="width"/> × <paramref name="height"/> points; the placement with the lowest resolution is kept.</summary>
    public void Image(string key, ImageInfo image, double width, double height)
    {
        if (image.SoftMask) softMasks++;
        if (images.TryGetValue(key, out var known))
        {
            var keep = Resolution.PixelsPerInch(image.Width, image.Height, width, height) <
                       Resolution.PixelsPerInch(image.Width, image.Height, known.Width, known.Height);
            images[key] = keep ? (image, width, height, known.Placements + 1) : known with { Placements = known.Placements + 1 };
        }
        else
        {
            images[key] = (image, width, height, 1);
        }
    }

    public void Glyphs(FontInfo font, int glyphs, bool visible)
    {
        fonts.TryGetValue(font, out var count);
        fonts[font] = visible ? count with { Visible = count.Visible + glyphs } : count with { Invisible = count.Invisible + glyphs };
    }

    /// <summary>Something on the page could not be read; each distinct problem is kept once.</summary>
    public void Problem(string problem)
    {
        if (!problems.Contains(problem)) problems.Add(problem);
    }

    public PageFacts ToFacts(int number, PageBoxes boxes) => new(
        number,
        boxes,
        paints.Select(p => new PaintFacts(p.Key.Kind, p.Key.Color.Space, p.Key.Color.Components, p.Key.Overprint, p.Key.OverprintMode,
                p.Key.Size, InkCoverage.Total(p.Key.Color.Space, p.Key.Color.Components), p.Value.Count, p.Value.LargestShortSide))
            .OrderBy(p => p.Kind).ThenBy(p => p.Space.Name, StringComparer.Ordinal).ThenBy(p => p.Size ?? 0).ToList(),
        images.Values.Select(i => new ImageFacts(i.Image.Name, i.Image.Width, i.Image.Height, i.Image.BitsPerComponent, i.Image.Space,
                i.Image.Filter, i.Image.SoftMask, i.Width, i.Height, i.Placements, i.Image.MaxTotalInk))
            .ToList(),
        fonts.Select(f => new FontFacts(f.Key.Name, f.Key.Type, f.Key.Program, f.Value.Visible, f.Value.Invisible))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList(),
        new TransparencyFacts(translucent, minOpacity, softMasks, blendModes.Order(StringComparer.Ordinal).ToList(), Groups),
        problems);

    private readonly record struct PaintKey(PaintKind Kind, PaintColor Color, bool Overprint, int OverprintMode, double? Size);

    private readonly record struct PaintCount(int Count, double LargestShortSide);
}
