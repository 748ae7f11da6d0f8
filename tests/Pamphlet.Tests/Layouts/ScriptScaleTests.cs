using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Layouts;

/// <summary>
/// <c>fonts: scripts: {arabic: {scale: 1.2}}</c>: text in one script set larger or smaller than its style's
/// size, so Naskh's small letter bodies match the Latin x-height beside them.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class ScriptScaleTests : IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    private LayoutDefinition Load(string yaml, string file = "x.yaml")
    {
        folder.Write(file, yaml);
        return folder.Load(file);
    }

    [Fact]
    public void A_script_takes_the_scale_the_layout_gives_it()
    {
        var layout = Load("fonts:\n  scripts:\n    arabic: {scale: 1.3}\n    hebrew: {scale: 1.05}\n");

        Assert.Equal(1.3, layout.Fonts.ScriptScales[WritingScript.Arabic]);
        Assert.Equal(1.05, layout.Fonts.ScriptScales[WritingScript.Hebrew]);
        Assert.Equal(1, layout.Fonts.ScaleOf(WritingScript.Latin));
    }

    [Fact]
    public void The_built_in_defaults_enlarge_arabic_only()
    {
        var layout = Load("page: {size: A5}\n");

        Assert.Equal(FontSetup.DefaultArabicScale, layout.Fonts.ScaleOf(WritingScript.Arabic));
        Assert.Equal(1, layout.Fonts.ScaleOf(WritingScript.Hebrew));
        Assert.Equal(1, layout.Fonts.ScaleOf(WritingScript.Latin));
    }

    [Fact]
    public void A_layout_that_extends_another_keeps_the_scripts_it_does_not_name()
    {
        folder.Write("base.yaml", "fonts:\n  scripts: {arabic: {scale: 1.4}}\n");
        var layout = Load("extends: base\nfonts:\n  scripts: {hebrew: {scale: 1.1}}\n");

        Assert.Equal(1.4, layout.Fonts.ScaleOf(WritingScript.Arabic));
        Assert.Equal(1.1, layout.Fonts.ScaleOf(WritingScript.Hebrew));
    }

    [Fact]
    public void Every_shipped_layout_sets_arabic_at_the_measured_scale()
    {
        var catalog = PamphletEngine.CatalogFor(null);
        foreach (var name in catalog.Names())
        {
            Assert.Equal(FontSetup.DefaultArabicScale, catalog.Resolve(name).Fonts.ScaleOf(WritingScript.Arabic));
        }
    }

    [Theory]
    [InlineData("fonts:\n  scripts: {arabik: {scale: 1.2}}\n", 2, 13, "unknown key 'arabik' in 'fonts.scripts'. Did you mean 'arabic'?")]
    [InlineData("fonts:\n  scripts: {arabic: {scale: 3}}\n", 2, 29, "'fonts.scripts.arabic.scale' must be from 0.5 to 2")]
    [InlineData("fonts:\n  scripts: {arabic: {scale: 120%}}\n", 2, 29, "'fonts.scripts.arabic.scale' must be a plain number")]
    [InlineData("fonts:\n  scripts: {arabic: {size: 1.2}}\n", 2, 22, "unknown key 'size' in 'fonts.scripts.arabic'. Valid keys here: scale")]
    [InlineData("fonts:\n  scripts: {arabic: 1.2}\n", 2, 21, "'fonts.scripts.arabic' must be a map")]
    public void Mistakes_are_reported_where_they_are(string yaml, int line, int column, string message)
    {
        var path = folder.Write("x.yaml", yaml);
        var error = folder.Fail("x.yaml");

        Assert.Contains(message, error.Message);
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
    }

    [Fact]
    public void Arabic_words_are_set_at_the_scaled_size_and_latin_words_beside_them_at_the_styles()
    {
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        var scaled = layout with { Fonts = layout.Fonts with { ScriptScales = new Dictionary<WritingScript, double> { [WritingScript.Arabic] = 1.3 } } };
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var document = MarkdownReader.Parse("---\nlang: ar\n---\n\nانضموا إلى نقابة UAW Local في الاجتماع.\n", "/tmp/scale.md");
        var runs = new Composer(fonts).Compose(document, scaled).Document.Pages[1].ItemsOf<GlyphRun>().Where(r => r.Role == "body").ToList();

        var body = layout.Fonts["body"].Size;
        Assert.All(runs.Where(r => r.RightToLeft), r => Assert.Equal(body * 1.3, r.FontSize, precision: 6));
        Assert.Equal(body, runs.Single(r => r.Text == "UAW").FontSize, precision: 6);
    }
}

/// <summary>The text engine sets a scaled script's words and the spaces between them at the scaled size.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class ScriptSizeEngineTests
{
    private static List<LineRun> SetLine(string text, double scale)
    {
        var scales = new Dictionary<WritingScript, double> { [WritingScript.Arabic] = scale };
        var engine = Tests.Text.TestTextEngines.Create("ar", ["Noto Naskh Arabic"], hyphenate: false, scriptScales: scales);
        var style = new SpanStyle(new FontSpec("Noto Serif", FontWeight.Regular, false, 10, 13), Color.Black, 0, false, "body");
        var lines = engine.Set([new StyledSpan(text, style, new SourceLocation("t.md", 1))], new ParagraphFormat(400, 0, TextAlign.Start, false, "ar", 13, 2));
        return [.. Assert.Single(lines).Runs.OrderBy(r => r.X)];
    }

    [Fact]
    public void An_arabic_word_space_grows_with_the_arabic_words_around_it()
    {
        // Justification stretches the word spaces: spaces left at the unscaled size leave scaled Arabic too
        // little to stretch, and justified lines fall short of the column.
        var runs = SetLine("بيت كبير", 1.2);
        var naskh = Tests.Text.TestTextEngines.BundledFonts.Get("Noto Naskh Arabic", FontWeight.Regular, false, default);
        var space = new Shaper().Shape(naskh, " ", new ShapeOptions(true, HarfBuzzSharp.Script.Arabic, "ar")).Width(12);

        Assert.All(runs, r => Assert.Equal(12, r.FontSize, precision: 6));
        Assert.Equal(space, runs[1].X - (runs[0].X + runs[0].Width), precision: 3);
    }

    [Fact]
    public void The_sign_that_opens_a_latin_handle_is_set_at_the_handles_size()
    {
        var runs = SetLine("تابعونا @HayZaytoun اليوم", 1.2);

        Assert.Equal(10, runs.Single(r => r.Text.Contains("HayZaytoun", StringComparison.Ordinal)).FontSize, precision: 6);
        Assert.Equal(10, runs.Single(r => r.Text.Contains('@')).FontSize, precision: 6);
    }
}
