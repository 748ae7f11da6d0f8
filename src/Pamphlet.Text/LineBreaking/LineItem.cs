namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// One item of a paragraph as Knuth &amp; Plass (1981) model it: a box, a glue or a penalty.
/// See <see cref="LineItemRecipe"/> for how to build justified, ragged and centred paragraphs from them.
/// </summary>
/// <remarks>
/// Infinite stretch (TeX's <c>fil</c>) is kept apart in <see cref="FillStretch"/> rather than written as
/// <see cref="double.PositiveInfinity"/>: sums of infinities give NaN, while a separate order of stretch
/// stays exact. A line with any positive fill stretch puts all its shortfall there and none in finite glue.
/// </remarks>
// Fields packed by size (64 bytes, not 72 in declaration order): a paragraph holds one item per character or so.
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct LineItem
{
    /// <summary>A penalty at or above this never breaks (TeX's 10000, "infinite" penalty).</summary>
    public const double ForbiddenBreakPenalty = 10000;

    /// <summary>A penalty at or below this always breaks (TeX's −10000).</summary>
    public const double ForcedBreakPenalty = -10000;

    /// <summary>The tag of items that map to no content of the caller's (recipe glue, struts).</summary>
    public const int NoTag = -1;

    public LineItemKind Kind { get; init; }

    /// <summary>Natural width; for a penalty, the width added only if the line breaks there (a hyphen).</summary>
    public double Width { get; init; }

    /// <summary>Finite stretchability of a glue (may be negative inside the ragged and centred recipes).</summary>
    public double Stretch { get; init; }

    /// <summary>Shrinkability of a glue; never negative.</summary>
    public double Shrink { get; init; }

    /// <summary>Infinite-order stretch of a glue (TeX <c>fil</c>), in fil units.</summary>
    public double FillStretch { get; init; }

    /// <summary>
    /// A glue whose stretch and shrink are used before any other glue's on its line, and never beyond them
    /// (letter-spacing and glyph expansion: a line takes up small slack in its letters, within the cap their
    /// glue gives, and only the rest in its word spaces). Badness and fitness judge the line's whole slack
    /// against all its glue, this included, as pdfTeX judges font expansion.
    /// </summary>
    public bool AbsorbsFirst { get; init; }

    private readonly double unjudgedStretchShare;

    /// <summary>
    /// The share of an <see cref="AbsorbsFirst"/> glue's stretch that counts when a line is judged (its badness and
    /// fitness), 1 unless set; the line is still set with all of it. Below 1 the breaker chooses lines as if the glue
    /// could stretch only that much, so it does not pick loose lines merely because this glue would fill them
    /// (kashida: a line's slack is drawn as lengthened words, but choosing lines for it would lengthen every line).
    /// </summary>
    public double JudgedStretchShare { get => 1 - unjudgedStretchShare; init => unjudgedStretchShare = 1 - value; }

    /// <summary>Cost of breaking at a penalty item (named so because the factory is called <see cref="Penalty"/>).</summary>
    public double PenaltyValue { get; init; }

    /// <summary>A flagged penalty is a hyphen break: two in a row cost extra and their run is limited.</summary>
    public bool Flagged { get; init; }

    /// <summary>The caller's own index for this item, so lines can be mapped back to content.</summary>
    public int Tag { get; init; }

    public bool IsForcedBreak => Kind == LineItemKind.Penalty && PenaltyValue <= ForcedBreakPenalty;

    public bool IsForbiddenBreak => Kind == LineItemKind.Penalty && PenaltyValue >= ForbiddenBreakPenalty;

    public static LineItem Box(double width, int tag = NoTag) =>
        new() { Kind = LineItemKind.Box, Width = width, Tag = tag };

    public static LineItem Glue(double width, double stretch, double shrink, int tag = NoTag) =>
        new() { Kind = LineItemKind.Glue, Width = width, Stretch = stretch, Shrink = shrink, Tag = tag };

    /// <summary>Glue with infinite-order stretch (TeX <c>0pt plus 1fil</c>); negative amounts cancel earlier fill.</summary>
    public static LineItem FillGlue(double fillStretch = 1, int tag = NoTag) =>
        new() { Kind = LineItemKind.Glue, FillStretch = fillStretch, Tag = tag };

    public static LineItem Penalty(double width, double penalty, bool flagged, int tag = NoTag) =>
        new() { Kind = LineItemKind.Penalty, Width = width, PenaltyValue = penalty, Flagged = flagged, Tag = tag };

    /// <summary>A break that must happen here (paragraph end, hard line break).</summary>
    public static LineItem ForcedBreak(int tag = NoTag) => Penalty(0, ForcedBreakPenalty, false, tag);

    /// <summary>A penalty that forbids a break here (keeps the next glue from being a breakpoint).</summary>
    public static LineItem NoBreak(int tag = NoTag) => Penalty(0, ForbiddenBreakPenalty, false, tag);

    /// <summary>
    /// The end of a flush-start or justified paragraph: <c>glue(0, fil)</c> then <c>penalty(−∞)</c>, so the
    /// last line is set at its natural width. Do not put a space before it (strip trailing spaces):
    /// a space there would be a breakpoint that leaves an empty last line.
    /// </summary>
    public static IReadOnlyList<LineItem> ParagraphEnd(int tag = NoTag) => [FillGlue(1, tag), ForcedBreak(tag)];
}
