using Pamphlet.Composition.Furniture;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// The markers of one list (numbers, letters or bullets), each set once and measured, so the list
/// can hang them in an indent wide enough for its widest marker ("100." as well as "9."). A marker
/// stands against its item's text, a gap before it: on the left of the text and right-aligned (9.
/// and 10. line up on the dot) in a left-to-right statement, mirrored on the right in a
/// right-to-left one. It sits on the baseline of the item's first line.
/// </summary>
internal sealed class HangingMarkers
{
    /// <summary>Space between a marker and its item's text, in ems of the item text's size.</summary>
    private const double MarkerGapEm = 0.45;

    /// <summary>Markers are measured on a line wider than any page, so none is ever broken.</summary>
    private const double MeasuringWidth = 100_000;

    private readonly CompositionContext context;
    private readonly IReadOnlyList<IReadOnlyList<PageItem>> markers;
    private readonly IReadOnlyList<(double Left, double Right)> extents;
    private readonly double markerBaseline;

    /// <param name="texts">One marker text per item.</param>
    /// <param name="style">The markers' text style (its indents are ignored).</param>
    /// <param name="itemSize">Font size of the items' text: the gap before it is in its ems.</param>
    public HangingMarkers(CompositionContext context, IReadOnlyList<string> texts, TextStyle style, string role, double itemSize)
    {
        this.context = context;
        var markerStyle = style with { IndentStart = 0, IndentEnd = 0, Tracking = 0, Align = TextAlign.Start };
        markerBaseline = context.Text.BaselineOffset(markerStyle);
        Gap = MarkerGapEm * itemSize;
        var set = new List<IReadOnlyList<PageItem>>();
        var widths = new List<(double, double)>();
        foreach (var text in texts)
        {
            var spans = Text.InlineFlattener.FlattenText(text, markerStyle, role, context.LayoutLocation);
            var lines = context.Text.Lines(spans, markerStyle, MeasuringWidth, hyphenate: false);
            var items = lines.Count == 0 ? [] : lines[0].Items;
            var glyphs = items.OfType<GlyphRun>().ToList();
            set.Add(items);
            widths.Add(glyphs.Count == 0 ? (0, 0) : (glyphs.Min(g => g.Origin.X), glyphs.Max(g => g.Origin.X + g.Width)));
        }

        markers = set;
        extents = widths;
        Widest = widths.Select(w => w.Item2 - w.Item1).DefaultIfEmpty(0).Max();
    }

    public double Gap { get; }

    /// <summary>The width of the widest marker.</summary>
    public double Widest { get; }

    /// <summary>The indent the items need: the list's own indent, or more when the widest marker and its gap need more.</summary>
    public double IndentFor(double listIndent) => Math.Max(listIndent, Widest + Gap);

    /// <summary>
    /// <paramref name="frame"/> (the first line or frame of item <paramref name="index"/>, as wide as
    /// the scope) with the item's marker before its text: in running text before the item indent,
    /// <paramref name="textStart"/> from the frame's start side (so a quote or list that opens the
    /// item keeps its own rule and markers clear); in centred or end-aligned display text
    /// (<paramref name="followsLine"/>), before wherever the item's first line begins. The marker's
    /// items carry <paramref name="label"/>.
    /// </summary>
    public Frame Attach(Frame frame, int index, double textStart, bool followsLine, StructureElement label)
    {
        var (left, right) = extents[index];
        var markerWidth = right - left;
        var glyphs = frame.Items.OfType<GlyphRun>().ToList();
        var firstBaseline = glyphs.Select(g => g.Origin.Y).DefaultIfEmpty(markerBaseline).Min();
        var firstLine = followsLine ? glyphs.Where(g => g.Origin.Y == firstBaseline).ToList() : [];
        // The marker's inner edge stands a gap from where the text begins (never inside the item
        // indent); a marker wider than the room there starts at the frame's edge.
        double dx;
        if (context.RightToLeft)
        {
            var indentEdge = frame.Width - textStart;
            var lineStart = firstLine.Count == 0 ? indentEdge : Math.Min(indentEdge, firstLine.Max(g => g.Origin.X + g.Width));
            dx = Math.Min(lineStart + Gap, frame.Width - markerWidth) - left;
        }
        else
        {
            var lineStart = firstLine.Count == 0 ? textStart : Math.Max(textStart, firstLine.Min(g => g.Origin.X));
            dx = Math.Max(lineStart - Gap - markerWidth, 0) - left;
        }

        var dy = firstBaseline - markerBaseline;
        return frame with { Items = [.. markers[index].Select(item => item.Offset(dx, dy) with { Structure = label }), .. frame.Items] };
    }
}
