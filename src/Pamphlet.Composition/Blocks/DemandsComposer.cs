using System.Globalization;
using Pamphlet.Composition.Flow;
using Pamphlet.Documents;
using Pamphlet.Pages;

namespace Pamphlet.Composition;

/// <summary>
/// The demand box: a strong panel with an optional title and one entry per demand, markers in the
/// accent colour. It splits only between demands; the part after a break repeats the title with
/// the layout's "(continued)" suffix.
/// </summary>
public sealed class DemandsComposer(CompositionContext context)
{
    public PanelBlock Compose(DemandBox box)
    {
        var style = context.Layout.Styles.Demands;
        var inner = context.ColumnWidth - 2 * style.Padding;
        Frame? title = null, continued = null;
        if (box.Title is not null)
        {
            title = context.Text.Block(context.Inlines.Flatten(box.Title, style.Title, "demands-title"), style.Title, inner, balance: true);
            var continuedText = Inline.PlainText(box.Title) + style.ContinuedSuffix;
            continued = context.Text.Block(context.Inlines.FlattenText(continuedText, style.Title, "demands-title", box.Location), style.Title, inner);
        }

        var itemStyle = style.Item with { IndentStart = style.Item.IndentStart + context.Layout.Styles.List.Indent };
        var list = box.List;
        var entries = new List<Frame>();
        var lists = new ListComposer(context);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) : context.Layout.Styles.List.Bullet;
            var lines = new List<Frame>();
            foreach (var p in list.Items[i].Blocks.OfType<Paragraph>())
            {
                lines.AddRange(context.Text.Lines(context.Inlines.Flatten(p.Content, itemStyle, "demands"), itemStyle, inner));
            }
            if (lines.Count == 0) continue;
            var markerStyle = itemStyle with { Font = itemStyle.Font with { Weight = Layouts.FontWeight.Bold } };
            lines[0] = lines.Count > 0 ? lists.WithMarker(lines[0], marker, markerStyle, style.MarkerColor, "demands") : lines[0];
            entries.Add(TextComposer.Stack(lines, inner));
        }

        var panel = new PanelStyle(style.Fill, style.Border.Thickness > 0 ? style.Border.Color : null, style.Border.Thickness,
            style.Padding, style.ItemSpace, style.Title.SpaceAfter);
        return new PanelBlock(title, continued, entries, panel)
        {
            Role = "demands", SpaceBefore = style.SpaceBefore, SpaceAfter = style.SpaceAfter,
        };
    }
}
