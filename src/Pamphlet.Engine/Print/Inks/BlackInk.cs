using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// <c>--ink black</c>: everything in DeviceGray for photocopiers and laser printers. The layout's
/// <c>black-only:</c> shares win; otherwise coloured text and lines print solid black (a red heading
/// is still a heading), light panels a tint a copier still shows, darker areas the grey of their own
/// lightness (so the text on them keeps its contrast), and photos grey through a curve for toner.
/// </summary>
internal static class BlackInk
{
    /// <summary>Text and lines lighter than this keep their own grey; darker ones print solid black.</summary>
    private const double SolidBelowLightness = 0.5;

    /// <summary>Fills lighter than this are panels behind text: they print as <see cref="PanelShare"/>.</summary>
    private const double PanelAboveLightness = 0.8;

    /// <summary>
    /// A light panel's share of black: copiers drop screens much under 10 %, and black text on more
    /// than 15 % starts to lose contrast on cheap paper.
    /// </summary>
    private const double PanelShare = 0.12;

    /// <summary>Colours this light are paper (white), not a panel to tint.</summary>
    private const double PaperAboveLightness = 0.995;

    /// <summary>
    /// Photos for toner: the darkest tones print at 90 % so shadow detail does not fill in as a solid,
    /// and a gamma of 1.15 takes back the 10–15 % a copier's dot gain adds to the mid-tones.
    /// </summary>
    public static ToneCurve PhotoCurve { get; } = new(MaxInk: 0.9, Gamma: 1.15);

    public static PagedDocument Apply(PagedDocument document, LayoutDefinition layout)
    {
        var names = new PaletteNames(layout.Colors);
        var shares = layout.Inks.BlackOnly;
        Color? Map(Color color, ColorUse use)
        {
            if (color.SpotName == Color.RegistrationName) return color;
            var gray = names.Find(color, shares) is { } share ? Color.Gray(1 - share) : Default(color, use);
            return gray.WithAlpha(color.Alpha);
        }

        var photo = new MonochromeImage(Color.Black, PhotoCurve);
        return document with
        {
            Pages = [.. document.Pages.Select(page => PageColors.Map(page, Map, image => image with { Monochrome = photo }))],
        };
    }

    private static Color Default(Color color, ColorUse use)
    {
        if (color.Space == ColorSpace.Gray) return color.WithAlpha(1);
        var lightness = Lightness.Of(color);
        if (use.Kind == ColorUseKind.Fill)
        {
            if (lightness >= PaperAboveLightness) return Color.White;
            return lightness > PanelAboveLightness ? Color.Gray(1 - PanelShare) : Color.Gray(lightness);
        }

        return lightness < SolidBelowLightness ? Color.Black : Color.Gray(lightness);
    }
}
