using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs.Kashida;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// Sets a paragraph: builds its items, breaks them into lines with Knuth–Plass, and assembles each
/// line's glyph runs with the glue stretched or shrunk as the breaker decided. Pieces of a word that
/// stay on one line are drawn from the whole word's shaping; a word broken by a hyphen is reshaped
/// as two parts (the first with its hyphen).
/// </summary>
internal sealed class ParagraphSetter
{
    private readonly Shaper shaper;
    private readonly ParagraphItemsBuilder builder;
    private readonly ILineBreaker breaker;
    private static readonly Display.BalancedLineBreaker BalancedBreaker = new();

    internal ParagraphSetter(Shaper shaper, FontRunSplitter splitter, Hyphenation.BreakRules rules, ILineBreaker breaker, ParagraphAnalyses? analyses = null)
    {
        this.shaper = shaper;
        builder = new ParagraphItemsBuilder(shaper, splitter, rules, analyses);
        this.breaker = breaker;
    }

    /// <summary>
    /// Sets the paragraph: its lines, and the warnings about words cut for being wider than the measure
    /// (made, not reported: the caller reports them, or, for a trial, counts the setting as not fitting).
    /// </summary>
    public ParagraphSetting Set(IReadOnlyList<StyledSpan> spans, ParagraphFormat format)
    {
        var parameters = new LineBreakParameters { MaxConsecutiveHyphens = format.MaxConsecutiveHyphens, UnhyphenatedLine = format.UnhyphenatedLine };
        var items = builder.Build(spans, format, parameters);
        try
        {
            if (format.Display) Display.DisplayBreakWeights.Apply(items, format.Language);
            if (items.Pieces.Count == 0) return new ParagraphSetting([], []);

            double LineWidth(int line) => line == 0 ? format.Measure - format.FirstLineIndent : format.Measure;
            var result = (format.Display ? BalancedBreaker : breaker).Break(items.Items, LineWidth, parameters);
            var warnings = CutWordWarnings(CutWords(items, result).Distinct().Select(s => items.Segments[s]));

            var lines = new List<SetLine>(result.Lines.Count);
            for (var l = 0; l < result.Lines.Count; l++)
            {
                lines.Add(Assemble(items, result.Lines[l], l == 0 ? format.FirstLineIndent : 0, format));
            }
            return new ParagraphSetting(lines, warnings);
        }
        finally
        {
            // Nothing set keeps the items: the lines hold their own runs.
            items.Release();
        }
    }

    /// <summary>The words (indices of their segments) cut at a line end because they are wider than a line.</summary>
    private static IEnumerable<int> CutWords(ParagraphItems items, LineBreakResult result)
    {
        foreach (var line in result.Lines)
        {
            var end = items.Items[line.End];
            if (end.Kind != LineItemKind.Penalty || ParagraphItems.KindOf(end.Tag) != BreakKind.ForcedWordBreak) continue;
            // The cut word's last piece on this line is the last box before the break.
            for (var i = line.End - 1; i >= line.Start; i--)
            {
                if (!ParagraphItems.IsPiece(items.Items[i])) continue;
                yield return items.Pieces[items.Items[i].Tag].Segment;
                break;
            }
        }
    }

    /// <summary>More cut words than this in one stretch of text are one warning: the type is too big for its column.</summary>
    private const int CutWordsNamedOneByOne = 2;

    /// <summary>Warnings for words cut at a line end, named where their text starts: each on its own when few, else the stretch at once.</summary>
    private static List<(SourceLocation At, string Message)> CutWordWarnings(IEnumerable<Segment> words)
    {
        var warnings = new List<(SourceLocation, string)>();
        foreach (var stretch in words.GroupBy(w => w.Run.Span.Location))
        {
            var cut = stretch.Select(w => w.Text).Distinct().ToList();
            if (cut.Count <= CutWordsNamedOneByOne)
            {
                foreach (var word in cut)
                {
                    warnings.Add((stretch.Key,
                        $"'{Shorten(word)}' is too long to fit a line; it was broken without a hyphen. Shorten it (e.g. a shorter URL) if that reads badly."));
                }
                continue;
            }
            var named = string.Join(", ", cut.Take(3).Select(w => $"'{Shorten(w)}'"));
            warnings.Add((stretch.Key,
                $"{cut.Count} words here ({named} …) are wider than a line and were broken without a hyphen: the type is too large for its column. Use a smaller size or a wider column in the layout."));
        }
        return warnings;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "…";

    private SetLine Assemble(ParagraphItems items, LineBreak line, double indent, ParagraphFormat format)
    {
        var breakItem = items.Items[line.End];
        var breakKind = breakItem.Kind == LineItemKind.Penalty ? ParagraphItems.KindOf(breakItem.Tag) : BreakKind.None;
        var justify = format.Align == TextAlign.Justify && !breakItem.IsForcedBreak && !line.LeftShort;

        // Group the line's word pieces by segment; glue (and the recipes' empty boxes) becomes the
        // space before the next group, set at the width the breaker chose.
        var elements = spareElements ?? [];
        spareElements = null;
        elements.Clear();
        var space = 0.0;
        var letters = 0.0;
        var mostKashida = 0.0;
        var kashida = 0.0;
        for (var i = line.Start; i < line.End; i++)
        {
            var item = items.Items[i];
            if (!ParagraphItems.IsPiece(item))
            {
                switch (ParagraphItems.KindOf(item.Tag))
                {
                    case BreakKind.LetterSpace: letters += line.SetWidth(item, i); break;
                    case BreakKind.Expansion: break; // every adjustable run of the line takes the line's one scale (below)
                    case BreakKind.Kashida:
                        // The line's kashida is shared out among its words below.
                        kashida += line.SetWidth(item, i);
                        mostKashida += item.Stretch;
                        break;
                    default: space += line.SetWidth(item, i); break;
                }
                continue;
            }
            var piece = items.Pieces[item.Tag];
            if (elements.Count > 0 && space == 0 && elements[^1].Segment == piece.Segment && elements[^1].To == piece.Start)
            {
                elements[^1] = elements[^1] with { To = piece.End, Letters = elements[^1].Letters + letters, MostKashida = elements[^1].MostKashida + mostKashida };
            }
            else
            {
                elements.Add((piece.Segment, piece.Start, piece.End, space, letters, mostKashida));
                space = 0;
            }
            letters = 0;
            mostKashida = 0;
        }
        var tatweels = items.MostKashidaTatweels > 0 ? Tatweels(items, elements.Select(e => (e.Segment, e.MostKashida)).ToList(), kashida) : null;

        // Each element's glyphs are placed first and its run made once its final position is known: a justified
        // line spreads what shaping left over across its spaces (below).
        var placed = new List<(double X, Segment Segment, ShapedText Shaped, Point[] Positions, double Width, double Scale, bool Hyphen)>(elements.Count);
        var x = indent;
        for (var e = 0; e < elements.Count; e++)
        {
            var (segIndex, from, to, spaceBefore, letterSpace, _) = elements[e];
            var segment = items.Segments[segIndex];
            var addHyphen = e == elements.Count - 1 && breakKind == BreakKind.Hyphen;
            var options = segment.Run.ShapeOptions(format.Language, ligatures: segment.Tracking == 0);
            var shaped = from == 0 && to == segment.Text.Length && !addHyphen
                ? segment.Shape
                : shaper.Shape(segment.Run.Font, segment.Text[from..to] + (addHyphen ? "-" : ""), options);
            if (tatweels is not null && tatweels[e] > 0 && segment.Kashida is { } point)
            {
                shaped = KashidaShaping.Elongate(shaper, segment.Run.Font, options, shaped, point.Index - from, tatweels[e]);
            }
            x += spaceBefore;
            var scale = items.GlyphExpansion > 0 && ParagraphItems.Adjustable(segment) ? 1 + line.FirstRatio * items.GlyphExpansion : 1;
            var (positions, runWidth) = Positions(segment, shaped, shaped.Glyphs.Length > 0 ? letterSpace / shaped.Glyphs.Length : 0, scale);
            placed.Add((x, segment, shaped, positions, runWidth, scale, addHyphen));
            x += runWidth;
        }

        // Shaping a hyphenated part can differ from the breaker's estimate by a fraction of a point:
        // spread the difference over the spaces so justified lines end exactly at the measure.
        var end = x;
        var spaced = 0;
        for (var e = 1; e < elements.Count; e++)
        {
            if (elements[e].SpaceBefore > 0) spaced++;
        }
        var spread = justify && spaced > 0 && !line.Overfull;
        var extra = spread ? (line.Width + indent - end) / spaced : 0;
        if (spread) end = line.Width + indent;
        var runs = new List<LineRun>(elements.Count);
        var shift = 0.0;
        double ascent = 0, descent = 0;
        for (var e = 0; e < placed.Count; e++)
        {
            var (runX, segment, shaped, positions, runWidth, scale, hyphen) = placed[e];
            if (spread && e > 0)
            {
                if (elements[e].SpaceBefore > 0) shift += extra;
                runX += shift;
            }
            var run = ToRun(runX, segment, shaped, positions, runWidth, scale, hyphen);
            runs.Add(run);
            ascent = Math.Max(ascent, run.Ascent);
            descent = Math.Max(descent, run.Descent);
        }
        var width = end - indent;
        if (items.ParagraphLevel != 0 || AnyLevelAboveZero(items, elements))
        {
            var levels = elements.Select(e => items.Segments[e.Segment].Run.Level).ToList();
            // A gap that is a word space has the space's resolved level; the gap between two parts of one
            // word (a style change inside it) has none of its own.
            var gapLevels = elements.Select(e => e.From == 0 ? items.Segments[e.Segment].SpaceLevelBefore : null).ToList();
            runs = VisualOrder.Place(runs, levels, gapLevels, items.ParagraphLevel, line.Width, indent, format.Align);
        }
        spareElements = elements;
        return new SetLine(runs, format.Measure, width, format.Leading, ascent, descent,
            breakKind == BreakKind.Hyphen, line.Overfull || width > line.Width + OverfullTolerance);
    }

    /// <summary>Whether any of a line's elements is set at a bidi level above 0 (right to left, or left to right inside it).</summary>
    private static bool AnyLevelAboveZero(ParagraphItems items, List<(int Segment, int From, int To, double SpaceBefore, double Letters, double MostKashida)> elements)
    {
        foreach (var element in elements)
        {
            if (items.Segments[element.Segment].Run.Level != 0) return true;
        }
        return false;
    }

    /// <summary>The list of a line's elements <see cref="Assemble"/> used last on this thread, for its next line (a build assembles every line of every paragraph).</summary>
    [ThreadStatic]
    private static List<(int Segment, int From, int To, double SpaceBefore, double Letters, double MostKashida)>? spareElements;

    /// <summary>
    /// The tatweels of each of a line's elements (see <see cref="KashidaDistribution"/>): the line's kashida,
    /// <paramref name="total"/> points, shared among the words that took kashida glue (<paramref name="elements"/>
    /// with their glue's most, in points). What is not drawn (less than a tatweel) is left to the word spaces.
    /// </summary>
    private static int[] Tatweels(ParagraphItems items, IReadOnlyList<(int Segment, double Most)> elements, double total)
    {
        var counts = new int[elements.Count];
        var words = new List<(int Element, KashidaWord Word)>();
        for (var e = 0; e < elements.Count; e++)
        {
            var segment = items.Segments[elements[e].Segment];
            if (elements[e].Most <= 0 || segment.Kashida is not { } point || segment.TatweelWidth <= 0) continue;
            var most = (int)Math.Floor(elements[e].Most / segment.TatweelWidth + WholeTatweelSlack);
            words.Add((e, new KashidaWord(point.Priority, most, segment.TatweelWidth)));
        }
        if (words.Count == 0) return counts;
        var shares = KashidaDistribution.Tatweels(words.Select(w => w.Word).ToList(), total);
        for (var k = 0; k < words.Count; k++) counts[words[k].Element] = shares[k];
        return counts;
    }

    /// <summary>A glue's most that is a whole number of tatweels up to floating-point rounding counts as that number.</summary>
    private const double WholeTatweelSlack = 1e-9;

    /// <summary>Lines this much wider than the measure count as overfull (points; below any visible difference).</summary>
    private const double OverfullTolerance = 0.5;

    /// <param name="horizontalScale">The glyphs' width as a share of their own (glyph expansion; 1 = as designed).</param>
    /// <summary>Each glyph's offset from the run's start, and the run's width (its pen's advance).</summary>
    private static (Point[] Positions, double Width) Positions(Segment segment, ShapedText shaped, double letterSpace, double horizontalScale)
    {
        var size = segment.Size;
        var scale = size / shaped.UnitsPerEm * horizontalScale;
        var verticalScale = size / shaped.UnitsPerEm;
        var tracking = segment.Tracking * size + letterSpace;
        var rise = segment.Run.Span.Style.Rise;
        var positions = new Point[shaped.Glyphs.Length];
        var pen = 0.0;
        for (var g = 0; g < shaped.Glyphs.Length; g++)
        {
            positions[g] = new Point(pen + shaped.XOffsets[g] * scale, -shaped.YOffsets[g] * verticalScale - rise);
            pen += shaped.Advances[g] * scale + tracking;
        }
        return (positions, pen);
    }

    private static LineRun ToRun(double x, Segment segment, ShapedText shaped, Point[] positions, double width, double horizontalScale, bool hyphenInserted)
    {
        var style = segment.Run.Span.Style;
        return new LineRun(x, style.Role, StyleOf(segment), shaped.Glyphs, positions, shaped.Text, shaped.Clusters,
            width, segment.Run.Span.LinkUrl, segment.Run.RightToLeft)
        {
            Level = segment.Run.Level,
            LinkLocation = segment.Run.Span.LinkLocation,
            HorizontalScale = horizontalScale,
            HyphenInserted = hyphenInserted,
        };
    }

    /// <summary>The last run style made on this thread, and what it was made from: the words of a font run follow each other.</summary>
    [ThreadStatic]
    private static (FontRun Run, double Size, RunStyle Style)? lastStyle;

    /// <summary>
    /// How a segment's glyphs look: one <see cref="RunStyle"/> for all the words of a font run at one
    /// size, so the lines' runs (and the glyph runs placed from them) share it.
    /// </summary>
    private static RunStyle StyleOf(Segment segment)
    {
        var size = segment.Size;
        if (lastStyle is { } last && ReferenceEquals(last.Run, segment.Run) && last.Size == size) return last.Style;
        var style = segment.Run.Span.Style;
        var font = segment.Run.Font;
        var made = new RunStyle(font.Face, size, style.Color, font.Ascender * size + style.Rise, Math.Max(0, font.Descender * size - style.Rise));
        lastStyle = (segment.Run, size, made);
        return made;
    }
}
