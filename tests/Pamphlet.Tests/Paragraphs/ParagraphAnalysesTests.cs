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
/// A page-count search keeps what setting a paragraph finds out whatever its size (its bound spaces, its
/// font runs) across its steps: a paragraph set after another step set it at another size comes out as
/// if set alone (issue 13).
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ParagraphAnalysesTests
{
    // A bound date and number, a word in a fallback face, a hyphenated compound.
    private const string Text =
        "On 14 March 2026 the tenants of Calder Street (Local 12) met the council: “نحن جيران” read the banner, " +
        "and the well-organised neighbours asked for € 3,50 less rent per square metre before the spring.";

    private static TextEngine Engine(ParagraphAnalyses? analyses) => Tests.Text.TestTextEngines.Create("en", ["Noto Naskh Arabic"], analyses: analyses);

    private static IReadOnlyList<SetLine> Set(TextEngine engine, double size)
    {
        var style = new SpanStyle(new FontSpec("Noto Serif", FontWeight.Regular, false, size, size * 1.3), Color.Black, 0, true, "body");
        var italic = style with { Font = style.Font with { Italic = true } };
        var at = new SourceLocation("t.md", 1);
        StyledSpan[] spans = [new(Text[..40], style, at), new(Text[40..90], italic, at), new(Text[90..], style, at)];
        return engine.Set(spans, new ParagraphFormat(150, 0, TextAlign.Justify, true, "en", size * 1.3, 2));
    }

    /// <summary>Everything a set line draws: each run's text, face, size, place and glyph positions.</summary>
    private static string Drawn(IReadOnlyList<SetLine> lines) => string.Join("\n", lines.Select(line =>
        $"{line.Width:R} {line.Ascent:R} {line.Descent:R}: " + string.Join(" | ", line.Runs.Select(r =>
            $"{r.Text} {r.Font.FamilyName} {r.FontSize:R} {r.X:R} {r.Width:R} {string.Join(",", r.Glyphs)} {string.Join(",", r.Positions.Select(p => $"{p.X:R}/{p.Y:R}"))}"))));

    [Theory]
    [InlineData(9.5, 10)]
    [InlineData(10.5, 10)]
    public void A_paragraph_set_after_a_step_at_another_size_is_set_as_alone(double before, double size)
    {
        var analyses = new ParagraphAnalyses();
        var searching = Engine(analyses);
        Set(searching, before);

        var again = Set(Engine(analyses), size);

        Assert.True(analyses.Count > 0, "the search kept the paragraph's analysis");
        Assert.Equal(Drawn(Set(Engine(null), size)), Drawn(again));
        Assert.Contains(again, line => line.Runs.Any(r => r.Font.FamilyName == "Noto Naskh Arabic"));
    }
}
