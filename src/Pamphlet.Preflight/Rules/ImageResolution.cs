using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Images;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>
/// Images placed at too few pixels per inch: below 150 ppi a warning in every ink, below 100 ppi an error
/// in <c>cmyk</c>. The message says how large the image can print at 150 ppi and how many pixels its
/// placement needs.
/// </summary>
public static class ImageResolution
{
    public const string RuleName = "image-resolution";

    /// <summary>How an image at <paramref name="ppi"/> is judged for <paramref name="ink"/>: null when it is fine.</summary>
    public static Severity? Judge(double ppi, InkChoice ink) =>
        ppi < PrintLimits.CmykErrorBelowPpi && ink.Kind == InkKind.Cmyk ? Severity.Error
        : !PrintResolution.IsSharp(ppi) ? Severity.Warning
        : null;

    public static IEnumerable<Finding> Check(PageFacts page, InkChoice ink)
    {
        // A stencil mask (a one-bit shape in the fill colour) prints edges, not photographs: judged by its own sharpness, not here.
        foreach (var image in page.Images.Where(i => !i.StencilMask && i.PixelWidth > 0 && i.PixelHeight > 0))
        {
            if (Judge(image.Ppi, ink) is not { } severity) continue;
            yield return new Finding(severity, page.Number, RuleName, Describe(image));
        }
    }

    /// <summary>
    /// "image Im1, object 16 (1200 × 800 px) is placed at 270 × 180 mm: 113 ppi, so it prints soft;
    /// at 150 ppi it prints at most 203 × 135 mm. Place it smaller, or use an image of at least 1595 × 1063 px".
    /// </summary>
    public static string Describe(ImageFacts image)
    {
        var ppi = PrintLimits.WarnBelowPpi;
        var largest = Wording.Size(Resolution.LargestPrint(image.PixelWidth, ppi), Resolution.LargestPrint(image.PixelHeight, ppi));
        var needed = $"{Resolution.PixelsNeeded(image.PlacedWidth, ppi):N0} × {Resolution.PixelsNeeded(image.PlacedHeight, ppi):N0} px";
        return $"image {image.Name} ({image.PixelWidth:N0} × {image.PixelHeight:N0} px) is placed at {Wording.Size(image.PlacedWidth, image.PlacedHeight)}: " +
               $"{Wording.Number(Math.Floor(image.Ppi))} ppi, so it prints soft (pixels show below {Wording.Number(ppi)} ppi); at {Wording.Number(ppi)} ppi it prints at most {largest}. " +
               $"Place it smaller, or use an image of at least {needed}";
    }
}
