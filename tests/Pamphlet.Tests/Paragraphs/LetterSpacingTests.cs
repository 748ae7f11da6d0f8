using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>Justified lines spread letters a little; ragged lines and headings never do.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class LetterSpacingTests
{
    private const string Text =
        "On Thursday the committee will vote on whether to sell the woods to a private developer. The land in " +
        "question is the wooded stretch along the brook between Weir Lane and the old tannery bridge. If the sale " +
        "goes through, the woods will be cleared for flats and a car park, and a public park that has belonged to " +
        "this neighbourhood since 1911 will lose almost half of its ground. We are tenants and homeowners, parents " +
        "and pensioners, dog walkers and anglers, two primary schools, a mosque, three churches and the allotment society.";

    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);
    private static readonly Shaper Shaper = new();

    /// <summary>Extra space after each glyph of a run beyond its shaped advance (at the run's glyph expansion), in ems.</summary>
    private static IEnumerable<double> ExtraSpacingEm(GlyphRun run)
    {
        var font = Fonts.Get(run.Font.FamilyName, Pamphlet.Layouts.Model.FontWeight.Regular, false, default);
        if (font.Face != run.Font || run.Glyphs.Count < 2) yield break;
        var shaped = Shaper.Shape(font, run.Text, ShapeOptions.LatinLeftToRight("en"));
        if (!shaped.Glyphs.SequenceEqual(run.Glyphs)) yield break;
        var scale = run.FontSize / shaped.UnitsPerEm * run.HorizontalScale;
        for (var i = 0; i + 1 < run.Glyphs.Count; i++)
        {
            var natural = shaped.Advances[i] * scale + (shaped.XOffsets[i + 1] - shaped.XOffsets[i]) * scale;
            yield return (run.Positions[i + 1].X - run.Positions[i].X - natural) / run.FontSize;
        }
    }

    private static List<GlyphRun> BodyRuns(string layout)
    {
        var document = MarkdownReader.Parse(Text, "/tmp/letter-spacing.md");
        var definition = PamphletEngine.CatalogFor(null).Resolve(layout);
        var pages = new Composer(Fonts).Compose(document, definition).Document.Pages;
        return pages.SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "body").ToList();
    }

    [Fact]
    public void Justified_body_text_spreads_letters_within_one_percent_of_an_em()
    {
        var extras = BodyRuns("a5-pamphlet").SelectMany(ExtraSpacingEm).ToList();

        Assert.NotEmpty(extras);
        Assert.Contains(extras, e => Math.Abs(e) > 0.001);
        // Issue 11: a word must not look different from line to line, so letters move by 1 % of an em at
        // most, either way, on every line, however loose (the word spaces take the rest).
        Assert.All(extras, e => Assert.InRange(e, -0.0101, 0.0101));
    }

    [Fact]
    public void Ragged_text_keeps_natural_letter_spacing()
    {
        var extras = BodyRuns("a5-pamphlet-large-print").SelectMany(ExtraSpacingEm).ToList();

        Assert.NotEmpty(extras);
        Assert.All(extras, e => Assert.InRange(e, -0.0001, 0.0001));
    }
}
