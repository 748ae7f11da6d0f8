using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs.Kashida;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs;

/// <summary>Text set together in one font: a word, or the part of a word in one style or font.</summary>
internal sealed record Segment(FontRun Run, string Text, ShapedText Shape, double Size, double Tracking)
{
    /// <summary>
    /// The resolved bidi level of the word space before this segment, when one comes before it. UAX #9
    /// gives that space its own level (N1: between two numbers in right-to-left text it takes the
    /// paragraph's, so "338 8.0" reads number by number from the right); it is not always its neighbours'.
    /// </summary>
    public byte? SpaceLevelBefore { get; init; }

    /// <summary>Where the word may be lengthened by kashida (justified Arabic in a font with a tatweel), or null.</summary>
    public KashidaPoint? Kashida { get; init; }

    /// <summary>The width of one tatweel in the segment's font and size (points), when it has a <see cref="Kashida"/> point.</summary>
    public double TatweelWidth { get; init; }

    public int GlyphCount(int start, int end) => Shape.GlyphCountOf(start, end);

    public double WidthOf(int start, int end) =>
        (Shape.AdvanceOf(start, end) / (double)Shape.UnitsPerEm + Tracking * Shape.GlyphCountOf(start, end)) * Size;
}

/// <summary>A breakable piece of a segment (between hyphenation or URL break points).</summary>
internal readonly record struct Piece(int Segment, int Start, int End, double Width);

/// <summary>What a penalty item stands for, so the line assembler knows whether to draw a hyphen.</summary>
internal enum BreakKind { None, Hyphen, ExplicitHyphen, Url, ForcedWordBreak, Forced, LetterSpace, Expansion, Kashida }

/// <summary>
/// The Knuth–Plass item list of one paragraph plus what each item refers to. Tags ≥ 0 on boxes are
/// piece indices; every other item (glue, penalties, the recipe's empty boxes) carries a negative tag
/// that encodes its <see cref="BreakKind"/>.
/// </summary>
internal sealed class ParagraphItems
{
    /// <summary>
    /// The lists of the paragraph this thread set last, emptied, for its next one: a build sets every
    /// paragraph (and a fit4 build every paragraph once per fitting step), and new lists each time were
    /// a large part of a build's fresh memory (issue 13). Null while a paragraph holds them.
    /// </summary>
    [ThreadStatic]
    private static Lists? spare;

    /// <summary>Lists that held more items than this are let go rather than kept for the next paragraph (a quarter of a megabyte of items).</summary>
    private const int MostItemsKept = 4096;

    private sealed class Lists
    {
        public List<LineItem> Items { get; } = [];
        public List<Segment> Segments { get; } = [];
        public List<Piece> Pieces { get; } = [];
    }

    private readonly Lists lists;

    public ParagraphItems()
    {
        lists = spare ?? new Lists();
        spare = null;
    }

    public List<LineItem> Items => lists.Items;
    public List<Segment> Segments => lists.Segments;
    public List<Piece> Pieces => lists.Pieces;

    /// <summary>Empties the lists and keeps them for this thread's next paragraph; this object must not be used after.</summary>
    public void Release()
    {
        if (Items.Capacity > MostItemsKept) return;
        Items.Clear();
        Segments.Clear();
        Pieces.Clear();
        spare = lists;
    }

    public static int TagOf(BreakKind kind) => -2 - (int)kind;

    public static BreakKind KindOf(int tag) => tag <= -2 ? (BreakKind)(-2 - tag) : BreakKind.None;

    public static bool IsPiece(in LineItem item) => item.Kind == LineItemKind.Box && item.Tag >= 0;

    /// <summary>Letter-spacing stretch and shrink per glyph in ems (justified text only; 0 = none): the most a line ever uses.</summary>
    public double LetterStretchEm { get; init; }
    public double LetterShrinkEm { get; init; }

    /// <summary>The most a justified line widens or narrows its glyphs, as a share of their width (0 = none).</summary>
    public double GlyphExpansion { get; init; }

    /// <summary>
    /// The most kashida a word may take, in widths of its font's tatweel (justified text only; 0 = none).
    /// </summary>
    public double MostKashidaTatweels { get; init; }

    /// <summary>The share of a kashida's stretch that counts when the breaker judges a line (see <see cref="LineItem.JudgedStretchShare"/>).</summary>
    public double KashidaJudgedShare { get; init; }

    /// <summary>
    /// Whether a segment's pieces take letter-spacing and expansion glue: not when the text has its own
    /// tracking (small capitals, spaced labels), and not in right-to-left scripts, which here are cursive
    /// (Arabic lengthens its joining strokes instead: <see cref="Segment.Kashida"/>) or never spaced (Hebrew).
    /// </summary>
    public static bool Adjustable(Segment segment) => segment.Tracking == 0 && !segment.Run.RightToLeft;

    /// <summary>Whether the piece holds its word's kashida point, with a letter of the piece on each side of it.</summary>
    public bool HasKashida(Piece piece) =>
        MostKashidaTatweels > 0 && Segments[piece.Segment].Kashida is { } point && piece.Start < point.Index && point.Index < piece.End;

    /// <summary>
    /// Adds a piece as a box. In justified text its letter-spacing, expansion and kashida glue come first, after an
    /// empty box and an infinite penalty: the penalty keeps the glue from being a breakpoint, and the empty
    /// box ends the discard after a break, so the first word of a line is spaced, scaled and lengthened like the
    /// rest of it.
    /// </summary>
    public void AddBox(Piece piece)
    {
        var segment = Segments[piece.Segment];
        var adjustable = Adjustable(segment);
        var glyphs = segment.GlyphCount(piece.Start, piece.End);
        var letters = adjustable && glyphs > 1 && LetterStretchEm > 0;
        var expands = adjustable && GlyphExpansion > 0 && piece.Width > 0;
        var kashida = HasKashida(piece);
        if (letters || expands || kashida)
        {
            Items.Add(LineItem.Box(0, TagOf(BreakKind.None)));
            Items.Add(LineItem.NoBreak(TagOf(BreakKind.None)));
            // Kashida takes a line's slack before the word spaces, like letters and glyphs in Latin, and never
            // shrinks a line: a word is not drawn shorter than its letters.
            if (kashida)
            {
                Items.Add(LineItem.Glue(0, MostKashidaTatweels * segment.TatweelWidth, 0, TagOf(BreakKind.Kashida)) with { AbsorbsFirst = true, JudgedStretchShare = KashidaJudgedShare });
            }
            // Letters and glyphs take a line's slack first, up to their caps, and the word spaces the rest: the
            // caps hold on every line however loose, and a line they can fill counts as perfect.
            if (letters)
            {
                Items.Add(LineItem.Glue(0, glyphs * LetterStretchEm * segment.Size, glyphs * LetterShrinkEm * segment.Size, TagOf(BreakKind.LetterSpace)) with { AbsorbsFirst = true });
            }
            if (expands)
            {
                Items.Add(LineItem.Glue(0, piece.Width * GlyphExpansion, piece.Width * GlyphExpansion, TagOf(BreakKind.Expansion)) with { AbsorbsFirst = true });
            }
        }
        Pieces.Add(piece);
        Items.Add(LineItem.Box(piece.Width, Pieces.Count - 1));
    }

    public bool HasPieces => Pieces.Count > 0;

    /// <summary>The paragraph's bidi embedding level: odd for a right-to-left paragraph (set it from the right).</summary>
    public byte ParagraphLevel { get; set; }
}
