using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Tests.Cli;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>
/// Every style's leading is chosen for its own Latin face. A statement whose letters are set in a face with a
/// taller ascender-to-descender box (Noto Naskh Arabic's, for the marks above and below its letters, at the
/// layout's Arabic scale) takes every style's leading — the body's baseline grid included — in proportion,
/// so its lines' marks clear the next line; a statement in Latin letters keeps the layout's leading.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class ScriptLeadingTests : IDisposable
{
    private readonly FontLibrary fonts = new([FontLibrary.BundledFolder]);
    private readonly Dictionary<string, (HarfBuzzSharp.Font Font, int UnitsPerEm)> outlines = [];

    public void Dispose()
    {
        fonts.Dispose();
        foreach (var (font, _) in outlines.Values) font.Dispose();
    }

    /// <summary>The face a glyph run was drawn with, opened with HarfBuzz for its glyphs' outlines.</summary>
    private (HarfBuzzSharp.Font Font, int UnitsPerEm) Outlines(FontFace face)
    {
        var key = face.Path + "#" + face.Index;
        if (outlines.TryGetValue(key, out var open)) return open;
        using var blob = HarfBuzzSharp.Blob.FromFile(face.Path);
        var hbFace = new HarfBuzzSharp.Face(blob, face.Index);
        return outlines[key] = (new HarfBuzzSharp.Font(hbFace), hbFace.UnitsPerEm);
    }

    private static LayoutDefinition Layout(string name) => PamphletEngine.CatalogFor(null).Resolve(name);

    private static string ArabicStatement => Path.Combine(SampleFiles.Folder, "corpus", "hay-ar.md");

    private Page[] Compose(Pamphlet.Documents.Model.Document document, string layout) => [.. new Composer(fonts).Compose(document, Layout(layout)).Document.Pages];

    /// <summary>The lines of one role on a page (a poster's "role@region" too), top to bottom, each its glyph runs.</summary>
    private static List<List<GlyphRun>> Lines(Page page, string role) =>
        page.ItemsOf<GlyphRun>().Where(r => r.Role == role || r.Role.StartsWith(role + "@", StringComparison.Ordinal))
            .GroupBy(r => Math.Round(r.Origin.Y, 2)).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();

    /// <summary>The highest and lowest ink of a line's glyphs (page y grows downwards), from the fonts' own outlines.</summary>
    private (double Top, double Bottom) Ink(List<GlyphRun> line)
    {
        double top = double.MaxValue, bottom = double.MinValue;
        foreach (var run in line)
        {
            var (font, unitsPerEm) = Outlines(run.Font);
            var scale = run.FontSize / unitsPerEm;
            for (var g = 0; g < run.Glyphs.Count; g++)
            {
                if (!font.TryGetGlyphExtents(run.Glyphs[g], out var e) || e.Height == 0) continue;
                var y = run.Origin.Y + run.Positions[g].Y;
                top = Math.Min(top, y - e.YBearing * scale);
                bottom = Math.Max(bottom, y - (e.YBearing + e.Height) * scale);
            }
        }
        return (top, bottom);
    }

    /// <summary>The body's pitch for Arabic: the layout's leading × Naskh's box at the Arabic scale ÷ the body face's box.</summary>
    private double ArabicBodyPitch(LayoutDefinition layout)
    {
        var body = layout.Styles.Body.Font;
        var latin = fonts.Get(body, default);
        var naskh = fonts.Get("Noto Naskh Arabic", body.Weight, false, default);
        var ratio = (naskh.Ascender + naskh.Descender) * layout.Fonts.ScaleOf(WritingScript.Arabic) / (latin.Ascender + latin.Descender);
        return body.Leading * Math.Max(1, ratio);
    }

    [Fact]
    public void Arabic_body_lines_are_set_on_the_leading_grown_by_the_ratio_of_the_boxes()
    {
        var layout = Layout("a5-pamphlet");
        var page = Compose(MarkdownReader.Read(ArabicStatement), "a5-pamphlet")[1];
        var lines = Lines(page, "body");
        var pitch = ArabicBodyPitch(layout);

        Assert.True(pitch > layout.Styles.Body.Font.Leading * 1.3, $"pitch {pitch:0.00}pt");
        Assert.True(lines.Count > 10);
        // Neighbouring lines of running text sit one pitch (or whole pitches, across a paragraph space) apart.
        for (var l = 1; l < lines.Count; l++)
        {
            var step = (lines[l][0].Origin.Y - lines[l - 1][0].Origin.Y) / pitch;
            Assert.True(Math.Abs(step - Math.Round(step)) < 1e-6, $"lines {l} and {l + 1} are {step:0.000} pitches apart");
        }
    }

    [Fact]
    public void A_latin_statement_keeps_the_layouts_body_leading()
    {
        var layout = Layout("a5-pamphlet");
        var words = string.Join(' ', Enumerable.Repeat("Tenants of the riverside blocks meet every second Saturday to plan the next steps.", 12));
        var page = Compose(MarkdownReader.Parse($"---\ntitle: Meet\nlang: en\n---\n\n{words}\n", "/tmp/latin-leading.md"), "a5-pamphlet")[1];
        var lines = Lines(page, "body");

        Assert.True(lines.Count > 5);
        Assert.Equal(layout.Styles.Body.Font.Leading, lines[1][0].Origin.Y - lines[0][0].Origin.Y, precision: 6);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("demands")]
    [InlineData("slogan")]
    public void Lines_of_the_arabic_poster_keep_their_marks_clear_of_the_next_line(string role)
    {
        var page = Compose(MarkdownReader.Read(ArabicStatement), "poster-a3")[0];
        var lines = Lines(page, role);

        Assert.True(lines.Count >= 2, $"the Arabic poster sets its {role} in {lines.Count} line(s)");
        for (var l = 1; l < lines.Count; l++)
        {
            var gap = Ink(lines[l]).Top - Ink(lines[l - 1]).Bottom;
            Assert.True(gap > 0, $"{role} lines {l} and {l + 1}: their ink overlaps by {-gap:0.0}pt");
        }
    }
}
