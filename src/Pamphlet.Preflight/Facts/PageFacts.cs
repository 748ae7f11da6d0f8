namespace Pamphlet.Preflight.Facts;

/// <summary>What one page of a PDF holds, as a print shop's preflight reads it.</summary>
/// <param name="Number">1-based, in the page tree's order.</param>
/// <param name="Problems">Parts of the page that could not be read (a damaged content stream, a missing object), in words.</param>
public sealed record PageFacts(
    int Number,
    PageBoxes Boxes,
    IReadOnlyList<PaintFacts> Paints,
    IReadOnlyList<ImageFacts> Images,
    IReadOnlyList<FontFacts> Fonts,
    TransparencyFacts Transparency,
    IReadOnlyList<string> Problems)
{
    /// <summary>The smallest printed text size on the page, in points, or null without text.</summary>
    public double? SmallestText => Min(PaintKind.Text);

    /// <summary>The thinnest printed stroke on the page, in points, or null without strokes.</summary>
    public double? ThinnestLine => Min(PaintKind.Stroke);

    /// <summary>The largest total ink of any vector painting (fills, strokes, text) and measured image, in percent; null when none could be measured.</summary>
    public double? MaxTotalInk
    {
        get
        {
            var inks = Paints.Where(p => p.TotalInk is not null && !InkCoverage.IsRegistration(p.Space)).Select(p => p.TotalInk!.Value)
                .Concat(Images.Where(i => i.MaxTotalInk is not null).Select(i => i.MaxTotalInk!.Value)).ToList();
            return inks.Count > 0 ? inks.Max() : null;
        }
    }

    /// <summary>Whether any painting on the page was done with overprint on.</summary>
    public bool Overprints => Paints.Any(p => p.Overprint);

    private double? Min(PaintKind kind)
    {
        var sizes = Paints.Where(p => p.Kind == kind && p.Size is not null).Select(p => p.Size!.Value).ToList();
        return sizes.Count > 0 ? sizes.Min() : null;
    }
}
