using Pamphlet.Composition.Text;
using Pamphlet.Text.Shaping;

using Pamphlet.Text.Dates;

namespace Pamphlet.Tests.Text;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("en", "14 March 2026")]
    [InlineData("en-GB", "14 March 2026")]
    [InlineData("en-US", "March 14, 2026")]
    [InlineData("es", "14 de marzo de 2026")]
    [InlineData("pt-BR", "14 de março de 2026")]
    [InlineData("fr", "14 mars 2026")]
    [InlineData("de-CH", "14. März 2026")]
    [InlineData("it", "14 marzo 2026")]
    [InlineData("ar", "2026-03-14")]
    public void Dates_print_as_the_language_prints_them(string language, string expected)
    {
        Assert.Equal(expected, DateText.Format(new DateOnly(2026, 3, 14), language));
    }

    [Fact]
    public void French_writes_the_first_of_the_month_as_an_ordinal()
    {
        Assert.Equal("1er mai 2026", DateText.Format(new DateOnly(2026, 5, 1), "fr-FR"));
    }
}
