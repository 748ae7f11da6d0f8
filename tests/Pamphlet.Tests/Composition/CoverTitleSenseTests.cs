using Pamphlet.Layouts;
using Pamphlet.Pages;
using Pamphlet.Tests.Layouts;

namespace Pamphlet.Tests.Composition;

/// <summary>A cover title is set up to a fifth smaller rather than end a line on a word that leans on the next.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class CoverTitleSenseTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private List<string> TitleLines(double size, out double setSize)
    {
        using var folder = new LayoutFolder();
        folder.Write("cover.yaml", $"extends: a5-pamphlet\ncover:\n  title: {{size: {size}pt}}\n");
        var layout = LayoutLoader.LoadFile(Path.Combine(folder.Root, "cover.yaml"), new LayoutCatalog([folder.Root, .. fixture.Catalog.Folders]));
        var writer = new StatementWriter(seed: 2, title: "Against the Administration of Scarcity");
        writer.Paragraph(40);
        var cover = fixture.Compose(writer.Markdown, layout).Document.Pages[0];
        var runs = cover.ItemsOf<GlyphRun>().Where(r => r.Role == "cover-title").ToList();
        setSize = runs[0].FontSize;
        return runs.GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(r => r.Origin.X).Select(r => r.Text))).ToList();
    }

    [Fact]
    public void A_title_that_breaks_against_sense_at_its_size_is_set_a_little_smaller()
    {
        // At 28 pt every three-line setting ends a line on "against", "the" or "of"; the two lines that do not
        // ("AGAINST THE ADMINISTRATION / OF SCARCITY") fit at 22.5 pt, within a fifth of 28.
        var lines = TitleLines(28, out var size);

        Assert.Equal(["AGAINST THE ADMINISTRATION", "OF SCARCITY"], lines);
        Assert.InRange(size, 0.8 * 28, 28 - 0.5);
    }

    [Fact]
    public void A_title_is_not_set_more_than_a_fifth_smaller_for_sense()
    {
        // At 36 pt (a5-pamphlet's) the two lines would need 0.63 of the size: the title stays at 36 pt, broken as
        // well as it can be.
        TitleLines(36, out var size);

        Assert.Equal(36, size, 3);
    }
}
