using Pamphlet.Engine.Print.Inks;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Xunit;

namespace Pamphlet.Tests.Inks;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ProcessColorsTests
{
    // Reference values from Little CMS 2.14 (sRGB → FOGRA39L_coated.icc, relative colorimetric),
    // in percent ink. Our lookup interpolates the same table, so it agrees within a point.
    [Theory]
    [InlineData(0xb3, 0x00, 0x1b, 0.0, 99.2, 89.4, 24.3)]
    [InlineData(0xf6, 0xe9, 0xe6, 5.9, 9.4, 9.0, 0.0)]
    [InlineData(0x8c, 0x1c, 0x13, 0.4, 96.5, 96.5, 48.2)]
    [InlineData(0x00, 0x78, 0xbf, 86.3, 45.9, 0.4, 3.1)]
    [InlineData(0xff, 0xe8, 0x00, 4.7, 3.5, 94.1, 0.8)]
    [InlineData(0x14, 0x78, 0x3c, 83.9, 8.2, 92.9, 35.7)]
    [InlineData(0xff, 0xff, 0xff, 0, 0, 0, 0)]
    public void Screen_colours_become_the_inks_a_colour_engine_gives(int r, int g, int b, double c, double m, double y, double k)
    {
        var cmyk = ProcessColors.FromRgb(r / 255.0, g / 255.0, b / 255.0);

        Assert.Equal(ColorSpace.Cmyk, cmyk.Space);
        var expected = new[] { c, m, y, k };
        Assert.True(Enumerable.Range(0, 4).All(i => Math.Abs(cmyk.Components[i] * 100 - expected[i]) <= 1.0), $"{cmyk} is not within a point of cmyk({c}, {m}, {y}, {k})");
    }

    [Fact]
    public void Converted_black_keeps_total_ink_within_the_press_limit()
    {
        // Four-colour black from the profile is 300 % or more; the limit takes the excess from C, M and Y.
        var black = ProcessColors.FromRgb(0, 0, 0);

        Assert.True(black.Components.Sum() <= InkLimits.MaxTotalInk + 1e-9);
        Assert.Equal(1.0, black.Components[3], 2);
    }

    [Fact]
    public void Limiting_ink_takes_from_the_colours_and_keeps_black()
    {
        var limited = ProcessColors.Limited(1, 1, 1, 1);

        Assert.Equal(3.0, limited.Components.Sum(), 6);
        Assert.Equal(1.0, limited.Components[3]);
        Assert.Equal(limited.Components[0], limited.Components[1], 6);
    }
}
