using Pamphlet.Pages;
using Pamphlet.Tests.Composition;

namespace Pamphlet.Tests.Structure;

/// <summary>Endnotes and nested blocks get the structure they are written with.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class NotesStructureTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public void Endnotes_are_a_notes_section_with_one_note_per_note_in_printed_order()
    {
        const string markdown = "---\ntitle: Notes\n---\n\nFirst claim.[^b] Second claim.[^a]\n\n[^a]: Source A, written first.\n\n[^b]: Source B, cited first.\n";
        var document = fixture.Compose(markdown).Document;
        var tree = new StructureTree(document);

        var notes = Assert.Single(tree.ChildrenOf(document.Structure!), e => e.Kind == StructureKind.Notes);
        var parts = tree.ChildrenOf(notes);
        Assert.Equal([StructureKind.Heading, StructureKind.Note, StructureKind.Note], parts.Select(p => p.Kind));
        Assert.Equal([StructureKind.Label, StructureKind.Paragraph], tree.ChildrenOf(parts[1]).Select(p => p.Kind));
        Assert.Equal("1.", tree.TextOf(tree.ChildrenOf(parts[1])[0]));
        Assert.Contains("Source B", tree.DeepText(parts[1]));
        Assert.Contains("Source A", tree.DeepText(parts[2]));

        var paragraph = tree.ChildrenOf(document.Structure!).First(e => e.Kind == StructureKind.Paragraph && e.Order >= 1);
        Assert.Contains(tree.ItemsOf(paragraph).OfType<GlyphRun>(), r => r.Role == "note-reference");
    }

    [Fact]
    public void Nested_blocks_nest_their_elements()
    {
        const string markdown = "---\ntitle: Nested\n---\n\n- An item.\n\n  > Quoted in the item.\n  >\n  > - A list in the quote.\n";
        var document = fixture.Compose(markdown).Document;
        var tree = new StructureTree(document);

        var list = Assert.Single(tree.ChildrenOf(document.Structure!), e => e.Kind == StructureKind.List);
        var body = tree.ChildrenOf(tree.ChildrenOf(list)[0])[1];
        Assert.Equal([StructureKind.Paragraph, StructureKind.BlockQuote], tree.ChildrenOf(body).Select(e => e.Kind));
        var quote = tree.ChildrenOf(body)[1];
        Assert.Equal([StructureKind.Paragraph, StructureKind.List], tree.ChildrenOf(quote).Select(e => e.Kind));
    }
}
