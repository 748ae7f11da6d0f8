using Pamphlet.Documents.Model;
using Pamphlet.Pages;
using Pamphlet.Tests.Poster;
using Xunit.Abstractions;

namespace Pamphlet.Tests.Structure;

/// <summary>The sample statement's A5 pamphlet carries the structure tree a tagged PDF is written from.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PamphletStructureTests(StructureFixture fixture, ITestOutputHelper output) : IClassFixture<StructureFixture>
{
    /// <summary>Roles of text drawn as page furniture and decoration: artifacts, never content.</summary>
    private static readonly HashSet<string> FurnitureRoles = ["folio", "footer", "ornament"];

    private StructureTree Tree => new(fixture.Pamphlet);
    private StructureElement Root => fixture.Pamphlet.Structure!;

    [Fact]
    public void Content_carries_an_element_and_furniture_none()
    {
        var items = fixture.Pamphlet.Pages.SelectMany(p => p.Items).ToList();
        var runs = items.OfType<GlyphRun>().ToList();

        Assert.All(runs.Where(r => !FurnitureRoles.Contains(r.Role) && r.Role != "demands-title"), r => Assert.NotNull(r.Structure));
        Assert.All(runs.Where(r => FurnitureRoles.Contains(r.Role)), r => Assert.Null(r.Structure));
        Assert.Contains(runs, r => r.Role == "folio");
        Assert.Contains(runs, r => r.Role == "ornament");
        // The cover photo repeats the first figure: decoration on the cover, tagged in the text.
        Assert.All(items.OfType<ImageItem>().Where(i => i.Role != "cover-image"), i => Assert.NotNull(i.Structure));
        Assert.All(items.OfType<LinkItem>(), i => Assert.NotNull(i.Structure));
        Assert.All(items.Where(i => i is RuleItem or FillItem), i => Assert.Null(i.Structure));
    }

    [Fact]
    public void The_demand_box_title_is_content_once_and_its_continued_repeat_an_artifact()
    {
        // The sample's box now moves whole to the next page; this statement's ten demands split five and five.
        var writer = new Pamphlet.Tests.Composition.StatementWriter(seed: 4, title: "Demands");
        writer.Paragraph(260);
        writer.Raw("::: demands\n### Our demands\n\n" + string.Join("\n", Enumerable.Range(1, 10).Select(i => $"{i}. {writer.Prose(18)}")) + "\n:::");
        var layout = new Pamphlet.Layouts.LayoutCatalog([Path.Combine(AppContext.BaseDirectory, "layouts")]).Resolve("a5-pamphlet");
        var document = fixture.Composer.Compose(Pamphlet.Documents.Markdown.MarkdownReader.Parse(writer.Markdown, Path.Combine(Path.GetTempPath(), "demands.md")), layout).Document;
        var titles = document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>().Where(r => r.Role == "demands-title").Select(r => (Page: p.Number, Run: r))).ToList();

        var tagged = titles.Where(t => t.Run.Structure is not null).ToList();
        var repeated = titles.Where(t => t.Run.Structure is null).ToList();
        Assert.NotEmpty(repeated); // the box breaks across pages
        Assert.Contains(repeated, t => t.Run.Text.Contains("CONTINUED", StringComparison.OrdinalIgnoreCase));
        Assert.All(tagged, t => Assert.Equal(StructureKind.DemandsTitle, t.Run.Structure!.Kind));
        Assert.True(tagged.Max(t => t.Page) < repeated.Min(t => t.Page));
    }

    [Fact]
    public void Every_element_chains_to_the_one_document_root()
    {
        Assert.Equal(StructureKind.Document, Root.Kind);
        Assert.Null(Root.Parent);
        Assert.Equal("en", Root.Language);
        Assert.Equal("Keep Alder Brook Public", Root.Title);
        Assert.All(Tree.Elements, e => Assert.Same(Root, StructureTree.RootOf(e)));
        Assert.All(Tree.Elements.Where(e => e != Root), e => Assert.NotEqual(StructureKind.Document, e.Kind));
    }

    [Fact]
    public void The_top_level_elements_in_order_follow_the_cover_then_the_statements_blocks()
    {
        var document = PosterFixture.Sample();
        var expected = new List<string> { "Title", "Subtitle", "Paragraph", "Paragraph" };
        expected.AddRange(document.Blocks.Where(b => b is not SectionBreak).Select(Expected));

        var actual = Tree.ChildrenOf(Root).Select(e => e.Kind + (e.Title is { } title && e.Kind is StructureKind.Heading or StructureKind.Subheading ? $" {title}" : "")).ToList();

        output.WriteLine(Tree.Dump(Root, 1));
        Assert.Equal(expected, actual);
        Assert.Equal("Keep Alder Brook Public", Tree.ChildrenOf(Root)[0].Title);
    }

    private static string Expected(Block block) => block switch
    {
        Paragraph => "Paragraph",
        Heading h => (h.Level <= 2 ? "Heading " : "Subheading ") + Inline.PlainText(h.Content),
        ListBlock => "List",
        BlockQuote => "BlockQuote",
        PullQuote => "PullQuote",
        DemandBox => "Demands",
        Figure => "Figure",
        Slogan => "Slogan",
        Signature => "Signature",
        Endnotes => "Notes",
        _ => block.GetType().Name,
    };

    [Fact]
    public void The_demand_box_is_a_section_with_its_title_and_a_list_of_labelled_items()
    {
        var demands = Assert.Single(Tree.ChildrenOf(Root), e => e.Kind == StructureKind.Demands);
        var parts = Tree.ChildrenOf(demands);

        Assert.Equal([StructureKind.DemandsTitle, StructureKind.List], parts.Select(p => p.Kind));
        Assert.Equal("Our demands", parts[0].Title);
        var items = Tree.ChildrenOf(parts[1]);
        Assert.Equal(6, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(StructureKind.ListItem, items[i].Kind);
            var item = Tree.ChildrenOf(items[i]);
            Assert.Equal([StructureKind.Label, StructureKind.ListBody], item.Select(e => e.Kind));
            Assert.Equal($"{i + 1}", Tree.TextOf(item[0]));
        }
        Assert.StartsWith("Withdraw item 7", Tree.DeepText(Tree.ChildrenOf(items[0])[1]));
    }

    [Fact]
    public void A_bulleted_list_has_labels_and_bodies_holding_paragraphs()
    {
        var list = Tree.ChildrenOf(Root).First(e => e.Kind == StructureKind.List);
        var first = Tree.ChildrenOf(Tree.ChildrenOf(list)[0]);

        Assert.Equal("•", Tree.TextOf(first[0]));
        Assert.Equal(StructureKind.Paragraph, Assert.Single(Tree.ChildrenOf(first[1])).Kind);
        Assert.StartsWith("the felling of about 310", Tree.DeepText(first[1]));
    }

    [Fact]
    public void The_figure_has_its_alt_text_its_image_and_caption_and_credit_children()
    {
        var figure = Assert.Single(Tree.ChildrenOf(Root), e => e.Kind == StructureKind.Figure && e.Order >= 1);

        Assert.Equal("The brook below the weir, where the proposed access road would cross the water", figure.Alt);
        Assert.IsType<ImageItem>(Assert.Single(Tree.ItemsOf(figure)));
        var parts = Tree.ChildrenOf(figure);
        Assert.Equal([StructureKind.Caption, StructureKind.Credit], parts.Select(p => p.Kind));
        Assert.StartsWith("The brook below the weir", Tree.TextOf(parts[0]));
        Assert.Contains("Aitzol Berasategi", Tree.TextOf(parts[1]));

        // The cover repeats this figure: it is decoration there, untagged, so it is described once.
        var coverImage = Assert.Single(fixture.Pamphlet.Pages[0].ItemsOf<ImageItem>());
        Assert.Null(coverImage.Structure);
    }

    [Fact]
    public void Link_text_and_its_link_areas_share_one_link_element_inside_the_paragraph()
    {
        var links = fixture.Pamphlet.Pages.SelectMany(p => p.ItemsOf<LinkItem>()).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.Equal(StructureKind.Link, link.Structure!.Kind);
            Assert.Equal(link.Url, link.Structure.Url);
            Assert.Equal(StructureKind.Paragraph, link.Structure.Parent!.Kind);
        });

        var survey = Assert.Single(links.Select(l => l.Structure!).Distinct(), e => e.Url == "https://alderbrook.example/survey-2026");
        var runs = Tree.ItemsOf(survey).OfType<GlyphRun>().Select(r => r.Text).ToList();
        Assert.Equal(["our", "survey", "https://alderbrook.example/survey-2026"], runs);
        Assert.All(Tree.ItemsOf(survey.Parent!).OfType<GlyphRun>(), r => Assert.DoesNotContain("survey", r.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_quote_holds_its_paragraphs_then_its_attribution()
    {
        var quote = Assert.Single(Tree.ChildrenOf(Root), e => e.Kind == StructureKind.BlockQuote);

        Assert.Equal([StructureKind.Paragraph, StructureKind.Paragraph, StructureKind.Attribution], Tree.ChildrenOf(quote).Select(e => e.Kind));
        Assert.Contains("Grace Adeyemi", Tree.TextOf(Tree.ChildrenOf(quote)[2]));
    }

    [Fact]
    public void The_slogan_and_signature_carry_their_text_themselves()
    {
        var slogan = Assert.Single(Tree.ChildrenOf(Root), e => e.Kind == StructureKind.Slogan);
        var signature = Assert.Single(Tree.ChildrenOf(Root), e => e.Kind == StructureKind.Signature);

        Assert.Empty(Tree.ChildrenOf(slogan));
        Assert.Equal("NOT SURPLUS. NOT FOR SALE. OURS.", Tree.TextOf(slogan));
        Assert.StartsWith("ALDER BROOK NEIGHBOURHOOD COALITION", Tree.TextOf(signature));
    }
}
