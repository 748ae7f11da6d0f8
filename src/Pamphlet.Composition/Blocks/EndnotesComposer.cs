using System.Globalization;
using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// The endnotes: a heading in the statement's language, then each note in the layout's note style
/// with its number hanging in the indent ("1.", "2." … right-aligned, like a numbered list). A note
/// may hold several paragraphs, lists or quotes: they are composed like any nested blocks.
/// </summary>
internal sealed class EndnotesComposer
{
    private readonly CompositionContext context;
    private readonly ListComposer lists;

    internal EndnotesComposer(CompositionContext context, ListComposer lists)
    {
        this.context = context;
        this.lists = lists;
    }

    internal List<FlowBlock> Compose(Endnotes notes, BlockScope scope)
    {
        var style = context.Layout.Styles.Endnotes;
        var heading = scope.Within(style.Heading);
        var spans = context.Inlines.Flatten(notes.Heading, heading, "endnotes-heading");
        var element = BlockComposer.Element(StructureKind.Notes, scope, notes);
        var headingElement = new StructureElement(StructureKind.Heading, element, notes.Location.Line) { Title = Inline.PlainText(notes.Heading) };
        var output = new List<FlowBlock>
        {
            new FrameBlock(context.Text.Block(spans, heading, scope.Width, balance: true, structure: headingElement))
            {
                Role = "endnotes-heading", SpaceBefore = heading.SpaceBefore, SpaceAfter = heading.SpaceAfter, KeepWithNext = true, OpensSection = true,
                Location = notes.Location,
            },
        };

        var noteScope = scope with { Text = scope.Within(style.Text), Role = "endnotes", IndentsParagraphs = false, KeepsType = false, Flush = false };
        var numbers = notes.Notes.Select(note => note.Number.ToString(CultureInfo.InvariantCulture) + ".").ToList();
        var content = notes.Notes.Select(note => note.Blocks).ToList();
        var structure = notes.Notes.Select((note, i) => NoteStructure(note, element, notes.Location.Line + (i + 1.0) / (notes.Notes.Count + 1))).ToList();
        output.AddRange(lists.Compose(content, numbers, noteScope.Text, "endnotes-number", noteScope, structure, style.NoteSpace));
        return output;
    }

    /// <summary>
    /// One note: a Note in the printed order (<paramref name="order"/>, after the heading: notes are
    /// numbered by first reference, not by where they are written), its number a Label before its blocks.
    /// </summary>
    private static ItemStructure NoteStructure(Endnote note, StructureElement notes, double order)
    {
        var element = new StructureElement(StructureKind.Note, notes, order);
        return new ItemStructure(new StructureElement(StructureKind.Label, element, note.Location.Line - LabelBeforeBody), element);
    }

    /// <summary>A note's number reads before its first block, which may start on the note's own line.</summary>
    private const double LabelBeforeBody = 0.5;
}
