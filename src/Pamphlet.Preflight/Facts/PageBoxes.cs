namespace Pamphlet.Preflight.Facts;

/// <summary>
/// A page's boxes as written (inherited ones included), in points: the media (the sheet the file
/// describes), crop (what viewers show), bleed (artwork kept past the cut), trim (the finished page)
/// and art (meaningful content). Absent boxes are null; PDF's defaults are applied by the properties below.
/// </summary>
public sealed record PageBoxes(PdfBox Media, PdfBox? Crop, PdfBox? Bleed, PdfBox? Trim, PdfBox? Art)
{
    /// <summary>The crop box as viewers apply it: the crop box inside the media, else the media.</summary>
    public PdfBox EffectiveCrop => Crop?.Intersect(Media) ?? Media;

    /// <summary>The bleed box as printers apply it: the bleed box inside the crop, else the crop.</summary>
    public PdfBox EffectiveBleed => Bleed?.Intersect(EffectiveCrop) ?? EffectiveCrop;

    /// <summary>
    /// How far the artwork may run past the trim on its narrowest side (0 when the bleed is the trim),
    /// or null without a trim box, when the finished size is not known.
    /// </summary>
    public double? BleedWidth => Trim is { } trim ? Math.Max(0, trim.MarginTo(EffectiveBleed)) : null;
}
