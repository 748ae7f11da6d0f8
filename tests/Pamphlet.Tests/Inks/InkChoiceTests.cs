using Pamphlet.Pages.Inks;

namespace Pamphlet.Tests.Inks;

[Trait(Tier.Name, Tier.Unit)]
public sealed class InkChoiceTests
{
    [Theory]
    [InlineData("color", InkKind.Color, "color")]
    [InlineData("Colour", InkKind.Color, "color")]
    [InlineData("black", InkKind.Black, "black")]
    [InlineData(" CMYK ", InkKind.Cmyk, "cmyk")]
    [InlineData("riso:black,red", InkKind.Riso, "riso:black,red")]
    [InlineData("riso: Black , Bright Red", InkKind.Riso, "riso:black,bright-red")]
    [InlineData("RISO:fluorescent_pink", InkKind.Riso, "riso:fluorescent-pink")]
    public void Inks_are_read_in_any_case_and_spelling_and_named_one_way(string text, InkKind kind, string name)
    {
        Assert.True(InkChoice.TryParse(text, out var ink, out var error), error);
        Assert.Equal(kind, ink.Kind);
        Assert.Equal(name, ink.Name);
    }

    [Theory]
    [InlineData("rainbow", "unknown ink \"rainbow\"")]
    [InlineData("riso:black,glitter", "unknown risograph ink \"glitter\"")]
    [InlineData("riso:", "1 to 4 inks")]
    [InlineData("riso:black,red,blue,yellow,green", "1 to 4 inks")]
    [InlineData("riso:red,Red", "named twice")]
    public void Unknown_inks_say_what_is_accepted(string text, string expected)
    {
        Assert.False(InkChoice.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Riso_drums_keep_their_order_and_print_as_named_spot_inks()
    {
        Assert.True(InkChoice.TryParse("riso:medium-blue,yellow", out var ink, out _));

        Assert.Equal(["Medium Blue", "Yellow"], ink.RisoInks.Select(i => i.Name));
        var tint = ink.RisoInks[1].At(0.4);
        Assert.Equal("Yellow", tint.SpotName);
        Assert.Equal(0.4, tint.Tint, 6);
    }

    [Fact]
    public void Choices_are_equal_when_they_print_with_the_same_inks()
    {
        Assert.True(InkChoice.TryParse("riso:black,red", out var a, out _));
        Assert.True(InkChoice.TryParse("riso: Black, RED", out var b, out _));

        Assert.Equal(a, b);
        Assert.NotEqual(a, InkChoice.Black);
    }
}
