using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Images;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// A figure: the image at the text width, scaled down (and centred) when it would be taller than the
/// layout's share of the text area; caption and credit beneath. Never split from its caption. At the
/// top level it floats; nested in a quote, list or box it stays in place, at that block's measure.
/// </summary>
internal sealed class FigureComposer(CompositionContext context)
{
    internal FrameBlock Compose(Figure figure, BlockScope scope)
    {
        var frame = Compose(figure, scope.Measure, FigureStructure.Of(figure, scope.Parent));
        var style = context.Layout.Styles.Figure;
        return new FrameBlock(scope.Measure == scope.Width ? frame : scope.Inset(frame, context.RightToLeft))
        {
            Role = "figure",
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            Floats = scope.TopLevel,
            Illustrates = true,
        };
    }

    private Frame Compose(Figure figure, double width, FigureStructure structure)
    {
        var style = context.Layout.Styles.Figure;
        var image = ImageInfo.Read(figure.ImagePath, figure.Location);
        var maxHeight = style.MaxHeightShare * context.Layout.Page.TextHeight;
        var w = width;
        var h = w / image.AspectRatio;
        if (h > maxHeight)
        {
            h = maxHeight;
            w = h * image.AspectRatio;
        }
        var items = new List<PageItem>
        {
            image.Place("figure", new Rect((width - w) / 2, 0, w, h), ImageItem.WholeImage) with { Structure = structure.Figure },
        };
        var y = h;
        var below = CaptionAndCredit(context, figure, style, width, structure);
        if (below.Count > 0)
        {
            y += style.CaptionGap;
            var text = TextComposer.Stack(below, width);
            items.AddRange(text.PlacedAt(0, y));
            y += text.Height;
        }
        return new Frame(width, y, items);
    }

    /// <summary>The caption's lines, then the credit's (none for either that is empty), each in its element under the figure.</summary>
    internal static List<Frame> CaptionAndCredit(CompositionContext context, Figure figure, FigureStyle style, double width, FigureStructure structure)
    {
        var below = new List<Frame>();
        if (figure.Caption.Count > 0)
        {
            below.AddRange(context.Text.Lines(context.Inlines.Flatten(figure.Caption, style.Caption, "caption"), style.Caption, width, hyphenate: false,
                structure: structure.Caption));
        }
        if (!string.IsNullOrWhiteSpace(figure.Credit))
        {
            below.AddRange(context.Text.Lines(Text.InlineFlattener.FlattenText(figure.Credit, style.Credit, "credit", figure.Location), style.Credit, width, hyphenate: false,
                structure: structure.Credit));
        }
        return below;
    }
}
