using System.Globalization;
using Pamphlet.Composition.Flow;
using Pamphlet.Documents;
using Pamphlet.Layouts;
using Pamphlet.Pages;

namespace Pamphlet.Composition;

/// <summary>
/// Bulleted and numbered lists: item text indented by the list indent, the marker hanging in the
/// indent and right-aligned against the text (so "9." and "10." line up), each item a flow block of
/// its own so pages break between or inside items under the usual widow and orphan rules.
/// </summary>
public sealed class ListComposer(CompositionContext context)
{
    /// <summary>Space between a marker and its item's text, in ems of the text size.</summary>
    private const double MarkerGapEm = 0.45;

    public List<FlowBlock> Compose(ListBlock list, TextStyle baseStyle, string role)
    {
        var listStyle = context.Layout.Styles.List;
        var style = baseStyle with { IndentStart = baseStyle.IndentStart + listStyle.Indent };
        var text = context.Layout.Text;
        var blocks = new List<FlowBlock>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var marker = list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "." : listStyle.Bullet;
            var first = true;
            foreach (var block in item.Blocks)
            {
                switch (block)
                {
                    case Paragraph p:
                        var lines = context.Text.Lines(context.Inlines.Flatten(p.Content, style, role), style, context.ColumnWidth);
                        if (first && lines.Count > 0) lines[0] = WithMarker(lines[0], marker, style, listStyle.MarkerColor, role);
                        blocks.Add(new LinesBlock(lines, text.Orphans, text.Widows)
                        {
                            Role = role,
                            SpaceBefore = i == 0 && first ? Math.Max(baseStyle.SpaceBefore, text.ParagraphSpace) : listStyle.ItemSpace,
                        });
                        first = false;
                        break;
                    case ListBlock nested:
                        blocks.AddRange(Compose(nested, style, role));
                        first = false;
                        break;
                }
            }
        }
        if (blocks.Count > 0)
        {
            var last = blocks[^1];
            blocks[^1] = last is LinesBlock lb
                ? new LinesBlock(lb.Lines, lb.Orphans, lb.Widows) { Role = lb.Role, SpaceBefore = lb.SpaceBefore, SpaceAfter = Math.Max(baseStyle.SpaceAfter, text.ParagraphSpace) }
                : last;
        }
        return blocks;
    }

    /// <summary>Adds a marker, right-aligned in the indent before the text's start edge, to a line frame.</summary>
    public Frame WithMarker(Frame line, string marker, TextStyle style, Color color, string role)
    {
        var gap = MarkerGapEm * style.Font.Size;
        var markerStyle = style with { Color = color, IndentStart = 0, IndentEnd = 0, Tracking = 0 };
        var spans = context.Inlines.FlattenText(marker, markerStyle, role + "-marker", context.LayoutLocation);
        var markerLines = context.Text.Lines(spans, markerStyle, style.IndentStart - gap, align: TextAlign.End, hyphenate: false);
        if (markerLines.Count == 0) return line;
        var markerItems = markerLines[0].Items;
        if (context.RightToLeft)
        {
            // In a right-to-left statement the marker hangs in the right-hand indent, just right of the text.
            var glyphs = markerItems.OfType<GlyphRun>().ToList();
            var markerLeft = glyphs.Count == 0 ? 0 : glyphs.Min(g => g.Origin.X);
            var dx = line.Width - style.IndentStart + gap - markerLeft;
            markerItems = markerItems.Select(i => i.Offset(dx, 0)).ToList();
        }
        // Both are set on the same baseline offset of the same style, so their y positions match.
        return line with { Items = [.. markerItems, .. line.Items] };
    }
}
