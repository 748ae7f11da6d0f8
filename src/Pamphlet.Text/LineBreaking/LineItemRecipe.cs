using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// Builds the glue and penalty items between boxes so that one breaker sets every alignment.
/// The composer adds its own boxes (word pieces) and calls these for the spaces, hyphen points and ends.
/// </summary>
/// <remarks>
/// <para><b>Justified</b> (<see cref="TextAlign.Justify"/>): a space is <c>glue(w, y, z)</c>; a hyphen point is
/// <c>penalty(hyphenWidth, hyphenPenalty, flagged)</c>; the end is <c>glue(0, fil) penalty(−∞)</c>.</para>
/// <para><b>Ragged</b> (<see cref="TextAlign.Start"/>, flush start): the Knuth–Plass trick rather than TeX's
/// <c>\rightskip</c>. A space is <c>penalty(+∞) glue(0, S) penalty(0) glue(w, −S)</c>: unbroken, the pair of
/// glues nets to a rigid space of width <c>w</c>; broken at the penalty, the line keeps the stretch <c>S</c>
/// at its end and the next line discards the <c>−S</c>. Chosen because it needs nothing outside the item
/// model (no per-line side glue in the breaker), keeps word spaces rigid (no stretch inside lines), and the
/// badness of the line-end stretch makes the optimiser even out the rag instead of filling greedily.
/// The leading <c>penalty(+∞)</c> is our addition to the paper's recipe: it stops the <c>glue(0, S)</c>
/// itself being a breakpoint, so each space offers exactly one break. A hyphen point is
/// <c>penalty(+∞) glue(0, S) penalty(hyphenWidth, hyphenPenalty, flagged) glue(0, −S)</c>.</para>
/// <para><b>Flush end</b> (<see cref="TextAlign.End"/>): the mirror; each line starts with the stretch.
/// A space is <c>penalty(+∞) glue(0, −fil) penalty(0) glue(w, −S) box(0) penalty(+∞) glue(0, S + fil)</c>: the
/// empty box stops the discard after a break, so the next line keeps its leading glue. The paragraph starts with
/// <c>box(0) penalty(+∞) glue(0, S + fil)</c> and ends with <c>penalty(−∞)</c> only. The <c>fil</c> at each
/// line start is our addition: every line but the last cancels it with the <c>−fil</c> before its break, so
/// they are judged by the finite <c>S</c> (an even rag), while the last line keeps it and may be any length
/// without counting as underfull.</para>
/// <para><b>Centred</b> (<see cref="TextAlign.Center"/>): both sides, <c>penalty(+∞) glue(0, S − fil) penalty(0)
/// glue(w, −2S) box(0) penalty(+∞) glue(0, S + fil)</c>, starting like flush end and ending with
/// <c>glue(0, S + fil) penalty(−∞)</c>: the last line has fill on both sides, so it is centred at any length.</para>
/// <para>In the ragged, flush-end and centred recipes the badness measures the rag, not the word spaces: warn
/// the user only about <see cref="LineBreak.Overfull"/>.
/// Never put a space right before the paragraph end: it would be a breakpoint leaving an empty last line.</para>
/// </remarks>
internal sealed class LineItemRecipe
{
    /// <summary>
    /// Suggested rag stretch <c>S</c> in ems: a line may fall about <c>S</c> short at badness 100, so 3 em lets
    /// the rag vary by a short word or two on an A5 measure while the demerits still pull lines towards even
    /// length. Plain TeX's <c>\raggedright</c> uses 2 em. Measured on a 112-word paragraph at 61 measures of
    /// 30–90 characters: 2 em sent 10 of them to the emergency pass and hyphenated 57 of 657 lines; 3 em needed
    /// no emergency pass and hyphenated 22 lines (1 em: 59 emergency passes).
    /// </summary>
    public const double RecommendedRaggedStretchEms = 3;

    public LineItemRecipe(TextAlign align, double raggedStretch)
    {
        if (!(raggedStretch > 0) && align != TextAlign.Justify)
        {
            throw new ArgumentOutOfRangeException(nameof(raggedStretch), raggedStretch, "Ragged, flush-end and centred text need a positive rag stretch.");
        }

        Align = align;
        RaggedStretch = raggedStretch;
    }

    public TextAlign Align { get; }

    /// <summary>The stretch <c>S</c> at a ragged line side, in the caller's units (see <see cref="RecommendedRaggedStretchEms"/>).</summary>
    public double RaggedStretch { get; }

    private double EndSideStretch => Align is TextAlign.Start or TextAlign.Center ? RaggedStretch : 0;

    private double StartSideStretch => Align is TextAlign.End or TextAlign.Center ? RaggedStretch : 0;

    /// <summary>Fill at each line start (flush end, centred), cancelled before every break but the last.</summary>
    private double StartSideFill => Align is TextAlign.End or TextAlign.Center ? 1 : 0;

    /// <summary>Call before the paragraph's first box (an indent box comes after it); <see cref="AddLineBreak"/> starts its next line itself.</summary>
    public void AddParagraphStart(List<LineItem> items, int tag = LineItem.NoTag) => AddLineStartStretch(items, tag);

    /// <summary>A word space of natural width <paramref name="width"/>; stretch and shrink apply only when justified.</summary>
    public void AddSpace(List<LineItem> items, double width, double stretch, double shrink, int tag = LineItem.NoTag)
    {
        if (Align == TextAlign.Justify)
        {
            items.Add(LineItem.Glue(width, stretch, shrink, tag));
            return;
        }

        AddRaggedBreak(items, LineItem.Penalty(0, 0, false, tag), width, tag);
    }

    /// <summary>
    /// A word space that must not break (a no-break space, the spaces of a date; see
    /// <c>BreakRules.BoundSpaces</c>): an infinite penalty, then glue that justifies like any word space
    /// and is rigid in ragged text, as the ragged recipe's unbroken spaces are.
    /// </summary>
    public void AddNoBreakSpace(List<LineItem> items, double width, double stretch, double shrink, int tag = LineItem.NoTag)
    {
        items.Add(LineItem.NoBreak(tag));
        items.Add(Align == TextAlign.Justify ? LineItem.Glue(width, stretch, shrink, tag) : LineItem.Glue(width, 0, 0, tag));
    }

    /// <summary>
    /// A place a word may break: <paramref name="hyphenWidth"/> is the width of the hyphen glyph that
    /// appears only on a break (0 after an explicit hyphen, which is already in the box before it).
    /// </summary>
    public void AddHyphenBreak(List<LineItem> items, double hyphenWidth, double penalty, int tag = LineItem.NoTag)
    {
        var hyphen = LineItem.Penalty(hyphenWidth, penalty, flagged: true, tag);
        if (Align == TextAlign.Justify)
        {
            items.Add(hyphen);
            return;
        }

        AddRaggedBreak(items, hyphen, 0, tag);
    }

    /// <summary>
    /// A place a word too long for any line may be cut: no hyphen appears and it is not flagged, so
    /// it never counts towards the hyphens-in-a-row limit (which would otherwise leave the rest of a
    /// long word on one overfull line). Ragged recipes wrap it in their stretch glue like a hyphen point.
    /// </summary>
    public void AddCut(List<LineItem> items, double penalty, int tag = LineItem.NoTag)
    {
        var cut = LineItem.Penalty(0, penalty, flagged: false, tag);
        if (Align == TextAlign.Justify)
        {
            items.Add(cut);
            return;
        }

        AddRaggedBreak(items, cut, 0, tag);
    }

    /// <summary>A hard line break inside a paragraph: ends the line like a paragraph end, then starts a new line.</summary>
    public void AddLineBreak(List<LineItem> items, int tag = LineItem.NoTag)
    {
        AddParagraphEnd(items, tag);
        AddLineStartStretch(items, tag);
    }

    public void AddParagraphEnd(List<LineItem> items, int tag = LineItem.NoTag)
    {
        switch (Align)
        {
            case TextAlign.Justify or TextAlign.Start:
                items.AddRange(LineItem.ParagraphEnd(tag));
                break;
            case TextAlign.Center:
                items.Add(LineItem.Glue(0, RaggedStretch, 0, tag) with { FillStretch = 1 });
                items.Add(LineItem.ForcedBreak(tag));
                break;
            default:
                items.Add(LineItem.ForcedBreak(tag));
                break;
        }
    }

    private void AddRaggedBreak(List<LineItem> items, LineItem breakPenalty, double spaceWidth, int tag)
    {
        double end = EndSideStretch;
        double start = StartSideStretch;
        double startFill = StartSideFill;
        if (end > 0 || startFill > 0)
        {
            items.Add(LineItem.NoBreak(tag));
            items.Add(LineItem.Glue(0, end, 0, tag) with { FillStretch = -startFill });
        }

        items.Add(breakPenalty);
        if (spaceWidth != 0 || end + start != 0)
        {
            items.Add(LineItem.Glue(spaceWidth, -(end + start), 0, tag));
        }

        AddLineStartStretch(items, tag);
    }

    private void AddLineStartStretch(List<LineItem> items, int tag)
    {
        double start = StartSideStretch;
        if (start > 0)
        {
            // The empty box ends the discard after a break, so the new line keeps its leading stretch.
            items.Add(LineItem.Box(0, tag));
            items.Add(LineItem.NoBreak(tag));
            items.Add(LineItem.Glue(0, start, 0, tag) with { FillStretch = StartSideFill });
        }
    }
}
