using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// The demand box: a strong panel with an optional title, then its content in order — an
/// introduction, one entry per demand (numbers or bullets hanging in the accent colour, sub-points
/// indented under their demand with letters or bullets), a closing line — all in the item style.
/// It splits only between entries; the part after a break repeats the title with the layout's
/// continued suffix, its word in the statement's language ("(continuación)"). Nested in another block it is set whole, at that block's measure.
/// </summary>
internal sealed class DemandsComposer
{
    private readonly CompositionContext context;
    private readonly BlockComposer blocks;
    private readonly ListComposer lists;

    internal DemandsComposer(CompositionContext context, BlockComposer blocks, ListComposer lists)
    {
        this.context = context;
        this.blocks = blocks;
        this.lists = lists;
    }

    internal FlowBlock Compose(DemandBox box, BlockScope scope)
    {
        var style = context.Layout.Styles.Demands;
        var width = scope.Measure;
        var inner = width - 2 * style.Padding;
        var element = BlockComposer.Element(StructureKind.Demands, scope, box);
        Frame? title = null, continued = null;
        if (box.Title is not null)
        {
            // The title reads first in the box; its repeat after a page break ("(continued)") is an artifact, like a running head.
            var titleElement = new StructureElement(StructureKind.DemandsTitle, element, box.Location.Line) { Title = Inline.PlainText(box.Title) };
            title = context.Text.Block(context.Inlines.Flatten(box.Title, style.Title, "demands-title"), style.Title, inner, balance: true, structure: titleElement);
            var continuedText = Inline.PlainText(box.Title) + ContinuedLabels.Suffix(style.ContinuedSuffix, context.Language);
            continued = context.Text.Block(Text.InlineFlattener.FlattenText(continuedText, style.Title, "demands-title", box.Location), style.Title, inner, balance: true);
        }

        var panelScope = new BlockScope
        {
            Text = style.Item,
            Role = "demands",
            Parent = element,
            Width = inner,
            Depth = scope.Depth + 1,
            IndentedLevels = scope.IndentedLevels,
            KeepsType = true,
        };
        var entries = new List<Frame>();
        var isItem = new List<bool>();
        foreach (var block in box.Blocks)
        {
            if (block is ListBlock list)
            {
                entries.AddRange(Demands(list, panelScope));
            }
            else if (blocks.Compose([block], panelScope) is { Count: > 0 } other)
            {
                entries.Add(FlowStack.ToFrame(other, inner));
            }
            while (isItem.Count < entries.Count) isItem.Add(block is ListBlock);
        }

        var panelStyle = new PanelStyle(style.Fill, style.Border.Thickness > 0 ? style.Border.Color : null, style.Border.Thickness,
            style.Padding, style.ItemSpace, style.Title.SpaceAfter);
        // At the top level a box that would split badly moves whole, and the text after it fills the space (it floats).
        var panel = new PanelBlock(title, continued, entries, panelStyle, width, isItem, context.Layout.Page.TextHeight)
        {
            Role = "demands",
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            Floats = scope.TopLevel,
        };
        if (scope.TopLevel && scope.Measure == scope.Width) return panel;
        return new FrameBlock(scope.Inset(panel.ToFrame(), context.RightToLeft))
        {
            Role = "demands",
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
        };
    }

    /// <summary>
    /// One entry per demand: numbers (as written, without a full stop) or bullets in bold and the
    /// marker colour; sub-points indented under their demand, lettered when numbered.
    /// </summary>
    private IEnumerable<Frame> Demands(ListBlock list, BlockScope panelScope)
    {
        var style = context.Layout.Styles.Demands;
        var markerStyle = MarkerStyle(panelScope.Text, style);
        var texts = ListMarkers.For(list, context.Layout.Styles.List.Bullet, Numbering.Decimal, "");
        var hanging = new HangingMarkers(context, texts, markerStyle, "demands-marker", panelScope.Text.Font.Size);
        var itemScope = lists.ItemScope(panelScope, hanging, 0) with { SubPoints = true };
        var structure = ItemStructure.OfList(list, panelScope.Parent);
        for (var i = 0; i < list.Items.Count; i++)
        {
            yield return FlowStack.ToFrame(lists.Item(list.Items[i].Blocks, i, hanging, itemScope, structure[i]), panelScope.Width);
        }
    }

    /// <summary>Demand markers: the item style in bold, in the marker colour.</summary>
    internal static TextStyle MarkerStyle(TextStyle item, DemandBoxStyle style) =>
        item with { Font = item.Font with { Weight = FontWeight.Bold }, Color = style.MarkerColor };
}
