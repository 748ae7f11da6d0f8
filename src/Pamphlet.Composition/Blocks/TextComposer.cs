using Pamphlet.Text.Paragraphs;
using Pamphlet.Composition.Text;
using Pamphlet.Text.Shaping;
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
    /// <param name="structure">The element the text belongs to (its links become Link elements inside it); null: furniture, an artifact.</param>
    /// <param name="unhyphenatedLine">A line (0-based) that must not end with a hyphen (pagination's re-break), or null.</param>
    public List<Frame> Lines(IReadOnlyList<StyledSpan> spans, TextStyle style, double width, double firstIndent = 0, TextAlign? align = null, bool? hyphenate = null, bool balance = false,
        StructureElement? structure = null, int? unhyphenatedLine = null)
    {
        var alignment = align ?? style.Align;
        // Display lines (titles, headlines, pull quotes, slogans) are balanced and broken by sense; a
        // justified block is filled like body text.
        var format = Format(style, width, firstIndent, alignment, hyphenate ?? style.Hyphenate) with
        {
            Display = balance && alignment != TextAlign.Justify,
            UnhyphenatedLine = unhyphenatedLine,
        };
        var lines = context.Paragraphs.Set(spans, format);
        var baseline = BaselineOffset(style);
        // The start-side indent is on the right in a right-to-left statement.
        var left = context.RightToLeft ? style.IndentEnd : style.IndentStart;
        var links = new LinkElements();
        return lines.Select(line =>
        {
            var (pitch, lineBaseline) = format.Display ? DisplayPitch(line, style, baseline) : (line.Leading, baseline);
            return new Frame(width, pitch, line.Place(left, lineBaseline, structure, links).ToList());
        }).ToList();
    }

    /// <summary>
    /// A display line's pitch and baseline. The layout's leading is chosen for the style's own face (0.95
    /// for Roboto Condensed capitals); a line set in a face whose ascender-to-descender box is taller for
    /// its size (Noto Naskh Arabic's, 1.70 em against Roboto Condensed's 1.17, for its marks above and
    /// below the letters) takes the leading in proportion to that box, and its box sits in the pitch as the
    /// style's does. Never tighter than the layout's leading. Body text keeps its pitch: it is on the baseline grid.
    /// </summary>
    private (double Pitch, double Baseline) DisplayPitch(SetLine line, TextStyle style, double baseline)
    {
        var font = context.Fonts.Get(style.Font, context.LayoutLocation);
        var styleBox = (font.Ascender + font.Descender) * style.Font.Size;
        // Runs of letters only: a raised note reference, or a symbol from a fallback face ("→"), carries no marks.
        var lettered = line.Runs.Where(r => r.Role != SpanStyle.NoteReferenceRole && r.Text.Any(char.IsLetter)).ToList();
        if (lettered.Count == 0 || styleBox <= 0) return (line.Leading, baseline);
        var ascent = lettered.Max(r => r.Ascent);
        var descent = lettered.Max(r => r.Descent);
        var stretch = (ascent + descent) / styleBox;
        if (stretch <= 1) return (line.Leading, baseline);
        var pitch = line.Leading * stretch;
        return (pitch, (pitch + ascent - descent) / 2);
    }

    /// <summary>
    /// Whether the text sets with every word whole within the measure (no word cut for being too long,
    /// no overfull line), and in how many lines: copyfitting treats anything else as not fitting.
    /// </summary>
    public bool SetsWhole(IReadOnlyList<StyledSpan> spans, TextStyle style, double width, out int lineCount)
    {
        var format = Format(style, width, 0, style.Align, hyphenate: false);
        var whole = context.Paragraphs.TrySet(spans, format, out var lines);
        lineCount = lines.Count;
        return whole;
    }

    /// <summary>How a style sets text in a frame of <paramref name="width"/>: its indents narrow the measure.</summary>
    private ParagraphFormat Format(TextStyle style, double width, double firstIndent, TextAlign align, bool hyphenate) => new(
        width - style.IndentStart - style.IndentEnd,
        firstIndent,
        align,
        hyphenate && context.Layout.Text.Hyphenate,
        context.Language,
        style.Font.Leading,
        context.Layout.Text.MaxConsecutiveHyphens);

    /// <summary>All lines stacked into one frame (for blocks that never split).</summary>
    public Frame Block(IReadOnlyList<StyledSpan> spans, TextStyle style, double width, TextAlign? align = null, bool balance = false, StructureElement? structure = null) =>
        Stack(Lines(spans, style, width, 0, align, balance: balance, structure: structure), width);

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
