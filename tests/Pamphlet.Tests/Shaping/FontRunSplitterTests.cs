using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Shaping;

/// <summary>The runs a span is split into hold its text in order, cut where the font or the script changes.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class FontRunSplitterTests
{
    private static readonly FontLibrary Bundled = new([FontLibrary.BundledFolder]);
    private static readonly SpanStyle Body = new(new FontSpec("Noto Serif", FontWeight.Regular, false, 10, 13), Color.Black, 0, true, "body");

    private static List<FontRun> Split(string text) =>
        new FontRunSplitter(Bundled, ["Noto Naskh Arabic", "Noto Sans Hebrew"], new MissingGlyphs(), "en")
            .Split(new StyledSpan(text, Body, new SourceLocation("t.md", 1)));

    [Theory]
    [InlineData("We are neighbours.")]
    [InlineData("We are neighbours: نحن جيران, אנחנו שכנים — and more 🙂 text.")]
    public void The_runs_hold_the_span_text_in_order(string text)
    {
        var runs = Split(text);

        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void A_run_changes_where_the_font_does()
    {
        var runs = Split("Rent: نحن جيران today");

        Assert.Equal(["Noto Serif", "Noto Naskh Arabic", "Noto Serif"], runs.Select(r => r.Font.Family));
    }

    [Fact]
    public void Half_a_surrogate_pair_is_read_as_the_replacement_character()
    {
        var runs = Split("rent\uD800due");

        Assert.Equal("rent\uFFFDdue", string.Concat(runs.Select(r => r.Text)));
    }
}
