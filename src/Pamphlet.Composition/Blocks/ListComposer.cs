using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// Bulleted and numbered lists in any scope: item content indented by the list indent (grown to fit
/// the widest marker), the marker hanging in the indent against the text, each item's blocks
/// composed like any other blocks in the item's scope, so pages break between or inside items under
/// the usual widow and orphan rules. Lists take the type of the text around them: a list in a quote
/// is set in the quote's face.
/// </summary>
internal sealed class ListComposer(CompositionContext context, BlockComposer blocks)
{
    /// <summary>
    /// A list in running text: markers in the scope's type and the list colour, numbers as written
    /// with a full stop. In a demand the list is its sub-points: letters or bullets in the demands' markers.
    /// </summary>
    public List<FlowBlock> Compose(ListBlock list, BlockScope scope)
    {
        var listStyle = context.Layout.Styles.List;
        var items = list.Items.Select(item => (IReadOnlyList<Block>)item.Blocks).ToList();
        var structure = ItemStructure.OfList(list, scope.Parent);
        if (scope.SubPoints)
        {
            var letters = ListMarkers.For(list, listStyle.Bullet, Numbering.Letters, "");
            return Compose(items, letters, DemandsComposer.MarkerStyle(scope.Text, context.Layout.Styles.Demands), "demands-marker", scope, structure);
        }

        var texts = ListMarkers.For(list, listStyle.Bullet, Numbering.Decimal, ".");
        return Compose(items, texts, scope.Text with { Color = listStyle.MarkerColor }, scope.Role + "-marker", scope, structure);
    }

    /// <summary>
    /// Items with the given markers, in <paramref name="scope"/>: the first item's first block takes
    /// the list's space before it, later items the list's item space, the last block the space after.
    /// In running text a list is set off by the paragraph space; inside a display block or a demand
    /// only by the item space.
    /// </summary>
    public List<FlowBlock> Compose(IReadOnlyList<IReadOnlyList<Block>> items, IReadOnlyList<string> markers, TextStyle markerStyle, string markerRole,
        BlockScope scope, IReadOnlyList<ItemStructure> structure, double? itemSpace = null)
    {
        var text = context.Layout.Text;
        var space = itemSpace ?? context.Layout.Styles.List.ItemSpace;
        var hanging = new HangingMarkers(context, markers, markerStyle, markerRole, scope.Text.Font.Size);
        var itemScope = ItemScope(scope, hanging, space);
        var output = new List<FlowBlock>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = Item(items[i], i, hanging, itemScope, structure[i]);
            item[0].SpaceBefore = i == 0 ? (scope.KeepsType ? space : Math.Max(scope.Text.SpaceBefore, text.ParagraphSpace)) : space;
            output.AddRange(item);
        }

        if (output.Count > 0)
        {
            output[^1].SpaceAfter = scope.KeepsType ? space : Math.Max(scope.Text.SpaceAfter, text.ParagraphSpace);
        }

        return output;
    }

    /// <summary>
    /// Where items are set: one level in, indented for the markers; paragraphs within an item are
    /// spaced like items. A level too deep (or too narrow) to indent hangs its markers in the indent
    /// around it — and where there is none wide enough, the text moves in just far enough for them.
    /// </summary>
    public BlockScope ItemScope(BlockScope scope, HangingMarkers hanging, double itemSpace)
    {
        var nested = scope.Nested(scope.Text, hanging.IndentFor(context.Layout.Styles.List.Indent), 0);
        var room = hanging.Widest + hanging.Gap;
        if (!scope.IndentedIn(nested) && nested.Text.IndentStart < room && nested.Width - room - nested.Text.IndentEnd > 0)
        {
            nested = nested with { Text = nested.Text with { IndentStart = room } };
        }

        return nested with { ParagraphSpace = itemSpace, IndentsParagraphs = false };
    }

    /// <summary>
    /// One item's blocks in <paramref name="itemScope"/> (inside the item's body element), its marker
    /// (the item's label) on the first line; an empty item is its marker alone.
    /// </summary>
    public List<FlowBlock> Item(IReadOnlyList<Block> content, int index, HangingMarkers hanging, BlockScope itemScope, ItemStructure structure)
    {
        var composed = blocks.Compose(content, itemScope with { Parent = structure.Body });
        if (composed.Count == 0)
        {
            composed.Add(new LinesBlock([new Frame(itemScope.Width, context.Text.Pitch(itemScope.Text), [])], 1, 1) { Role = itemScope.Role });
        }

        var followsLine = itemScope.Text.Align is TextAlign.Center or TextAlign.End;
        composed[0] = composed[0].MapFirstFrame(frame => hanging.Attach(frame, index, itemScope.Text.IndentStart, followsLine, structure.Label));
        return composed;
    }
}
