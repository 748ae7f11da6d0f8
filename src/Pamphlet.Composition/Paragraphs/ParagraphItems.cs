using Pamphlet.Composition.LineBreaking;
using Pamphlet.Composition.Text;

namespace Pamphlet.Composition.Paragraphs;

/// <summary>Text set together in one font: a word, or the part of a word in one style or font.</summary>
internal sealed record Segment(FontRun Run, string Text, ShapedText Shape, double Size, double Tracking)
{
    public double WidthOf(int start, int end)
    {
        double units = 0;
        var glyphs = 0;
        for (var g = 0; g < Shape.Glyphs.Length; g++)
        {
            var c = Shape.Clusters[g];
            if (c < start || c >= end) continue;
            units += Shape.Advances[g];
            glyphs++;
        }
        return (units / Shape.UnitsPerEm + Tracking * glyphs) * Size;
    }
}

/// <summary>A breakable piece of a segment (between hyphenation or URL break points).</summary>
internal readonly record struct Piece(int Segment, int Start, int End, double Width);

/// <summary>What a penalty item stands for, so the line assembler knows whether to draw a hyphen.</summary>
internal enum BreakKind { None, Hyphen, ExplicitHyphen, Url, ForcedWordBreak, Forced }

/// <summary>
/// The Knuth–Plass item list of one paragraph plus what each item refers to: box tags are piece
/// indices, penalty tags index <see cref="PenaltyKinds"/>.
/// </summary>
internal sealed class ParagraphItems
{
    public List<LineItem> Items { get; } = [];
    public List<Segment> Segments { get; } = [];
    public List<Piece> Pieces { get; } = [];
    public List<BreakKind> PenaltyKinds { get; } = [];
    /// <summary>Words that had to be cut without a hyphen because they are wider than the line.</summary>
    public List<StyledSpan> OverlongWords { get; } = [];

    public void AddBox(Piece piece)
    {
        Pieces.Add(piece);
        Items.Add(LineItem.Box(piece.Width, Pieces.Count - 1));
    }

    public void AddPenalty(double width, double penalty, bool flagged, BreakKind kind)
    {
        PenaltyKinds.Add(kind);
        Items.Add(LineItem.Penalty(width, penalty, flagged, PenaltyKinds.Count - 1));
    }

    public void AddGlue(double width, double stretch, double shrink) => Items.Add(LineItem.Glue(width, stretch, shrink, -1));

    public bool EndsWithGlue => Items.Count > 0 && Items[^1].Kind == LineItemKind.Glue;
}
