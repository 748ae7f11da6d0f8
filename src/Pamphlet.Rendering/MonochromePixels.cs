using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Rendering;

/// <summary>
/// The one rule by which every writer turns a photo's pixels into shares of one ink
/// (<see cref="ImageItem.Monochrome"/>): each pixel is laid over white paper by its alpha, its
/// lightness taken with <see cref="MonochromeImage.Lightness"/> on the sRGB-encoded channels and
/// rounded to 8 bits, and that lightness mapped through the tone curve and the ink's strength (a
/// spot ink's tint; for black, 1 − its grey level). Shares are bytes: 0 paper, 255 solid ink.
/// </summary>
internal sealed class MonochromePixels
{
    private readonly byte[] shares = new byte[256];

    public MonochromePixels(MonochromeImage rendition)
    {
        Rendition = rendition;
        var strength = Strength(rendition.Ink);
        for (var lightness = 0; lightness < shares.Length; lightness++)
        {
            shares[lightness] = (byte)Math.Round(255 * strength * rendition.Curve.InkFor(lightness / 255.0));
        }
    }

    public MonochromeImage Rendition { get; }

    /// <summary>Black ink prints as DeviceGray; anything else here is a spot ink in its Separation.</summary>
    public bool IsBlack => Rendition.Ink.Space == ColorSpace.Gray;

    /// <summary>The ink share (0 paper, 255 solid) of each pixel of a row of unpremultiplied RGBA pixels.</summary>
    public void InkShares(ReadOnlySpan<byte> rgba, Span<byte> inkShares)
    {
        for (int i = 0, p = 0; i < inkShares.Length; i++, p += 4)
        {
            var (r, g, b, alpha) = (rgba[p], rgba[p + 1], rgba[p + 2], rgba[p + 3]);
            var lightness = alpha == 255
                ? MonochromeImage.Lightness(r / 255.0, g / 255.0, b / 255.0)
                : MonochromeImage.Lightness(OverPaper(r, alpha), OverPaper(g, alpha), OverPaper(b, alpha));
            inkShares[i] = shares[(int)Math.Round(lightness * 255)];
        }
    }

    /// <summary>An 8-bit channel at <paramref name="alpha"/> laid over white paper, 0..1: no transparency reaches the press.</summary>
    private static double OverPaper(byte channel, byte alpha) => (channel * alpha + 255.0 * (255 - alpha)) / (255.0 * 255.0);

    /// <summary>How the ink looks on paper at <paramref name="share"/>, for previews: grey for black, the spot's look mixed with paper.</summary>
    public Color Look(byte share) => IsBlack
        ? Color.Gray(1 - share / 255.0)
        : Color.Spot(Rendition.Ink.SpotName!, Rendition.Ink.SpotAlternate!.Value, share / 255.0);

    /// <summary>The share of full ink that a share of 1 lays down: a spot's tint, or for a grey "ink" its darkness.</summary>
    private static double Strength(Color ink) => ink.Space switch
    {
        ColorSpace.Gray => 1 - ink.Components[0],
        ColorSpace.Spot => ink.Tint,
        // Composition chooses the ink; a colour that is not one ink is a bug there, not a user error.
        _ => throw new NotSupportedException($"A photo is printed in one ink: black or a spot ink, not {ink}."),
    };
}
