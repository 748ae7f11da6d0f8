namespace Pamphlet.Preflight.Facts;

/// <summary>
/// An image placed on a page: its pixels, how large it is placed (the smallest placement when the same
/// image is placed more than once on the page) and what it is made of.
/// </summary>
/// <param name="Name">The resource name and object number ("Im1, object 16"), or "inline image".</param>
/// <param name="Space">Its colour space; null for a stencil mask (which paints in the fill colour).</param>
/// <param name="Filter">Its compression (DCTDecode for JPEG, FlateDecode…), "none" when stored raw.</param>
/// <param name="SoftMask">Whether it carries a soft mask (alpha channel): transparency.</param>
/// <param name="PlacedWidth">Printed width in points (the length of the image's x axis on the page).</param>
/// <param name="PlacedHeight">Printed height in points.</param>
/// <param name="Placements">How many times it is placed on the page.</param>
/// <param name="MaxTotalInk">For CMYK images decoded cheaply (raw or Flate, 8 bits): the largest sum of inks of any pixel, in percent; else null.</param>
public sealed record ImageFacts(
    string Name,
    int PixelWidth,
    int PixelHeight,
    int BitsPerComponent,
    ColorSpaceInfo? Space,
    string Filter,
    bool SoftMask,
    double PlacedWidth,
    double PlacedHeight,
    int Placements,
    double? MaxTotalInk)
{
    public bool StencilMask => Space is null;

    /// <summary>Whether its colours are defined by an ICC profile (ICCBased, or Indexed on an ICCBased base).</summary>
    public bool HasIccProfile => Space?.IsIccBased == true;

    /// <summary>Pixels per inch as placed: the lower of the two directions (a stretched image is as sharp as its coarser axis).</summary>
    public double Ppi => Resolution.PixelsPerInch(PixelWidth, PixelHeight, PlacedWidth, PlacedHeight);

    /// <summary>Whether the ink of its pixels could be measured (CMYK images only).</summary>
    public bool InkMeasurable => Space?.Model == InkModel.Cmyk;
}
