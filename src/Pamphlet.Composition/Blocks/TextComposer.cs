using Pamphlet.Composition.Paragraphs;
using Pamphlet.Composition.Text;
using Pamphlet.Layouts;
using Pamphlet.Pages;

namespace Pamphlet.Composition;

/// <summary>
/// Sets styled text into line frames: one frame per line, one line pitch tall, the baseline placed
/// so the font's ascender-to-descender box sits centred in the pitch (the same place on every line,
/// so lines of one style keep a regular rhythm across blocks).
/// </summary>
public sealed class TextComposer(CompositionContext context)
{
    public List<Frame> Lines(IReadOnlyList<StyledSpan> spans, TextStyle style, double width, double firstIndent = 0, TextAlign? align = null, bool? hyphenate = null)
    {
        var measure = width - style.IndentStart - style.IndentEnd;
        var format = new ParagraphFormat(
            measure,
            firstIndent,
            align ?? style.Align,
            (hyphenate ?? style.Hyphenate) && context.Layout.Text.Hyphenate,
            context.Language,
            style.Font.Leading,
            context.Layout.Text.MaxConsecutiveHyphens);
        var lines = context.Paragraphs.Set(spans, format);
        var baseline = BaselineOffset(style);
        return lines.Select(line => new Frame(width, line.Leading, line.Place(style.IndentStart, baseline).ToList())).ToList();
    }

    /// <summary>All lines stacked into one frame (for blocks that never split).</summary>
    public Frame Block(IReadOnlyList<StyledSpan> spans, TextStyle style, double width, TextAlign? align = null) =>
        Stack(Lines(spans, style, width, 0, align), width);

    public static Frame Stack(IEnumerable<Frame> frames, double width, double gap = 0)
    {
        var items = new List<PageItem>();
        var y = 0.0;
        var first = true;
        foreach (var f in frames)
        {
            if (!first) y += gap;
            items.AddRange(f.PlacedAt(0, y));
            y += f.Height;
            first = false;
        }
        return new Frame(width, y, items);
    }

    public double BaselineOffset(TextStyle style)
    {
        var font = context.Fonts.Get(style.Font, context.LayoutLocation);
        var ascent = font.Ascender * style.Font.Size;
        var descent = font.Descender * style.Font.Size;
        return (style.Font.Leading + ascent - descent) / 2;
    }
}
