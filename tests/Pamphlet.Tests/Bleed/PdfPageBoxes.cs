using UglyToad.PdfPig.Tokens;
using PdfPage = UglyToad.PdfPig.Content.Page;

namespace Pamphlet.Tests.Bleed;

/// <summary>A PDF rectangle as written: lower-left and upper-right corners, in points, y up.</summary>
internal readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;

    public bool Contains(PdfBox other, double tolerance = 0.001) =>
        other.Left >= Left - tolerance && other.Bottom >= Bottom - tolerance &&
        other.Right <= Right + tolerance && other.Top <= Top + tolerance;
}

/// <summary>Reads a page's boxes straight from its page dictionary (PdfPig exposes only Media and Crop).</summary>
internal static class PdfPageBoxes
{
    public static PdfBox Media(PdfPage page) => Read(page, "MediaBox");

    public static PdfBox Bleed(PdfPage page) => Read(page, "BleedBox");

    public static PdfBox Trim(PdfPage page) => Read(page, "TrimBox");

    public static PdfBox Read(PdfPage page, string box)
    {
        if (!page.Dictionary.TryGet(NameToken.Create(box), out var token) || token is not ArrayToken array)
        {
            throw new InvalidOperationException($"page {page.Number} has no /{box}");
        }

        var n = array.Data.Select(t => ((NumericToken)t).Double).ToArray();
        Assert.Equal(4, n.Length);
        return new PdfBox(Math.Min(n[0], n[2]), Math.Min(n[1], n[3]), Math.Max(n[0], n[2]), Math.Max(n[1], n[3]));
    }
}
