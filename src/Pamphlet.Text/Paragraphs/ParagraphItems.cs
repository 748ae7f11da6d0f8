using Pamphlet.Text.LineBreaking;
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

    public int GlyphCount(int start, int end) => Shape.GlyphCountOf(start, end);

    public double WidthOf(int start, int end) =>
        (Shape.AdvanceOf(start, end) / (double)Shape.UnitsPerEm + Tracking * Shape.GlyphCountOf(start, end)) * Size;
}

/// <summary>A breakable piece of a segment (between hyphenation or URL break points).</summary>
internal readonly record struct Piece(int Segment, int Start, int End, double Width);

/// <summary>What a penalty item stands for, so the line assembler knows whether to draw a hyphen.</summary>
internal enum BreakKind { None, Hyphen, ExplicitHyphen, Url, ForcedWordBreak, Forced, LetterSpace }

/// <summary>
/// The Knuth–Plass item list of one paragraph plus what each item refers to. Tags ≥ 0 on boxes are
/// piece indices; every other item (glue, penalties, the recipe's empty boxes) carries a negative tag
/// that encodes its <see cref="BreakKind"/>.
/// </summary>
internal sealed class ParagraphItems
{
    public List<LineItem> Items { get; } = [];
    public List<Segment> Segments { get; } = [];
    public List<Piece> Pieces { get; } = [];

    public static int TagOf(BreakKind kind) => -2 - (int)kind;

    public static BreakKind KindOf(int tag) => tag <= -2 ? (BreakKind)(-2 - tag) : BreakKind.None;

    public static bool IsPiece(in LineItem item) => item.Kind == LineItemKind.Box && item.Tag >= 0;

    /// <summary>Letter-spacing stretch and shrink per glyph in ems (justified text only; 0 = none): the most a line ever uses.</summary>
    public double LetterStretchEm { get; init; }
    public double LetterShrinkEm { get; init; }

    /// <summary>
    /// Adds a piece as a box. In justified text its letter-spacing glue comes first, behind an
    /// infinite penalty so it is never a breakpoint (and is discarded with the space when a line
    /// starts with this piece, so the first word of a line is never letter-spaced).
    /// </summary>
    public void AddBox(Piece piece)
    {
        var segment = Segments[piece.Segment];
        // Right-to-left scripts here are cursive (Arabic) or never letter-spaced (Hebrew): no letter glue.
        if (LetterStretchEm > 0 && segment.Tracking == 0 && !segment.Run.RightToLeft)
        {
            var glyphs = segment.GlyphCount(piece.Start, piece.End);
            if (glyphs > 1)
            {
                var tag = TagOf(BreakKind.LetterSpace);
                Items.Add(LineItem.NoBreak(tag));
                // Letters take a line's slack first, up to their cap, and the word spaces the rest: the cap
                // holds on every line however loose, and a line its letters can fill counts as perfect.
                Items.Add(LineItem.Glue(0, glyphs * LetterStretchEm * segment.Size, glyphs * LetterShrinkEm * segment.Size, tag) with { AbsorbsFirst = true });
            }
        }
        Pieces.Add(piece);
        Items.Add(LineItem.Box(piece.Width, Pieces.Count - 1));
    }

    public bool HasPieces => Pieces.Count > 0;

    /// <summary>The paragraph's bidi embedding level: odd for a right-to-left paragraph (set it from the right).</summary>
    public byte ParagraphLevel { get; set; }
}
