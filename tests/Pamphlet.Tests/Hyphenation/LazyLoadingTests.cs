using Pamphlet.Text.Hyphenation;

namespace Pamphlet.Tests.Hyphenation;

[CollectionDefinition(nameof(LazyLoadingTests), DisableParallelization = true)]
public sealed class LazyLoadingCollection;

/// <summary>
/// Pattern files are read only for the languages asked for: an English pamphlet must not pay the
/// ~0.3 s the German file costs. Runs alone so no other test loads files meanwhile.
/// </summary>
[Collection(nameof(LazyLoadingTests))]
[Trait(Tier.Name, Tier.Unit)]
public sealed class LazyLoadingTests
{
    [Fact]
    public void Asking_for_other_languages_does_not_read_the_German_file()
    {
        // Other test classes may have loaded German already in this process; what must hold is that
        // these calls do not change whether it is loaded.
        var germanBefore = Hyphenator.IsLoaded("hyph_de_DE.dic");
        foreach (var tag in new[] { "en", "en-GB", "es", "fr", "it", "pt", "pt-BR" })
        {
            Assert.NotNull(Hyphenator.ForLanguage(tag));
        }

        Assert.Equal(germanBefore, Hyphenator.IsLoaded("hyph_de_DE.dic"));
        Assert.True(Hyphenator.IsLoaded("hyph_es_ES.dic"));
    }

    [Fact]
    public void Asking_for_German_reads_it()
    {
        Assert.NotNull(Hyphenator.ForLanguage("de-CH"));
        Assert.True(Hyphenator.IsLoaded("hyph_de_DE.dic"));
    }
}
