using Pamphlet.Layouts.Units;

namespace Pamphlet.Tests.Layouts;

[Trait(Tier.Name, Tier.Unit)]
public sealed class LengthLiteralTests
{
    [Theory]
    [InlineData("72pt", 72)]
    [InlineData("25.4mm", 72)]
    [InlineData("2.54cm", 72)]
    [InlineData("1in", 72)]
    [InlineData("1.5em", 15)]           // em base 10pt in this test
    [InlineData("12 pt", 12)]
    [InlineData("12PT", 12)]
    [InlineData(".5in", 36)]
    [InlineData("-3mm", -8.503937007874017)]
    [InlineData("1080px", 1080)]        // a card's pixel is a point
    public void ConvertsToPoints(string text, double points)
    {
        Assert.True(LengthLiteral.TryParse(text, out var literal, out _));
        Assert.Equal(points, literal.ToPoints(emSize: 10), precision: 9);
    }

    [Fact]
    public void MillimetreIsAnInchOver25Point4() => Assert.Equal(72 / 25.4, LengthLiteral.PointsPerMillimetre, precision: 12);

    [Theory]
    [InlineData("45%", 45, LengthUnit.Percent)]
    [InlineData("0", 0, LengthUnit.None)]
    [InlineData("1.3", 1.3, LengthUnit.None)]
    public void KeepsBareNumbersAndPercentagesForTheCallerToInterpret(string text, double number, LengthUnit unit)
    {
        Assert.True(LengthLiteral.TryParse(text, out var literal, out _));
        Assert.Equal(new LengthLiteral(number, unit), literal);
    }

    [Fact]
    public void ReportsAnUnknownUnit()
    {
        Assert.False(LengthLiteral.TryParse("12pc", out _, out var unknown));
        Assert.Equal("pc", unknown);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("pt")]
    [InlineData("1.2.3mm")]
    public void RejectsTextWithoutANumber(string text)
    {
        Assert.False(LengthLiteral.TryParse(text, out _, out var unknown));
        Assert.Null(unknown);
    }
}
