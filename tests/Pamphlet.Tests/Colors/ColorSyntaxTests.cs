using Pamphlet.Pages;

namespace Pamphlet.Tests.Colors;

[Trait(Tier.Name, Tier.Unit)]
public class ColorSyntaxTests
{
    [Theory]
    [InlineData("#000000", 0)]
    [InlineData("#555555", 0x55 / 255.0)]
    [InlineData("#fff", 1)]
    [InlineData("gray(0.6)", 0.6)]
    [InlineData(" gray( 0 ) ", 0)]
    public void Greys_and_black_are_gray_so_they_print_with_black_ink_only(string text, double level)
    {
        Assert.True(Color.TryParse(text, out var color));
        Assert.Equal(ColorSpace.Gray, color.Space);
        Assert.Equal(level, color.Components[0], 6);
    }

    [Fact]
    public void A_hex_colour_with_different_channels_is_rgb_with_its_opacity()
    {
        Assert.True(Color.TryParse("#b3001b80", out var color));
        Assert.Equal(ColorSpace.Rgb, color.Space);
        Assert.Equal([0xb3 / 255.0, 0, 0x1b / 255.0], color.Components);
        Assert.Equal(0x80 / 255.0, color.Alpha, 6);
        Assert.Equal("#b3001b at opacity 0.502", color.ToString());
    }

    [Fact]
    public void Cmyk_is_given_in_percent_of_ink()
    {
        Assert.True(Color.TryParse("cmyk(0, 100, 85, 30)", out var color));
        Assert.Equal(ColorSpace.Cmyk, color.Space);
        Assert.Equal([0, 1, 0.85, 0.3], color.Components);
        Assert.Equal("cmyk(0, 100, 85, 30)", color.ToString());
    }

    [Fact]
    public void A_spot_ink_has_a_name_and_a_cmyk_look_alike()
    {
        Assert.True(Color.TryParse("spot(\"Bright Red, Riso\", cmyk(0, 90, 80, 0))", out var color));
        Assert.Equal(ColorSpace.Spot, color.Space);
        Assert.Equal("Bright Red, Riso", color.SpotName);
        Assert.Equal([1.0], color.Components);
        Assert.Equal(Color.Cmyk(0, 0.9, 0.8, 0), color.SpotAlternate);
        var (r, g, b) = color.ToRgb();
        Assert.Equal((1.0, 0.1, 0.2), (r, Math.Round(g, 6), Math.Round(b, 6)));
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12")]
    [InlineData("#zz0000")]
    [InlineData("gray(1.5)")]
    [InlineData("gray(0.2, 0.3)")]
    [InlineData("cmyk(0, 100, 85)")]
    [InlineData("cmyk(0, 100, 85, 130)")]
    [InlineData("cmyk(0, -1, 85, 30)")]
    [InlineData("spot(Name, cmyk(0, 100, 85, 30))")]
    [InlineData("spot(\"\", cmyk(0, 100, 85, 30))")]
    [InlineData("spot(\"Name\", #ff0000)")]
    public void Anything_else_is_refused(string text) => Assert.False(Color.TryParse(text, out _));

    [Fact]
    public void Registration_is_the_all_separation()
    {
        Assert.Equal(ColorSpace.Spot, Color.Registration.Space);
        Assert.Equal("All", Color.Registration.SpotName);
    }
}
