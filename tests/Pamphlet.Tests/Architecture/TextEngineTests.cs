using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Architecture;

/// <summary>
/// The text engine sets paragraphs at the measure it is given, with no page, layout or document behind
/// it; composition reaches fonts, shaping and line breaking only through it.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class TextEngineTests
{
    private const string Text =
        "Tenants in the three blocks on Calder Street have organised to stop the sale of their homes, " +
        "and they ask every neighbour to sign the petition before the council meets in the spring.";

    private static IReadOnlyList<SetLine> Set(double measure)
    {
        var engine = Tests.Text.TestTextEngines.Create("en");
        var style = new SpanStyle(new FontSpec("Noto Serif", FontWeight.Regular, false, 10, 13), Color.Black, 0, true, "body");
        var spans = new[] { new StyledSpan(Text, style, new SourceLocation("t.md", 1)) };
        return engine.Set(spans, new ParagraphFormat(measure, 0, TextAlign.Justify, true, "en", 13, 2));
    }

    [Theory]
    [InlineData(150)]
    [InlineData(300)]
    public void Lines_are_set_to_the_measure_given(double measure)
    {
        var lines = Set(measure);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.Equal(measure, l.Measure));
        // Every justified line but the last fills the measure; none passes it.
        Assert.All(lines.SkipLast(1), l => Assert.InRange(l.Width, measure - 0.5, measure + 0.01));
    }

    [Fact]
    public void A_narrower_measure_takes_more_lines() =>
        Assert.True(Set(150).Count > Set(300).Count);

    [Fact]
    public void Composition_does_not_shape_text_itself()
    {
        // HarfBuzz belongs to the text engine: composition places the lines it returns.
        var references = typeof(Composer).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("Pamphlet.Text", references);
        Assert.DoesNotContain("HarfBuzzSharp", references);
    }
}
