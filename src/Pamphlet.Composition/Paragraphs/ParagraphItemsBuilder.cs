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
    /// <summary>
    /// Word-space stretch, as a share of the font's space. TeX gives ½; with letters taking a line's first
    /// slack (<see cref="LetterStretchEm"/>) the spaces take only the rest, and a smaller stretch makes the
    /// breaker judge that rest more severely: badness 100 (the limit of the pass without hyphens) now means
    /// spaces 1.35 × their natural width instead of 1.5 ×, which is where spacing.py's p95/median goal of 1.25
    /// starts to show. Measured on the corpus and the sample, against ½ (with the shrink below): evenness
    /// 1.17–1.35 against 1.18–1.43 (the sample 1.27 against 1.40), hyphens per 100 lines 9.1–26.3 against
    /// 4.5–22.5: fewer loose lines cost some hyphens, still within 10 on the sample.
    /// </summary>
    private const double SpaceStretchRatio = 0.35;

    /// <summary>
    /// Word-space shrink, as a share of the font's space. TeX gives ⅓ for Computer Modern, whose space is a
    /// third of an em; Noto Serif's is a quarter (0.26 em), so ⅓ left little to shrink and the breaker chose
    /// loose lines or a hyphen where a slightly tight line would do. 0.45 lets a space go down to 0.14 em.
    /// Measured against ⅓ (with 1 % letter-spacing): hyphens per 100 lines on kiez-de 30.6 → 22.5, theory-en
    /// 17.6 → 9.4, the sample 9.0 → 8.1.
    /// </summary>
    private const double SpaceShrinkRatio = 0.45;

    /// <summary>
    /// Justified lines may spread (or tighten) their letters by up to this much per glyph, used before the
    /// word spaces (see <see cref="LineItem.AbsorbsFirst"/>), so that small slack never shows in the spaces.
    /// 1 % of an em either way is issue 11's cap: below it a word does not look different from one line to the
    /// next (2 %, spread in proportion with the spaces, made the same word up to 3.6 % wider on one line
    /// than on the next). pdfTeX-style glyph expansion (±2 %) would absorb about as much on a Latin text
    /// (2 % of an average glyph of half an em is the same 0.01 em) but needs a horizontal scale in the page
    /// model, the PDF writer and the PNG renderer, and distorts stems; letter-spacing needs none of that.
    /// </summary>
    private const double LetterStretchEm = 0.01;
    private const double LetterShrinkEm = 0.01;

    /// <summary>
    /// A URL may break after / . _ ? &amp; = # and before a hyphen, at a cost so that whole URLs are
    /// preferred — never after a hyphen, which at a line end a reader would take for one line breaking
    /// added and leave out when typing the address (before it, the hyphen opens the next line and
    /// plainly belongs to the address, as the Chicago Manual of Style advises).
    /// </summary>
    private const double UrlBreakPenalty = 100;

    /// <summary>
    /// Longer runs of letters are not hyphenated: the longest words of the languages we hyphenate stay
    /// under 90 letters (German's "Donaudampfschifffahrts…gesellschaft" has 81), so a longer run is a code,
    /// a hash or junk, where a hyphen would read as part of it; it is cut where lines end, with a warning.
    /// This also keeps a word of a million letters from costing a breakpoint every few letters
    /// (measured: composing it took 4.7 s hyphenated, 1.4 s cut only).
    /// </summary>
    private const int MaxHyphenatedLetters = 100;

    /// <summary>A word wider than the line may be cut between line-sized chunks as a last resort, at a high cost.</summary>
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
        byte? spaceLevel = null;
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
                        // The splitter cuts runs where levels change, so the run holds the space's own level.
                        spaceLevel = bidi is null ? null : run.Level;
                        while (i < text.Length && IsBreakingSpace(text[i])) i++;
                        continue;
                    }
                    var start = i;
                    while (i < text.Length && !IsBreakingSpace(text[i])) i++;
                    byte? levelBefore = null;
                    if (pendingSpace)
                    {
                        recipe.AddSpace(items.Items, space.Width, space.Width * SpaceStretchRatio, space.Width * SpaceShrinkRatio,
                            ParagraphItems.TagOf(BreakKind.None));
                        pendingSpace = false;
                        levelBefore = spaceLevel;
                    }
                    AppendWord(items, recipe, run, text[start..i], format, parameters, narrowest, levelBefore);
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

    private void AppendWord(ParagraphItems items, LineItemRecipe recipe, FontRun run, string word, ParagraphFormat format, LineBreakParameters parameters, double narrowest,
        byte? spaceLevelBefore)
    {
        var span = run.Span;
        var size = span.Style.Font.Size;
        var tracking = span.Style.Tracking;
        var options = run.ShapeOptions(format.Language, ligatures: tracking == 0);
        var segment = new Segment(run, word, shaper.Shape(run.Font, word, options), size, tracking) { SpaceLevelBefore = spaceLevelBefore };
        items.Segments.Add(segment);
        var segmentIndex = items.Segments.Count - 1;

        var breaks = BreakPoints(word, span, format);
        if (segment.WidthOf(0, word.Length) > narrowest)
        {
            // Wider than a line: hyphens alone may not do (at most a few in a row), so the word may also
            // be cut where each line-sized chunk ends; the cut wins where it falls on a hyphenation point.
            var cuts = Cuts(segment, narrowest);
            var cutSet = cuts.ToHashSet();
            breaks = [.. breaks.Where(b => !cutSet.Contains(b.At)).Concat(cuts.Select(at => (At: at, Kind: BreakKind.ForcedWordBreak))).OrderBy(b => b.At)];
        }

        var hyphenWidth = shaper.Shape(run.Font, "-", options).Width(size, tracking);
        var previous = 0;
        foreach (var (at, kind) in breaks.Append((word.Length, BreakKind.None)))
        {
            items.AddBox(new Piece(segmentIndex, previous, at, segment.WidthOf(previous, at)));
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
                case BreakKind.ForcedWordBreak:
                    recipe.AddCut(items.Items, ForcedWordBreakPenalty, tag);
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

    /// <summary>
    /// Where to cut a word wider than <paramref name="narrowest"/> so that every chunk fits the
    /// narrowest line: greedily, at cluster starts only (never inside a character, a ligature or a
    /// base with its marks). A single cluster wider than the line is a chunk of its own. Linear in
    /// the word's length: widths of ranges come from running sums.
    /// </summary>
    private static List<int> Cuts(Segment segment, double narrowest)
    {
        var cuts = new List<int>();
        var length = segment.Text.Length;
        var start = 0;
        var lastFit = -1;
        var at = 1;
        while (at <= length)
        {
            if (at < length && !segment.Shape.IsClusterStart(at))
            {
                at++;
                continue;
            }

            if (segment.WidthOf(start, at) <= narrowest)
            {
                lastFit = at;
                at++;
                continue;
            }

            // [start, at) is too wide: cut after the last cluster that fitted, or after this one when none did.
            start = lastFit > start ? lastFit : at;
            if (start >= length) break;
            cuts.Add(start);
            lastFit = -1;
            at = start + 1;
        }

        // A last chunk of one letter ("pergunt|a", "orçament|o;") reads as a stray letter: it takes
        // letters from the chunk before, which only gets narrower, until it holds two.
        while (cuts.Count > 0 && LettersIn(segment.Text, cuts[^1], length) < MinimumLettersAfterCut)
        {
            var back = cuts[^1] - 1;
            while (back > 0 && !segment.Shape.IsClusterStart(back)) back--;
            if (back <= (cuts.Count > 1 ? cuts[^2] : 0)) break;
            cuts[^1] = back;
        }

        return cuts;
    }

    /// <summary>Hyphens and dashes in the text after which a line may break: hyphen-minus, hyphen, en and em dash.</summary>
    private static readonly System.Buffers.SearchValues<char> TextHyphens = System.Buffers.SearchValues.Create("-\u2010\u2013\u2014");

    /// <summary>
    /// A line may break after a hyphen in the text only with this many letters or digits on each side:
    /// "S-|Bahn" and "E-|Mail" leave a stray letter (Duden advises against it; TeX's lefthyphenmin is 2 too).
    /// </summary>
    private const int MinimumLettersBesideExplicitHyphen = 2;

    /// <summary>The fewest letters or digits the last chunk of a cut word starts a line with, where the word has them.</summary>
    private const int MinimumLettersAfterCut = 2;

    private static int LettersIn(string text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i])) count++;
        }
        return count;
    }

    /// <summary>
    /// Where a word may break: after explicit hyphens and dashes, URL punctuation, or at hyphenation
    /// points of its letters. A URL or e-mail address (a link's, or a word that looks like one) breaks
    /// only at its punctuation (see <see cref="UrlBreakPenalty"/>): never after a hyphen, never hyphenated.
    /// </summary>
    private List<(int At, BreakKind Kind)> BreakPoints(string word, StyledSpan span, ParagraphFormat format)
    {
        var points = new List<(int, BreakKind)>();
        if (span.IsUrl || UrlText.LooksLikeAddress(word))
        {
            for (var i = 1; i < word.Length - 1; i++)
            {
                var afterPunctuation = word[i - 1] is '/' or '.' or '_' or '?' or '&' or '=' or '#' && word[i] != '/';
                var beforeHyphen = word[i] == '-' && word[i - 1] != '-';
                if (afterPunctuation || beforeHyphen) points.Add((i, BreakKind.Url));
            }
            return points;
        }
        // Most words have no hyphen of their own: one vectorised search, not a count of their letters.
        var hasHyphen = word.AsSpan().IndexOfAny(TextHyphens) >= 0;
        var hyphenated = false;
        var lettersBefore = 0;
        var lettersAfter = hasHyphen ? LettersIn(word, 0, word.Length) : 0;
        for (var i = hasHyphen ? 1 : word.Length; i < word.Length - 1; i++)
        {
            if (char.IsLetterOrDigit(word[i - 1]))
            {
                lettersBefore++;
                lettersAfter--;
            }
            if (!TextHyphens.Contains(word[i - 1]) || !char.IsLetterOrDigit(word[i])) continue;
            hyphenated = true;
            if (lettersBefore >= MinimumLettersBesideExplicitHyphen && lettersAfter >= MinimumLettersBesideExplicitHyphen)
            {
                points.Add((i, BreakKind.ExplicitHyphen));
            }
        }
        // A word with a hyphen of its own breaks only there ("Öko-|Strom"), never at a pattern's point.
        if (hyphenated || !format.Hyphenate || !span.Style.Hyphenate || hyphenator is null) return points;

        // Hyphenate the letters only: leading and trailing punctuation ("(word),") stays attached.
        var first = 0;
        while (first < word.Length && !char.IsLetter(word[first])) first++;
        var last = word.Length;
        while (last > first && !char.IsLetter(word[last - 1])) last--;
        if (last - first < 2 || last - first > MaxHyphenatedLetters) return points;
        foreach (var point in hyphenator.Hyphenate(word[first..last]))
        {
            points.Add((first + point.Index, point.AddsHyphen ? BreakKind.Hyphen : BreakKind.ExplicitHyphen));
        }
        return points;
    }
}
