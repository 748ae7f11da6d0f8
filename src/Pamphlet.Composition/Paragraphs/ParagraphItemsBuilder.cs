using System.Text;
using Pamphlet.Composition.Hyphenation;
using Pamphlet.Composition.LineBreaking;
using Pamphlet.Composition.Text;
using Pamphlet.Layouts;

namespace Pamphlet.Composition.Paragraphs;

/// <summary>
/// Builds the Knuth–Plass items of a paragraph: words become boxes (split at hyphenation points and
/// URL break points), spaces become glue, forced breaks become -∞ penalties. Words are shaped whole
/// so kerning and ligatures survive; a piece's width is the advance of its clusters.
/// </summary>
internal sealed class ParagraphItemsBuilder(Shaper shaper, FontRunSplitter splitter, Hyphenator? hyphenator)
{
    /// <summary>TeX's interword glue for Computer Modern: stretch ½ and shrink ⅓ of the space.</summary>
    private const double SpaceStretchRatio = 0.5;
    private const double SpaceShrinkRatio = 1.0 / 3.0;

    /// <summary>
    /// Justified lines may also spread (or tighten) their letters by up to this much per glyph at full
    /// stretch (shrink), so that word spaces alone need not absorb every line's slack — the main source
    /// of uneven spacing on a narrow A5 measure. 2 % of an em is below what readers notice as
    /// letter-spacing (pdfTeX's font expansion defaults to 2 %); it buys roughly a third more stretch.
    /// Shrink is kept small: tightened letters read as crowding sooner than spread ones read as airy.
    /// Measured on the sample (spacing.py): p95/median word gap 1.58 → 1.38, hyphenated lines 19 → 6.5
    /// per 100, no loose lines.
    /// </summary>
    private const double LetterStretchEm = 0.02;
    private const double LetterShrinkEm = 0.005;

    /// <summary>A URL may break after / . - _ ? &amp; =, at a cost so that whole URLs are preferred.</summary>
    private const double UrlBreakPenalty = 100;

    /// <summary>A word wider than the line is cut anywhere as a last resort, at a high cost.</summary>
    private const double ForcedWordBreakPenalty = 900;

    public ParagraphItems Build(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, LineBreakParameters parameters)
    {
        var justified = format.Align == TextAlign.Justify;
        var items = new ParagraphItems
        {
            LetterStretchEm = justified ? LetterStretchEm : 0,
            LetterShrinkEm = justified ? LetterShrinkEm : 0,
        };
        var size = spans.Count > 0 ? spans[0].Style.Font.Size : 10;
        var recipe = new LineItemRecipe(format.Align, LineItemRecipe.RecommendedRaggedStretchEms * size);
        var narrowest = format.Measure - Math.Max(0, format.FirstLineIndent);
        var pendingSpace = false;
        var lineHasBox = false;
        SpaceMetrics space = default;
        recipe.AddParagraphStart(items.Items, ParagraphItems.TagOf(BreakKind.None));
        var bidi = BidiLevels.Of(spans, format.Language);
        items.ParagraphLevel = bidi?.ParagraphLevel ?? 0;
        var offset = 0;

        foreach (var span in spans)
        {
            var levels = bidi is null ? default : bidi.Levels.AsSpan(offset, span.Text.Length);
            offset += span.Text.Length;
            if (span.IsForcedBreak)
            {
                pendingSpace = false;
                if (lineHasBox) recipe.AddLineBreak(items.Items, ParagraphItems.TagOf(BreakKind.Forced));
                lineHasBox = false;
                continue;
            }
            foreach (var run in splitter.Split(span, levels))
            {
                var text = run.Text;
                var i = 0;
                while (i < text.Length)
                {
                    if (IsBreakingSpace(text[i]))
                    {
                        pendingSpace = lineHasBox;
                        space = SpaceOf(run, span);
                        while (i < text.Length && IsBreakingSpace(text[i])) i++;
                        continue;
                    }
                    var start = i;
                    while (i < text.Length && !IsBreakingSpace(text[i])) i++;
                    if (pendingSpace)
                    {
                        recipe.AddSpace(items.Items, space.Width, space.Width * SpaceStretchRatio, space.Width * SpaceShrinkRatio,
                            ParagraphItems.TagOf(BreakKind.None));
                        pendingSpace = false;
                    }
                    AppendWord(items, recipe, run, text[start..i], format, parameters, narrowest);
                    lineHasBox = true;
                }
            }
        }
        if (items.HasPieces) recipe.AddParagraphEnd(items.Items, ParagraphItems.TagOf(BreakKind.Forced));
        return items;
    }

    private static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u2009' or '\u200A' or '\u2002' or '\u2003';

    private readonly record struct SpaceMetrics(double Width, double Size);

    private SpaceMetrics SpaceOf(FontRun run, StyledSpan span)
    {
        var shaped = shaper.Shape(run.Font, " ", run.ShapeOptions("en", ligatures: true));
        return new SpaceMetrics(shaped.Width(span.Style.Font.Size, span.Style.Tracking), span.Style.Font.Size);
    }

    private void AppendWord(ParagraphItems items, LineItemRecipe recipe, FontRun run, string word, ParagraphFormat format, LineBreakParameters parameters, double narrowest)
    {
        var span = run.Span;
        var size = span.Style.Font.Size;
        var tracking = span.Style.Tracking;
        var options = run.ShapeOptions(format.Language, ligatures: tracking == 0);
        var segment = new Segment(run, word, shaper.Shape(run.Font, word, options), size, tracking);
        items.Segments.Add(segment);
        var segmentIndex = items.Segments.Count - 1;

        var breaks = BreakPoints(word, span, format);
        var hyphenWidth = shaper.Shape(run.Font, "-", options).Width(size, tracking);
        var previous = 0;
        foreach (var (at, kind) in breaks.Append((word.Length, BreakKind.None)))
        {
            AppendPiece(items, recipe, segmentIndex, previous, at, narrowest, span);
            if (at >= word.Length) break;
            var tag = ParagraphItems.TagOf(kind);
            switch (kind)
            {
                case BreakKind.Hyphen:
                    recipe.AddHyphenBreak(items.Items, hyphenWidth, parameters.HyphenPenalty, tag);
                    break;
                case BreakKind.ExplicitHyphen:
                    recipe.AddHyphenBreak(items.Items, 0, parameters.ExplicitHyphenPenalty, tag);
                    break;
                case BreakKind.Url:
                    AddPlainBreak(items, recipe, UrlBreakPenalty, tag);
                    break;
            }
            previous = at;
        }
    }

    /// <summary>
    /// A break that adds no hyphen and is not a hyphenation (URLs, cut words). Justified text takes a
    /// plain penalty; ragged recipes wrap breaks in their stretch glue, which only the hyphen-break
    /// recipe offers without a space, so there it counts as flagged (a hyphen-like break).
    /// </summary>
    private static void AddPlainBreak(ParagraphItems items, LineItemRecipe recipe, double penalty, int tag)
    {
        if (recipe.Align == TextAlign.Justify) items.Items.Add(LineItem.Penalty(0, penalty, false, tag));
        else recipe.AddHyphenBreak(items.Items, 0, penalty, tag);
    }

    /// <summary>Adds a piece as a box, cutting it into line-sized chunks if it is wider than the narrowest line.</summary>
    private static void AppendPiece(ParagraphItems items, LineItemRecipe recipe, int segmentIndex, int start, int end, double narrowest, StyledSpan span)
    {
        var segment = items.Segments[segmentIndex];
        var width = segment.WidthOf(start, end);
        if (width <= narrowest || end - start <= 1)
        {
            items.AddBox(new Piece(segmentIndex, start, end, width));
            return;
        }
        items.OverlongWords.Add(span);
        var chunkStart = start;
        for (var i = start + 1; i <= end; i++)
        {
            if (i < end && char.IsLowSurrogate(segment.Text[i])) continue;
            var w = segment.WidthOf(chunkStart, i);
            if (i == end || (w > narrowest && i - 1 > chunkStart))
            {
                var chunkEnd = i == end && w <= narrowest ? end : i - 1;
                if (chunkEnd <= chunkStart) chunkEnd = i;
                items.AddBox(new Piece(segmentIndex, chunkStart, chunkEnd, segment.WidthOf(chunkStart, chunkEnd)));
                if (chunkEnd < end) AddPlainBreak(items, recipe, ForcedWordBreakPenalty, ParagraphItems.TagOf(BreakKind.ForcedWordBreak));
                chunkStart = chunkEnd;
                if (chunkStart >= end) break;
                i = chunkStart;
            }
        }
        if (chunkStart < end) items.AddBox(new Piece(segmentIndex, chunkStart, end, segment.WidthOf(chunkStart, end)));
    }

    /// <summary>Where a word may break: after explicit hyphens and dashes, URL punctuation, or at hyphenation points of its letters.</summary>
    private List<(int At, BreakKind Kind)> BreakPoints(string word, StyledSpan span, ParagraphFormat format)
    {
        var points = new List<(int, BreakKind)>();
        if (span.IsUrl)
        {
            for (var i = 1; i < word.Length - 1; i++)
            {
                if (word[i - 1] is '/' or '.' or '-' or '_' or '?' or '&' or '=' or '#' && word[i] != '/') points.Add((i, BreakKind.Url));
            }
            return points;
        }
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i - 1] is '-' or '\u2010' or '\u2013' or '\u2014' && char.IsLetterOrDigit(word[i])) points.Add((i, BreakKind.ExplicitHyphen));
        }
        if (points.Count > 0 || !format.Hyphenate || !span.Style.Hyphenate || hyphenator is null) return points;

        // Hyphenate the letters only: leading and trailing punctuation ("(word),") stays attached.
        var first = 0;
        while (first < word.Length && !char.IsLetter(word[first])) first++;
        var last = word.Length;
        while (last > first && !char.IsLetter(word[last - 1])) last--;
        if (last - first < 2) return points;
        foreach (var point in hyphenator.Hyphenate(word[first..last]))
        {
            points.Add((first + point.Index, point.AddsHyphen ? BreakKind.Hyphen : BreakKind.ExplicitHyphen));
        }
        return points;
    }
}
