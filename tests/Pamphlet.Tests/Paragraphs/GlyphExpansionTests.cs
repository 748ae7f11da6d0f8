using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>
/// Justified lines widen or narrow their glyphs by at most 2 % (pdfTeX-style expansion), every word of a
/// line by the same share — the first word too; ragged text, headings and right-to-left text never.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class GlyphExpansionTests
{
    private const string Text =
        "On Thursday the committee will vote on whether to sell the woods to a private developer. The land in " +
        "question is the wooded stretch along the brook between Weir Lane and the old tannery bridge. If the sale " +
        "goes through, the woods will be cleared for flats and a car park, and a public park that has belonged to " +
        "this neighbourhood since 1911 will lose almost half of its ground. We are tenants and homeowners, parents " +
        "and pensioners, dog walkers and anglers, two primary schools, a mosque, three churches and the allotment society.\n\n" +
        "## A heading that stays as drawn\n\n" +
        "The council's own survey counted four hundred and twelve mature trees, among them oaks that were planted " +
        "when the park opened, and a colony of bats that is protected by law. None of this appears in the report " +
        "the councillors will read on Thursday.";

    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);

    private static List<GlyphRun> Runs(string layout)
    {
        var document = MarkdownReader.Parse(Text, "/tmp/glyph-expansion.md");
        var definition = PamphletEngine.CatalogFor(null).Resolve(layout);
        var pages = new Composer(Fonts).Compose(document, definition).Document.Pages;
        return pages.SelectMany(p => p.ItemsOf<GlyphRun>()).ToList();
    }

    [Fact]
    public void Justified_lines_scale_their_glyphs_within_two_percent_one_scale_per_line()
    {
        var body = Runs("a5-pamphlet").Where(r => r.Role == "body").ToList();
        var lines = body.GroupBy(r => Math.Round(r.Origin.Y, 2)).ToList();

        Assert.True(lines.Count >= 8, $"only {lines.Count} body lines");
        // Lines take different scales (tight lines narrow their glyphs, loose ones widen them).
        Assert.Contains(body, r => r.HorizontalScale < 0.999);
        Assert.True(lines.Select(l => Math.Round(l.First().HorizontalScale, 4)).Distinct().Count() >= 3,
            string.Join(" ", lines.Select(l => l.First().HorizontalScale.ToString("0.0000"))));
        Assert.All(body, r => Assert.InRange(r.HorizontalScale, 0.98 - 1e-9, 1.02 + 1e-9));
        // One scale per line, the line's first word included: a word never looks wider than its neighbour.
        Assert.All(lines, line => Assert.Single(line.Select(r => Math.Round(r.HorizontalScale, 9)).Distinct()));
    }

    [Fact]
    public void Positions_and_width_include_the_scale()
    {
        var run = Runs("a5-pamphlet").First(r => r.Role == "body" && Math.Abs(r.HorizontalScale - 1) > 0.005 && r.Glyphs.Count > 4);
        var font = Fonts.Get(run.Font.FamilyName, Pamphlet.Layouts.Model.FontWeight.Regular, false, default);
        var shaped = new Pamphlet.Text.Shaping.Shaper().Shape(font, run.Text, Pamphlet.Text.Shaping.ShapeOptions.LatinLeftToRight("en"));
        Assert.Equal(shaped.Glyphs, run.Glyphs);

        var natural = shaped.Advances.Sum() * run.FontSize / shaped.UnitsPerEm;
        var letterSpacing = run.Width - natural * run.HorizontalScale;
        // What is left after the scale is letter-spacing: within 1 % of an em per glyph either way.
        Assert.InRange(letterSpacing / run.Glyphs.Count / run.FontSize, -0.0101, 0.0101);
    }

    [Fact]
    public void Ragged_text_and_headings_keep_their_glyphs_as_designed()
    {
        Assert.All(Runs("a5-pamphlet-large-print"), r => Assert.Equal(1, r.HorizontalScale));
        Assert.All(Runs("a5-pamphlet").Where(r => r.Role != "body"), r => Assert.Equal(1, r.HorizontalScale));
    }
}
