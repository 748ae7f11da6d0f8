namespace Pamphlet.Engine.Previews;

/// <summary>
/// <c>--png [DPI]</c>: besides each PDF, one PNG per page and a contact sheet of them all, at
/// <paramref name="Dpi"/> dots per inch; with <paramref name="ShowTrim"/>, each page with its bleed and
/// the trim and bleed lines drawn.
/// </summary>
public sealed record PngRequest(int Dpi, bool ShowTrim = false)
{
    /// <summary>
    /// 96 dpi, the CSS reference pixel: an A5 page is 559 × 794 pixels, whole on a laptop screen at
    /// 100 %, and 9.5 pt body text is 12.7 pixels high, the size of text on a web page: readable
    /// without zooming, and a sample page renders in a few milliseconds.
    /// </summary>
    public const int DefaultDpi = 96;

    /// <summary>Below 24 dpi (an A5 page 140 pixels wide) no text can be read; it would be a typo.</summary>
    public const int MinDpi = 24;

    /// <summary>
    /// 300 dpi, print resolution, is the most a preview needs (the PDF is there for more): an A3 poster
    /// is then 3,508 × 4,961 pixels, 70 MB while drawn.
    /// </summary>
    public const int MaxDpi = 300;

    /// <summary>True when <paramref name="dpi"/> is one <c>--png</c> takes.</summary>
    public static bool Accepts(int dpi) => dpi is >= MinDpi and <= MaxDpi;
}
