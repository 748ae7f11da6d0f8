using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// <c>--ink riso:…</c>: each colour on one drum at a tint, as a Separation named after the ink, so the
/// composite previews in the inks' colours and every drum can be pulled out as its own master.
/// The layout's <c>riso:</c> entries win; otherwise greys go on the first drum and colours on the
/// second, at the tint that gives their lightness in that ink. Inks overprint (they mix like glazes
/// on the paper); paper-white knocks out every drum. Large areas stay at or below 85 %.
/// </summary>
internal static class RisoDrums
{
    /// <summary>Colours this light are paper: nothing is printed, and what lies beneath is knocked out.</summary>
    private const double PaperAboveLightness = 0.995;

    /// <summary>Below this chroma (0..1, max − min of the sRGB channels) a colour counts as a grey: it goes on the first drum.</summary>
    private const double GrayChroma = 0.08;

    /// <summary>
    /// Photos on a risograph: the deepest tones at the solid cap (large solids smear), and a gamma of
    /// 1.2 for the strong dot gain of stencil printing on uncoated paper.
    /// </summary>
    public static ToneCurve PhotoCurve { get; } = new(MaxInk: InkLimits.RisoSolidCap, Gamma: 1.2);

    public static PagedDocument Apply(PagedDocument document, LayoutDefinition layout, InkChoice ink)
    {
        var names = new PaletteNames(layout.Colors);
        var drums = ink.RisoInks;
        var setup = layout.Inks.Riso;
        Color? Map(Color color, ColorUse use)
        {
            if (color.SpotName == Color.RegistrationName) return color;
            var (drum, tint) = names.Find(color, setup.Colors) is { } given ? (given.Drum, given.Tint) : Default(color, drums);
            if (drum == 0) return Color.White.WithAlpha(color.Alpha);
            if (use.IsLargeArea) tint = Math.Min(tint, InkLimits.RisoSolidCap);
            var printed = drums[Math.Min(drum, drums.Count) - 1];
            return printed.At(tint).WithAlpha(color.Alpha).WithOverprint();
        }

        var photoInk = drums[Math.Min(setup.PhotoDrum, drums.Count) - 1];
        var photo = new MonochromeImage(photoInk.At(1).WithOverprint(), PhotoCurve);
        return document with
        {
            Pages = [.. document.Pages.Select(page => WithPhotoKnockouts(PageColors.Map(page, Map, image => image with { Monochrome = photo })))],
        };
    }

    /// <summary>The role of the paper-white area under each photo.</summary>
    public const string PhotoKnockoutRole = "photo-knockout";

    /// <summary>
    /// A photo on one drum would print over whatever the other drums lay under it (a coloured cover,
    /// a panel) and turn to mud: paper-white under each photo knocks every drum out there first.
    /// </summary>
    private static Page WithPhotoKnockouts(Page page)
    {
        if (!page.Items.Any(item => item is ImageItem)) return page;
        var items = new List<PageItem>(page.Items.Count + 1);
        foreach (var item in page.Items)
        {
            if (item is ImageItem image) items.Add(new FillItem(PhotoKnockoutRole, image.Frame, Color.White));
            items.Add(item);
        }

        return page with { Items = items };
    }

    /// <summary>Drum (1-based; 0 = paper) and tint for a colour the layout does not place.</summary>
    private static (int Drum, double Tint) Default(Color color, IReadOnlyList<RisoInk> drums)
    {
        var lightness = Lightness.Of(color);
        if (lightness >= PaperAboveLightness) return (0, 0);
        var (r, g, b) = color.ToRgb();
        var chroma = Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b));
        var drum = chroma < GrayChroma || drums.Count == 1 ? 1 : 2;
        // The tint that makes the ink as dark as the colour: an ink lighter than the colour prints solid.
        var inkLightness = Lightness.Of(drums[drum - 1].Look);
        var tint = inkLightness >= 1 ? 1 : Math.Clamp((1 - lightness) / (1 - inkLightness), 0, 1);
        return (drum, tint);
    }
}
