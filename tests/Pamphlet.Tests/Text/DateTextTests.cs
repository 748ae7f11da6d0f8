using Pamphlet.Composition.Text;
using Pamphlet.Text.Dates;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Text;

[Trait(Tier.Name, Tier.Unit)]
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
    [InlineData("ar", "14 آذار/مارس 2026")]
    [InlineData("ar-SY", "14 آذار/مارس 2026")]
    [InlineData("ar-lb", "14 آذار/مارس 2026")]
    [InlineData("ar-EG", "14 مارس 2026")]
    [InlineData("ar-SA", "14 مارس 2026")]
    [InlineData("ar-MA", "14 مارس 2026")]
    [InlineData("he", "14 במרץ 2026")]
    [InlineData("he-IL", "14 במרץ 2026")]
    [InlineData("fa", "2026-03-14")]
    public void Dates_print_as_the_language_prints_them(string language, string expected)
    {
        Assert.Equal(expected, DateText.Format(new DateOnly(2026, 3, 14), language));
    }

    [Theory]
    [InlineData("ar", "1 تشرين الثاني/نوفمبر 2026")]
    [InlineData("ar-JO", "1 تشرين الثاني/نوفمبر 2026")]
    [InlineData("ar-PS", "1 تشرين الثاني/نوفمبر 2026")]
    [InlineData("ar-IQ", "1 تشرين الثاني/نوفمبر 2026")]
    [InlineData("ar-AE", "1 نوفمبر 2026")]
    [InlineData("ar-MA", "1 نونبر 2026")]
    [InlineData("ar-DZ", "1 نوفمبر 2026")]
    [InlineData("he", "1 בנובמבר 2026")]
    public void Arabic_months_follow_the_region_and_hebrew_months_take_their_preposition(string language, string expected)
    {
        Assert.Equal(expected, DateText.Format(new DateOnly(2026, 11, 1), language));
    }

    [Theory]
    [InlineData("ar", "حزيران/يونيو")]
    [InlineData("ar-EG", "يونيو")]
    [InlineData("ar-MA", "يونيو")]
    [InlineData("ar-TN", "جوان")]
    public void June_is_named_as_each_region_prints_it(string language, string month)
    {
        Assert.Equal($"5 {month} 2026", DateText.Format(new DateOnly(2026, 6, 5), language));
    }

    [Fact]
    public void French_writes_the_first_of_the_month_as_an_ordinal()
    {
        Assert.Equal("1er mai 2026", DateText.Format(new DateOnly(2026, 5, 1), "fr-FR"));
    }
}
