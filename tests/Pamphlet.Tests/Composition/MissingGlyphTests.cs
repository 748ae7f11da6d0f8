using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Tests.Composition;

/// <summary>Characters no bundled font can draw stop the build with an error that says which and where.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class MissingGlyphTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public void A_character_no_font_covers_throws_naming_the_code_point_and_line()
    {
        const string markdown = "---\ntitle: Glyphs\n---\n\nAll good here.\n\nWe stand with \U00013000 and everyone.\n";

        var error = Assert.Throws<PamphletException>(() => fixture.Compose(markdown));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("U+13000", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("line 7", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(7, diagnostic.Location.Line);
        Assert.EndsWith("statement.md", diagnostic.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_character_is_listed_once_with_all_its_lines()
    {
        const string markdown = "---\ntitle: Glyphs\n---\n\nOne \u4E2D here.\n\nTwo \U00013000 and \u4E2D there.\n";

        var error = Assert.Throws<PamphletException>(() => fixture.Compose(markdown));

        var message = Assert.Single(error.Diagnostics).Message;
        Assert.Contains("U+4E2D (line 5, 7)", message, StringComparison.Ordinal);
        Assert.Contains("U+13000 (line 7)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_full_of_undrawable_text_gets_a_short_message_not_every_character_and_line()
    {
        // 200 paragraphs of 40 different CJK characters: listing them all named 8,000 places.
        var paragraphs = Enumerable.Range(0, 200).Select(_ => new string(Enumerable.Range(0x4E00, 40).Select(c => (char)c).ToArray()));
        var markdown = "---\ntitle: Glyphs\n---\n\n" + string.Join("\n\n", paragraphs) + "\n";

        var error = Assert.Throws<PamphletException>(() => fixture.Compose(markdown));

        var message = Assert.Single(error.Diagnostics).Message;
        Assert.True(message.Length < 1000, $"{message.Length} characters: {message}");
        Assert.Contains("'\u4E00' U+4E00 (line 5, 7, 9, 11, 13 and 195 more)", message, StringComparison.Ordinal);
        Assert.Contains("and 30 more characters", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_a_fallback_font_covers_are_not_an_error()
    {
        // Roboto Condensed (headings) has no U+1C80 CYRILLIC SMALL LETTER ROUNDED VE; the Noto Sans fallback does.
        var result = fixture.Compose("---\ntitle: Glyphs\n---\n\n## Section \u1C80 one\n\nText follows here.\n");

        var heading = result.Document.Pages.SelectMany(p => p.ItemsOf<Pamphlet.Pages.GlyphRun>()).Single(r => r.Text.Contains('\u1C80'));
        Assert.Contains("Noto", heading.Font.FamilyName, StringComparison.Ordinal);
        Assert.DoesNotContain((ushort)0, heading.Glyphs);
    }
}
