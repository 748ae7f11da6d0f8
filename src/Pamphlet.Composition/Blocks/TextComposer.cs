using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// Sets styled text into line frames: one frame per line, one line pitch tall (<see cref="Pitch"/>), the
/// baseline placed so the font's ascender-to-descender box sits centred in the pitch (the same place on
/// every line, so lines of one style keep a regular rhythm across blocks).
/// </summary>
internal sealed class TextComposer(CompositionContext context)
{
    private readonly Dictionary<(string Family, FontWeight Weight, bool Italic), LetterBox> boxes = [];
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
            var (pitch, lineBaseline) = format.Display ? DisplayPitch(line, style, baseline) : (Pitch(style), baseline);
            // One item a run, and one more for each run of link text: sized for the runs, so most lines never regrow it.
            var items = new List<PageItem>(line.Runs.Count);
            items.AddRange(line.Place(left, lineBaseline, structure, links));
            return new Frame(width, pitch, items);
        }).ToList();
    }

    /// <summary>
    /// The pitch of a style's lines in this statement. The layout's leading is chosen for the style's own
    /// face; when the statement's letters are set in a face whose ascender-to-descender box is taller for the
    /// size they are set at (Noto Naskh Arabic's 1.70 em at 1.2 × the size, 2.04 em, for the marks above and
    /// below its letters, against Noto Serif's 1.36 em), the leading grows in that proportion, so the marks get
    /// the room the layout gave the Latin face's ascenders and descenders. Never tighter than the layout's
    /// leading; a statement in Latin letters keeps it exactly. Body text, its baseline grid and every other
    /// block take their pitch from here.
    /// </summary>
    public double Pitch(TextStyle style) => style.Font.Leading * BoxOf(style.Font).Stretch;

    /// <summary>
    /// A display line's pitch and baseline: a line whose letters stand taller than the box its style's pitch
    /// was made for (an Arabic word in a Latin statement's Roboto Condensed headline, 0.95 leading for its
    /// capitals) takes the pitch in proportion to its own box, which sits in the pitch as the style's does.
    /// Body text keeps its pitch: it is on the baseline grid.
    /// </summary>
    private (double Pitch, double Baseline) DisplayPitch(SetLine line, TextStyle style, double baseline)
    {
        var pitch = Pitch(style);
        var styleBox = BoxOf(style.Font).Height * style.Font.Size;
        // Runs of letters only: a raised note reference, or a symbol from a fallback face ("→"), carries no marks.
        var lettered = line.Runs.Where(r => r.Role != SpanStyle.NoteReferenceRole && r.Text.Any(char.IsLetter)).ToList();
        if (lettered.Count == 0 || styleBox <= 0) return (pitch, baseline);
        var ascent = lettered.Max(r => r.Ascent);
        var descent = lettered.Max(r => r.Descent);
        var stretch = (ascent + descent) / styleBox;
        if (stretch <= 1) return (pitch, baseline);
        pitch *= stretch;
        return (pitch, (pitch + ascent - descent) / 2);
    }

    /// <summary>
    /// The box a style's pitch is made for, in ems of its size: its own face's, or the face that sets the
    /// statement's letters when that one is taller; <see cref="LetterBox.Stretch"/> is how much taller.
    /// </summary>
    private LetterBox BoxOf(FontSpec spec)
    {
        var key = (spec.Family, spec.Weight, spec.Italic);
        if (boxes.TryGetValue(key, out var box)) return box;
        var font = context.Fonts.Get(spec, context.LayoutLocation);
        var own = new LetterBox(font.Ascender, font.Descender, 1);
        box = context.Paragraphs.LanguageLetterBox(spec) is { } letters && own.Height > 0 && letters.Ascender + letters.Descender > own.Height
            ? new LetterBox(letters.Ascender, letters.Descender, (letters.Ascender + letters.Descender) / own.Height)
            : own;
        boxes[key] = box;
        return box;
    }

    /// <summary>An ascender-to-descender box in ems, and the factor by which it makes a style's leading grow.</summary>
    private readonly record struct LetterBox(double Ascender, double Descender, double Stretch)
    {
        public double Height => Ascender + Descender;
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

    /// <summary>Where the baseline sits in a line of <see cref="Pitch"/>: the box the pitch is made for, centred in it.</summary>
    public double BaselineOffset(TextStyle style)
    {
        var box = BoxOf(style.Font);
        return (Pitch(style) + (box.Ascender - box.Descender) * style.Font.Size) / 2;
    }
}
