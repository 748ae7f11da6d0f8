using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>
/// Display lines (titles, headlines, pull quotes, slogans) are set on the layout's leading, which is chosen
/// for its own Latin face; a line in a face with a taller ascender-to-descender box (Naskh's marks above
/// and below) takes a proportionally taller pitch, so its marks clear the next line.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class DisplayLeadingTests : IDisposable
{
    private readonly FontLibrary fonts = new([FontLibrary.BundledFolder]);

    public void Dispose() => fonts.Dispose();

    private static LayoutDefinition Pamphlet => PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");

    private List<List<GlyphRun>> TitleLines(string title, string language)
    {
        var document = MarkdownReader.Parse($"---\ntitle: \"{title}\"\nlang: {language}\n---\n\nنص.\n", "/tmp/display-leading.md");
        var cover = new Composer(fonts).Compose(document, Pamphlet).Document.Pages[0];
        return cover.ItemsOf<GlyphRun>().Where(r => r.Role == "cover-title")
            .GroupBy(r => Math.Round(r.Origin.Y, 2)).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    /// <summary>The lowest and highest ink of a line's glyphs (page y grows downwards), from the fonts' own outlines.</summary>
    private (double Top, double Bottom) Ink(List<GlyphRun> line)
    {
        double top = double.MaxValue, bottom = double.MinValue;
        foreach (var run in line)
        {
            var font = fonts.Get(run.Font.FamilyName, FontWeight.Bold, false, default);
            var scale = run.FontSize / font.UnitsPerEm;
            for (var g = 0; g < run.Glyphs.Count; g++)
            {
                if (!font.Hb.TryGetGlyphExtents(run.Glyphs[g], out var e) || e.Height == 0) continue;
                var y = run.Origin.Y + run.Positions[g].Y;
                top = Math.Min(top, y - e.YBearing * scale);
                bottom = Math.Max(bottom, y - (e.YBearing + e.Height) * scale);
            }
        }
        return (top, bottom);
    }

    [Fact]
    public void A_two_line_arabic_title_keeps_its_hamza_below_clear_of_the_next_line()
    {
        // Line one starts with إ (hamza below); line two carries hamza above and tanwin.
        var lines = TitleLines("إلى أهالي حي الزيتون: بيوتنا ليست للبيع أبداً", "ar");

        Assert.True(lines.Count >= 2);
        for (var l = 1; l < lines.Count; l++)
        {
            var gap = Ink(lines[l]).Top - Ink(lines[l - 1]).Bottom;
            Assert.True(gap > 0.05 * Pamphlet.Cover.Title.Font.Size, $"lines {l} and {l + 1}: their ink is {gap:0.0}pt apart");
        }
    }

    [Fact]
    public void A_latin_title_keeps_the_layouts_leading()
    {
        var lines = TitleLines("Keep Alder Brook Public and the riverside woods ours", "en");

        Assert.True(lines.Count >= 2);
        Assert.Equal(Pamphlet.Cover.Title.Font.Leading, lines[1][0].Origin.Y - lines[0][0].Origin.Y, precision: 6);
    }

    [Fact]
    public void A_taller_face_takes_the_layouts_leading_in_proportion_to_its_box()
    {
        // The layout's 0.95 is for Roboto Condensed (box 1.17 em); Naskh's box is 1.70 em, set at the
        // layout's Arabic scale: the pitch grows by the ratio of the two boxes.
        var lines = TitleLines("إلى أهالي حي الزيتون: بيوتنا ليست للبيع أبداً", "ar");
        var title = Pamphlet.Cover.Title.Font;
        var latin = fonts.Get(title, default);
        var naskh = fonts.Get("Noto Naskh Arabic", title.Weight, false, default);
        var ratio = (naskh.Ascender + naskh.Descender) * Pamphlet.Fonts.ScaleOf(WritingScript.Arabic) / (latin.Ascender + latin.Descender);

        Assert.Equal(title.Leading * ratio, lines[1][0].Origin.Y - lines[0][0].Origin.Y, precision: 6);
    }
}
