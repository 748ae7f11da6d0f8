using Pamphlet.Composition.Hyphenation;
using static Pamphlet.Tests.Hyphenation.HyphenationTestSupport;

namespace Pamphlet.Tests.Hyphenation;

/// <summary>
/// The bundled patterns for Spanish, French, German, Italian, Portuguese and British English, on words of
/// political writing. Expectations are what the patterns give, checked against each language's syllable
/// rules; breaks the house minimums remove (three letters after a break) are missing on purpose
/// ("solidari-té" would carry two letters over).
/// </summary>
public sealed class MoreLanguagesTests
{
    [Theory]
    [InlineData("es", "democracia", "de-mo-cra-cia")]
    [InlineData("es", "solidaridad", "so-li-da-ri-dad")]
    [InlineData("es", "trabajadores", "tra-ba-ja-do-res")]
    [InlineData("fr", "solidarité", "so-li-da-rité")]
    [InlineData("fr", "gouvernement", "gou-ver-ne-ment")]
    [InlineData("fr", "l’organisation", "l’or-ga-ni-sa-tion")]
    [InlineData("de", "Solidarität", "So-li-da-ri-tät")]
    [InlineData("de", "Gewerkschaft", "Ge-werk-schaft")]
    [InlineData("de", "Gewerkschaftsbund", "Ge-werk-schafts-bund")]
    [InlineData("de", "Arbeiterbewegung", "Ar-bei-ter-be-we-gung")]
    [InlineData("de", "Zucker", "Zu-cker")] // reformed spelling: "ck" stays together (the old "Zuk-ker" respelling is skipped)
    [InlineData("it", "solidarietà", "so-li-da-rie-tà")]
    [InlineData("it", "democrazia", "de-mo-cra-zia")]
    [InlineData("it", "lavoratori", "la-vo-ra-to-ri")]
    [InlineData("pt", "solidariedade", "so-li-da-ri-e-dade")]
    [InlineData("pt", "democracia", "de-mo-cra-cia")]
    [InlineData("pt-BR", "solidariedade", "so-li-da-ri-e-dade")]
    [InlineData("pt-BR", "trabalhadores", "tra-ba-lha-do-res")]
    [InlineData("en-GB", "organisation", "or-gan-isa-tion")]
    [InlineData("en-GB", "democracy", "demo-cracy")] // British practice, by etymology (US: "de-moc-ra-cy")
    [InlineData("en-GB", "government", "gov-ern-ment")]
    public void Known_words_break_where_the_language_breaks_them(string tag, string word, string expected)
    {
        var hyphenator = Hyphenator.ForLanguage(tag);
        Assert.NotNull(hyphenator);
        Assert.Equal(expected, Show(hyphenator, word));
    }

    [Theory]
    [InlineData("Gewerkschaft", "gewerkschaft")]
    [InlineData("Solidarität", "solidarität")]
    [InlineData("Demokratie", "demokratie")]
    public void German_nouns_hyphenate_with_their_capital(string noun, string lowerCase)
    {
        var german = Hyphenator.ForLanguage("de")!;
        Assert.NotEmpty(german.Hyphenate(noun));
        Assert.Equal(german.Hyphenate(lowerCase), german.Hyphenate(noun));
    }

    [Theory]
    [InlineData("es", "hyph_es_ES.dic")]
    [InlineData("es-MX", "hyph_es_ES.dic")]
    [InlineData("fr", "hyph_fr.dic")]
    [InlineData("fr-CA", "hyph_fr.dic")]
    [InlineData("de", "hyph_de_DE.dic")]
    [InlineData("de-DE", "hyph_de_DE.dic")]
    [InlineData("de-AT", "hyph_de_DE.dic")]
    [InlineData("de-CH", "hyph_de_DE.dic")]
    [InlineData("de_ch", "hyph_de_DE.dic")]
    [InlineData("it", "hyph_it_IT.dic")]
    [InlineData("it-CH", "hyph_it_IT.dic")]
    [InlineData("pt", "hyph_pt_PT.dic")]
    [InlineData("pt-PT", "hyph_pt_PT.dic")]
    [InlineData("pt-BR", "hyph_pt_BR.dic")]
    [InlineData("en-GB", "hyph_en_GB.dic")]
    [InlineData("en-AU", "hyph_en_US.dic")]
    public void Tags_resolve_to_their_pattern_file(string tag, string patternFile)
    {
        Assert.Equal(patternFile, Hyphenator.ForLanguage(tag)?.PatternFile);
    }

    [Fact]
    public void German_variants_share_one_instance()
    {
        Assert.Same(Hyphenator.ForLanguage("de"), Hyphenator.ForLanguage("de-CH"));
        Assert.Same(Hyphenator.ForLanguage("de-AT"), Hyphenator.ForLanguage("de-DE"));
        Assert.NotSame(Hyphenator.ForLanguage("pt-PT"), Hyphenator.ForLanguage("pt-BR"));
    }

    [Theory]
    [InlineData("es", 2, 2)] // file: 2 and 2; Spanish print carries two letters over (babel: 2)
    [InlineData("fr", 2, 3)] // French keeps three, as babel-french does
    [InlineData("de", 2, 2)] // file declares only the compound minimums (2, 2); German print: 2
    [InlineData("it", 2, 2)]
    [InlineData("pt", 2, 3)]
    [InlineData("en-GB", 2, 3)] // file: 2 and 3
    public void Minimums_are_the_larger_of_file_and_house(string tag, int left, int right)
    {
        var hyphenator = Hyphenator.ForLanguage(tag)!;
        Assert.Equal(left, hyphenator.LeftMinimum);
        Assert.Equal(right, hyphenator.RightMinimum);
    }

    [Theory]
    [InlineData("hyph_es_ES.dic", 2, 2)]
    [InlineData("hyph_fr.dic", 2, 2)]
    [InlineData("hyph_en_GB.dic", 2, 3)]
    [InlineData("hyph_it_IT.dic", 0, 0)]
    [InlineData("hyph_pt_PT.dic", 0, 0)]
    [InlineData("hyph_pt_BR.dic", 0, 0)]
    [InlineData("hyph_de_DE.dic", 0, 0)]
    public void Every_bundled_file_reads_with_its_declared_minimums(string file, int left, int right)
    {
        var patterns = ReadBundled(file);
        Assert.True(patterns.PatternCount > 100, $"{file}: {patterns.PatternCount} patterns");
        Assert.Equal(left, patterns.LeftHyphenMin);
        Assert.Equal(right, patterns.RightHyphenMin);
    }

    [Fact]
    public void German_is_read_as_two_levels_and_French_as_one()
    {
        var german = ReadBundled("hyph_de_DE.dic");
        Assert.NotNull(german.CompoundLevel);
        Assert.Equal(2, german.CompoundLeftHyphenMin);
        Assert.Equal(2, german.CompoundRightHyphenMin);
        // The ISO-8859-1 file is decoded by PatternCharset: umlauts arrive as umlauts.
        Assert.True(german.Knows('ü') && german.Knows('ä') && german.Knows('ö'));
        Assert.Null(ReadBundled("hyph_fr.dic").CompoundLevel);
    }

    [Fact]
    public void Latin1_Portuguese_file_is_decoded()
    {
        var portuguese = ReadBundled("hyph_pt_PT.dic");
        Assert.True(portuguese.Knows('ç') || portuguese.Knows('ã') || portuguese.Knows('é'));
    }

    private static LiangPatterns ReadBundled(string file)
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream("Pamphlet.Hyphenation." + file)
            ?? throw new InvalidOperationException(file + " must be embedded.");
        return PatternFileReader.Read(stream, file);
    }
}
