using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>Justified word spaces never stretch beyond the tolerance's ratio, even around words that may not break.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class WordSpacingTests
{
    // Issue 11 (tenants-en): an e-mail address and a URL narrower than a line never break, so the lines before them
    // cannot be filled; they used to be stretched until they were (gaps up to 2 em, 26 times the spaces' stretch).
    private const string Text =
        "Since the Housing Ombudsman's reports on damp and mould, and since the law changed to require social " +
        "landlords to investigate and fix hazards within fixed times, Northgrove has promised us a \"whole-block " +
        "survey\" four times. We have not seen it. We asked for it under the association's right to " +
        "information on 9 January; the reply, from <customer.resolution@northgrovehomes.example>, said it was " +
        "\"being finalised\".\n\n" +
        "**If you live in Calder House or on Orchard Walk,** join the association. Membership is free. Fill in " +
        "the form at <https://calderhouse-tenants.example/join> or put your name, flat number and phone " +
        "number through the letterbox of Flat 12 (ground floor, the green door).";

    /// <summary>
    /// Noto Serif's space (0.26 em) stretched by the tolerance's ratio (∛2 of ParagraphItemsBuilder.SpaceStretchRatio
    /// 0.35) is 0.375 em; letters at their 1 % cap add at most 0.01 em to a gap. Anything wider was stretched further
    /// than any pass before the emergency one sets a line.
    /// </summary>
    private const double WidestGapEm = 0.39;

    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);

    [Fact]
    public void Lines_before_an_unbreakable_address_keep_their_spaces_within_the_tolerance()
    {
        var document = MarkdownReader.Parse(Text, "/tmp/word-spacing.md");
        var definition = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        var pages = new Composer(Fonts).Compose(document, definition).Document.Pages;

        var gaps = new List<double>();
        foreach (var page in pages)
        {
            var lines = page.ItemsOf<GlyphRun>().Where(r => r.Role == "body").GroupBy(r => Math.Round(r.Origin.Y, 2));
            foreach (var line in lines)
            {
                var runs = line.OrderBy(r => r.Origin.X).ToList();
                for (var i = 1; i < runs.Count; i++)
                {
                    gaps.Add((runs[i].Origin.X - runs[i - 1].Origin.X - runs[i - 1].Width) / runs[i].FontSize);
                }
            }
        }

        Assert.True(gaps.Count > 50, $"only {gaps.Count} word gaps found: the paragraphs were not set as body text");
        // Two runs of one word (a style change inside it) touch: their gap is 0 up to rounding.
        Assert.All(gaps, g => Assert.InRange(g, -1e-9, WidestGapEm));
    }
}
