using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// One drum's master from a risograph composite: what that ink prints, in grey (100 % black = full
/// ink on that drum), what paper-white knocks out, and the registration marks; the other drums'
/// items are left out. What a risograph's driver takes for one pass.
/// </summary>
internal static class RisoSeparations
{
    public static PagedDocument For(PagedDocument composite, RisoInk ink)
    {
        Color? Map(Color color, ColorUse use)
        {
            if (color.SpotName == Color.RegistrationName) return Color.Black;
            if (color.Space == ColorSpace.Spot) return color.SpotName == ink.Name ? Color.Gray(1 - color.Tint).WithAlpha(color.Alpha) : null;
            // Paper-white: a hole in every drum's ink.
            return color;
        }

        ImageItem? Image(ImageItem image) => image.Monochrome is { Ink: var photoInk, Curve: var curve }
            ? photoInk.SpotName == ink.Name ? image with { Monochrome = new MonochromeImage(Color.Black, curve with { MaxInk = curve.MaxInk * photoInk.Tint }) } : null
            : image;

        return composite with { Pages = [.. composite.Pages.Select(page => PageColors.Map(page, Map, Image))] };
    }
}
