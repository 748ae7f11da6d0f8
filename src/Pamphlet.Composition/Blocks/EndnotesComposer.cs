using System.Globalization;
using Pamphlet.Composition.Flow;
using Pamphlet.Documents;

namespace Pamphlet.Composition;

/// <summary>
/// The endnotes: a heading in the statement's language, then each note in the layout's note style
/// with its number hanging in the indent ("1.", "2." … right-aligned, like a numbered list). A note
/// may hold several paragraphs, lists or quotes: they are composed like any nested blocks.
/// </summary>
public sealed class EndnotesComposer
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
        var output = new List<FlowBlock>
        {
            new FrameBlock(context.Text.Block(spans, heading, scope.Width, balance: true))
            {
                Role = "endnotes-heading", SpaceBefore = heading.SpaceBefore, SpaceAfter = heading.SpaceAfter, KeepWithNext = true, Location = notes.Location,
            },
        };

        var noteScope = scope with { Text = scope.Within(style.Text), Role = "endnotes", IndentsParagraphs = false, KeepsType = false, Flush = false };
        var numbers = notes.Notes.Select(note => note.Number.ToString(CultureInfo.InvariantCulture) + ".").ToList();
        var content = notes.Notes.Select(note => note.Blocks).ToList();
        output.AddRange(lists.Compose(content, numbers, noteScope.Text, "endnotes-number", noteScope, style.NoteSpace));
        return output;
    }
}
