using Pamphlet.Text.Hyphenation;
using static Pamphlet.Tests.Hyphenation.HyphenationTestSupport;

namespace Pamphlet.Tests.Hyphenation;

[Trait(Tier.Name, Tier.Unit)]
public sealed class HyphenatorLanguageTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("EN_us")]
    [InlineData("en-AU")] // an English variant without its own patterns falls back to "en"
    public void English_tags_get_the_English_patterns(string tag)
    {
        var hyphenator = Hyphenator.ForLanguage(tag);
        Assert.NotNull(hyphenator);
        Assert.Equal("hyph_en_US.dic", hyphenator.PatternFile);
        Assert.Equal("hyphen-ation", Show(hyphenator, "hyphenation"));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("tlh")]
    [InlineData("nl")] // not bundled yet
    [InlineData("")]
    [InlineData("english")]
    public void Unknown_languages_get_no_hyphenator(string tag)
    {
        Assert.Null(Hyphenator.ForLanguage(tag));
    }

    [Fact]
    public void One_instance_per_pattern_file()
    {
        Assert.Same(Hyphenator.ForLanguage("en"), Hyphenator.ForLanguage("en-AU"));
        Assert.Same(Hyphenator.ForLanguage("en-US"), Hyphenator.ForLanguage("en"));
    }

    [Fact]
    public void Concurrent_first_calls_share_one_instance()
    {
        var instances = new Hyphenator?[64];
        Parallel.For(0, instances.Length, i => instances[i] = Hyphenator.ForLanguage(i % 2 == 0 ? "en" : "en-US"));
        Assert.All(instances, h => Assert.Same(instances[0], h));
    }

    [Fact]
    public void Parallel_calls_give_the_same_answers_as_sequential_ones()
    {
        var words = File.ReadAllLines(TestDataPath("political-words.txt"))
            .SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..], w + "’s", "(" + w + ")" })
            .ToArray();
        var sequential = FreshEnglish();
        var expected = words.Select(w => Show(sequential, w)).ToArray();

        // A cold shared instance, many threads filling its cache with the same words at once.
        var shared = FreshEnglish();
        var results = new string[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var mine = new string[words.Length];
            for (var round = 0; round < 3; round++)
            {
                for (var k = 0; k < words.Length; k++)
                {
                    // Each thread walks the list from a different place, so threads race on different words.
                    var i = (k + t * 37) % words.Length;
                    mine[i] = Show(shared, words[i]);
                }
            }

            results[t] = mine;
        });

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
