using System.Text;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Tests.PdfSyntax;

[Trait(Tier.Name, Tier.Unit)]
public sealed class PdfValueTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.00001, "0")]
    [InlineData(12, "12")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00005, "0.0001")]
    [InlineData(595.2756, "595.2756")]
    [InlineData(1e9, "1000000000")]
    public void Numbers_have_at_most_four_decimals_and_no_exponent(double value, string expected) =>
        Assert.Equal(expected, PdfValue.Number(value));

    [Fact]
    public void Appended_numbers_are_the_same_text_as_numbers()
    {
        var random = new Random(9);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 6));
            var decimals = random.Next(0, 5);
            Assert.Equal(PdfValue.Number(value, decimals), new StringBuilder().AppendNumber(value, decimals).ToString());
        }
    }

    [Theory]
    [InlineData("Abc", "/Abc")]
    [InlineData("Riso Red", "/Riso#20Red")]
    [InlineData("a/b#c", "/a#2Fb#23c")]
    [InlineData("Grün", "/Gr#C3#BCn")]
    public void Names_escape_delimiters_spaces_and_non_ascii(string name, string expected) =>
        Assert.Equal(expected, PdfValue.Name(name));

    [Fact]
    public void Text_strings_are_literal_for_ascii_and_utf16_otherwise()
    {
        Assert.Equal("(a \\(b\\) c\\\\)", PdfValue.Text("a (b) c\\"));
        Assert.Equal("<FEFF00AD>", PdfValue.Text("\u00AD"));
    }

    [Fact]
    public void Dates_are_written_in_utc_whatever_the_offset()
    {
        var kolkata = new DateTimeOffset(2026, 3, 14, 5, 30, 0, TimeSpan.FromHours(5.5));
        Assert.Equal("(D:20260314000000Z)", PdfValue.Date(kolkata));
    }
}

[Trait(Tier.Name, Tier.Unit)]
public sealed class ContentBuilderTests
{
    [Theory]
    [InlineData(250, "[ 250 ]TJ\n")]
    [InlineData(-12.3, "[ -12.3 ]TJ\n")]
    [InlineData(0.7, "[ 0.7 ]TJ\n")]
    [InlineData(-0.04, "[ 0 ]TJ\n")]
    public void Adjustments_are_written_to_a_tenth(double thousandths, string expected)
    {
        using var content = new Pamphlet.Pdf.Content.ContentBuilder();
        content.BeginShow();
        content.Adjust(thousandths);
        content.EndShow();
        Assert.Equal(expected, System.Text.Encoding.Latin1.GetString(content.Bytes));
    }
}
