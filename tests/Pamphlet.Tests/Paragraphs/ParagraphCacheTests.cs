using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>
/// Set paragraphs kept between builds: given again only for the same spans, format and engine
/// settings; the warnings a setting makes are made again on every use; a setting that met a character
/// no font has is never kept; settings unused for <see cref="ParagraphCache.KeptBuilds"/> builds go.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ParagraphCacheTests
{
    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);
    private static readonly Shaper Shaper = new();
    private static readonly KnuthPlassBreaker Breaker = new();

    private const string Text =
        "Tenants in the three blocks on Calder Street have organised to stop the sale of their homes, " +
        "and they ask every neighbour to sign the petition before the council meets in the spring.";

    private static readonly SpanStyle Body = new(new FontSpec("Noto Serif", FontWeight.Regular, false, 10, 13), Color.Black, 0, true, "body");

    private static StyledSpan[] Spans(string text = Text) => [new StyledSpan(text, Body, new SourceLocation("t.md", 1))];

    private static ParagraphFormat Format(double measure = 150, string language = "en") => new(measure, 0, TextAlign.Justify, true, language, 13, 2);

    private static TextEngine Engine(ParagraphCache cache, DiagnosticBag? diagnostics = null, MissingGlyphs? missing = null, string language = "en", bool hyphenate = true,
        IReadOnlyList<string>? fallback = null) =>
        new(Fonts, Shaper, Breaker, language, fallback ?? [], hyphenate, diagnostics ?? new DiagnosticBag(), missing ?? new MissingGlyphs(), cache: cache);

    [Fact]
    public void A_paragraph_set_again_by_an_engine_with_the_same_settings_is_the_kept_setting()
    {
        var cache = new ParagraphCache();
        var first = Engine(cache).Set(Spans(), Format());
        var again = Engine(cache).Set(Spans(), Format());

        Assert.Same(first, again);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Another_text_measure_language_setting_or_fallback_list_is_set_anew()
    {
        var cache = new ParagraphCache();
        Engine(cache).Set(Spans(), Format());

        Engine(cache).Set(Spans(Text.Replace("Calder", "Alder", StringComparison.Ordinal)), Format());
        Engine(cache).Set(Spans(), Format(measure: 160));
        Engine(cache, language: "en-GB").Set(Spans(), Format(language: "en-GB"));
        Engine(cache, hyphenate: false).Set(Spans(), Format());
        Engine(cache, fallback: ["Noto Sans"]).Set(Spans(), Format());

        Assert.Equal(0, cache.Hits);
        Assert.Equal(6, cache.Count);
    }

    [Fact]
    public void A_kept_setting_gives_its_cut_word_warnings_to_every_engine_that_uses_it()
    {
        var cache = new ParagraphCache();
        // A number is never broken by the rules: thirty digits are cut where the narrow column ends.
        var spans = Spans("Reference 123456789012345678901234567890 is on the plans.");
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();

        Engine(cache, first).Set(spans, Format(measure: 60));
        Engine(cache, second).Set(spans, Format(measure: 60));

        Assert.Equal(1, cache.Hits);
        Assert.NotEmpty(first.Items);
        Assert.Equal(first.Items, second.Items);
        // A trial counts the same kept setting as not fitting.
        Assert.False(Engine(cache).TrySet(spans, Format(measure: 60), out _));
    }

    [Fact]
    public void A_setting_that_met_a_character_no_font_has_is_not_kept()
    {
        var cache = new ParagraphCache();
        var spans = Spans("The sign said \u16A0\u16A2 in runes.");
        var first = new MissingGlyphs();
        var second = new MissingGlyphs();

        Engine(cache, missing: first).Set(spans, Format());
        Engine(cache, missing: second).Set(spans, Format());

        Assert.True(first.Any);
        Assert.True(second.Any);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Settings_unused_for_the_kept_number_of_builds_are_let_go()
    {
        var cache = new ParagraphCache();
        var used = Spans();
        var dropped = Spans(Text.Replace("spring", "autumn", StringComparison.Ordinal));
        Engine(cache).Set(used, Format());
        Engine(cache).Set(dropped, Format());

        for (var build = 0; build < ParagraphCache.KeptBuilds; build++)
        {
            Assert.Equal(2, cache.Count);
            cache.Sweep();
            Engine(cache).Set(used, Format());
        }

        cache.Sweep();
        Assert.Equal(1, cache.Count);
        var hits = cache.Hits;
        Engine(cache).Set(used, Format());
        Assert.Equal(hits + 1, cache.Hits);
    }
}
