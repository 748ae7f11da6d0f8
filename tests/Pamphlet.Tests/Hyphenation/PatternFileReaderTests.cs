using Pamphlet.Text.Hyphenation;
using static Pamphlet.Tests.Hyphenation.HyphenationTestSupport;

namespace Pamphlet.Tests.Hyphenation;

[Trait(Tier.Name, Tier.Unit)]
public sealed class PatternFileReaderTests
{
    [Fact]
    public void Liangs_own_example_hyphenates_hyphenation()
    {
        // The nine patterns of Liang's thesis give h y3p h e2n5a4t2i o2n: odd after "hy" and "hen".
        var patterns = ReadTestPatterns("liang-thesis.dic");
        Span<byte> gaps = stackalloc byte["hyphenation".Length + 1];
        patterns.Score("hyphenation", gaps);
        Assert.Equal(new byte[] { 0, 1, 3, 0, 0, 2, 5, 4, 2, 0, 2, 0 }, gaps.ToArray());

        var hyphenator = new Hyphenator(patterns, HyphenationExceptions.None);
        Assert.Equal("hyphen-ation", Show(hyphenator, "hyphenation"));
    }

    [Fact]
    public void Options_comments_and_duplicates_are_read()
    {
        var patterns = ReadTestPatterns("liang-thesis.dic");
        Assert.Equal(1, patterns.LeftHyphenMin);
        Assert.Equal(1, patterns.RightHyphenMin);
        Assert.Equal(2, patterns.CompoundLeftHyphenMin);
        Assert.Equal(3, patterns.CompoundRightHyphenMin);
        Assert.Equal(9, patterns.PatternCount); // the thesis's nine; "h1yph" merges into "hy3ph"; "c1k/..." skipped
        Assert.Equal(new byte[] { 0, 1, 3, 0, 0 }, patterns.ValuesOf("hyph")); // "hy3ph" merged with "h1yph"
        Assert.Equal(new byte[] { 0, 0, 0, 5, 0, 0 }, patterns.ValuesOf("henat")); // "hen5at"
    }

    [Fact]
    public void Non_standard_patterns_are_skipped()
    {
        var patterns = ReadTestPatterns("liang-thesis.dic");
        Assert.False(patterns.Knows('/'));
        Assert.False(patterns.Knows('='));
        Assert.False(patterns.Knows('k'));
    }

    [Fact]
    public void An_8_bit_file_is_decoded_with_the_charset_it_names()
    {
        var patterns = ReadTestPatterns("latin1.dic");
        Assert.True(patterns.Knows('é'));
        Assert.Equal(new byte[] { 0, 1, 0 }, patterns.ValuesOf("ét"));
        var hyphenator = new Hyphenator(patterns, HyphenationExceptions.None);
        Assert.Equal("varié-tés", Show(hyphenator, "variétés"));
        Assert.Equal("VARIÉ-TÉS".ToLowerInvariant(), Show(hyphenator, "variétés"));
    }

    [Fact]
    public void Without_apostrophes_in_the_patterns_each_part_is_hyphenated_alone()
    {
        // ".ex1" only matches at a word start, so it can only fire if "example" is scored as a word.
        var patterns = PatternFileReader.Read("UTF-8\n.exa1\n"u8.ToArray(), "word-start.dic");
        Assert.False(patterns.Knows('\''));
        var hyphenator = new Hyphenator(patterns, HyphenationExceptions.None);
        Assert.Equal("l’exa-mple", Show(hyphenator, "l’example"));
        Assert.Equal("l'exa-mple", Show(hyphenator, "l'example"));
    }

    [Theory]
    [InlineData("UTF-8", "utf-8")]
    [InlineData("ISO8859-1", "iso-8859-1")]
    [InlineData("ISO8859-2", "iso-8859-2")]
    [InlineData("ISO8859-15", "iso-8859-15")]
    [InlineData("KOI8-R", "koi8-r")]
    [InlineData("microsoft-cp1251", "windows-1251")]
    public void Charsets_named_by_LibreOffice_files_are_known(string firstLine, string webName)
    {
        Assert.Equal(webName, PatternCharset.Resolve(firstLine)?.WebName);
    }

    [Fact]
    public void An_unknown_charset_is_refused_with_a_fix()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadTestPatterns("unknown-charset.dic"));
        Assert.Contains("unknown-charset.dic:1", error.Message);
        Assert.Contains("NO-SUCH-CHARSET-42", error.Message);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Two_level_files_keep_their_levels_apart()
    {
        var patterns = ReadTestPatterns("nextlevel.dic");
        Assert.NotNull(patterns.CompoundLevel);
        Assert.NotNull(patterns.CompoundLevel.ValuesOf("n"));
        Assert.Null(patterns.CompoundLevel.ValuesOf("t"));
        Assert.NotNull(patterns.ValuesOf("t"));
        Assert.Null(patterns.ValuesOf("n"));
    }

    [Fact]
    public void An_empty_first_level_is_a_one_level_file()
    {
        var patterns = PatternFileReader.Read("UTF-8\nLEFTHYPHENMIN 2\nNEXTLEVEL\n1t\n"u8.ToArray(), "marker.dic");
        Assert.Null(patterns.CompoundLevel);
        Assert.NotNull(patterns.ValuesOf("t"));
    }

    [Fact]
    public void A_third_level_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(
            () => PatternFileReader.Read("UTF-8\n1n\nNEXTLEVEL\n1t\nNEXTLEVEL\n1s\n"u8.ToArray(), "three.dic"));
        Assert.Contains("three.dic:5", error.Message);
        Assert.Contains("NEXTLEVEL", error.Message);
    }

    [Fact]
    public void Hash_comments_NOHYPHEN_and_slash_patterns_are_skipped_and_counted()
    {
        var patterns = PatternFileReader.Read(
            "ISO8859-1\n# a banner, with spaces\nNOHYPHEN -,'\nc1k/k=k,1,2\n1t\n"u8.ToArray(), "skips.dic");
        Assert.Equal(1, patterns.PatternCount);
        Assert.Equal(1, patterns.NonStandardPatternsSkipped);
    }

    [Fact]
    public void Compound_boundaries_come_first_then_each_part_is_hyphenated()
    {
        // Compound level: a boundary between "b" and "x"; word level: a break before every "tu". The
        // compound minimum (3) drops "xy-tu", two letters after the boundary; "xytu-tum" stays.
        var patterns = PatternFileReader.Read(
            "UTF-8\nCOMPOUNDLEFTHYPHENMIN 3\nb1x\nNEXTLEVEL\n1tu\n"u8.ToArray(), "two.dic");
        var hyphenator = new Hyphenator(patterns, HyphenationExceptions.None);
        Assert.Equal("abb-xytu-tum", Show(hyphenator, "abbxytutum"));
    }

    [Fact]
    public void Bytes_that_do_not_fit_the_declared_charset_are_refused()
    {
        var bytes = "UTF-8\n\u00e91t\n"u8.ToArray().Concat(new byte[] { 0xE9, (byte)'1', (byte)'t', (byte)'\n' }).ToArray();
        var error = Assert.Throws<InvalidDataException>(() => PatternFileReader.Read(bytes, "bad.dic"));
        Assert.Contains("bad.dic", error.Message);
    }

    [Fact]
    public void The_bundled_English_file_loads_completely()
    {
        var patterns = FreshEnglishPatterns();
        Assert.Equal(2, patterns.LeftHyphenMin);
        Assert.Equal(3, patterns.RightHyphenMin);
        // 11,110 lines: the charset line and two options are not patterns.
        Assert.Equal(11_107, patterns.PatternCount);
        Assert.True(patterns.Knows('\''));
        Assert.Equal(new byte[] { 0, 0, 2, 0, 4 }, patterns.ValuesOf(".ach")); // ".a2ch4", the first pattern
    }
}
