using Pamphlet.Text.Bidi;

namespace Pamphlet.Tests.Bidi;

/// <summary>The generated Unicode 15.0 tables: bidi classes and mirrored glyphs.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BidiCharactersTests
{
    [Theory]
    [InlineData('a', BidiClass.L)]
    [InlineData('א', BidiClass.R)]
    [InlineData('ع', BidiClass.AL)]
    [InlineData('7', BidiClass.EN)]
    [InlineData(0x0663, BidiClass.AN)]  // ARABIC-INDIC DIGIT THREE
    [InlineData('%', BidiClass.ET)]
    [InlineData(',', BidiClass.CS)]
    [InlineData('+', BidiClass.ES)]
    [InlineData(' ', BidiClass.WS)]
    [InlineData('\t', BidiClass.S)]
    [InlineData(0x2029, BidiClass.B)]
    [InlineData(0x0301, BidiClass.NSM)]
    [InlineData(0x200D, BidiClass.BN)]  // ZERO WIDTH JOINER
    [InlineData(0x2067, BidiClass.RLI)]
    [InlineData(0x05FF, BidiClass.R)]   // unassigned in the Hebrew block: defaults to R
    [InlineData(0x07B5, BidiClass.AL)]   // unassigned in the Thaana block: defaults to AL
    [InlineData(0x20C5, BidiClass.ET)]  // unassigned currency symbol
    [InlineData(0x10900, BidiClass.R)]  // PHOENICIAN LETTER ALF, beyond the BMP table
    [InlineData(0x1F600, BidiClass.ON)] // an emoji
    [InlineData(0xE0001, BidiClass.BN)] // LANGUAGE TAG
    public void Classes_come_from_the_Unicode_database(int codePoint, BidiClass expected)
    {
        Assert.Equal(expected, BidiCharacters.GetClass(codePoint));
    }

    [Theory]
    [InlineData('(', ')')]
    [InlineData(')', '(')]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    [InlineData('<', '>')]
    [InlineData('«', '»')]
    [InlineData('‹', '›')]
    [InlineData(0x2264, 0x2265)] // ≤ ≥
    [InlineData('a', 'a')]
    [InlineData('"', '"')]
    public void Mirrored_glyphs_come_from_BidiMirroring(int codePoint, int expected)
    {
        Assert.Equal(expected, BidiParagraph.Mirror(codePoint));
    }

    [Fact]
    public void The_tables_are_Unicode_15()
    {
        Assert.Equal("15.0.0", BidiCharacters.UnicodeVersion);
    }
}
