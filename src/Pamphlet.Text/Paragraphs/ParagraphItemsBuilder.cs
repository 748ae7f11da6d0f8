using System.Text;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Hyphenation;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs.Kashida;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// Builds the Knuth–Plass items of a paragraph: words become boxes (split where <see cref="BreakRules"/>
/// lets a word break), spaces become glue (behind an infinite penalty where the rules bind the space),
/// forced breaks become -∞ penalties. Words are shaped whole so kerning and ligatures survive; a piece's
/// width is the advance of its clusters.
/// </summary>
/// <param name="analyses">What a page-count search keeps across its steps (see <see cref="ParagraphAnalyses"/>); null: everything is worked out.</param>
internal sealed class ParagraphItemsBuilder(Shaper shaper, FontRunSplitter splitter, BreakRules rules, ParagraphAnalyses? analyses = null)
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
    /// than on the next).
    /// </summary>
    private const double LetterStretchEm = 0.01;
    private const double LetterShrinkEm = 0.01;

    /// <summary>
    /// Justified lines may also widen (or narrow) their glyphs by up to this share, pdfTeX's font expansion
    /// (its usual setting is ±2 % in steps of 0.5 %; ours is continuous), taken with the letter-spacing
    /// before the word spaces. Together they absorb about twice what letter-spacing alone did, which is
    /// what the word spaces needed. Measured on the corpus and the sample (a5-pamphlet, spacing.py): evenness
    /// 1.23–1.48 → 1.04–1.22, hyphens per 100 lines 4.5–18.2 → 0–4.3 (kiez-de's German compounds 28.2 → 20.9).
    /// 2 % is where expansion starts to show on close reading (Hàn Thế Thành's tests for pdfTeX); every
    /// glyph of a line takes the same scale.
    /// </summary>
    private const double GlyphExpansion = 0.02;

    /// <summary>
    /// The most kashida a justified Arabic word may take, in tatweels of its font (Noto Naskh Arabic's is 0.21 em,
    /// 2.5 pt at the A5 body size of 10 pt × 1.2). A line's kashida goes to as few words as can hold it
    /// (<see cref="KashidaDistribution"/>), so this also sets how long each lengthened word is. Measured on
    /// hay-ar (a5-pamphlet, <c>Pamphlet.Bench word-gaps</c>, with the judged share below): at most 2 tatweels,
    /// 77 words lengthened in 39 lines and the tightest word gaps (p5) 0.145 em; 3, 70 words and 0.168 em; 4,
    /// 62 words and 0.177 em (p95/median 1.06, 1.05, 1.04). 4 tatweels, 10 pt, is a flourish in body text.
    /// </summary>
    private const double MostKashidaTatweels = 3;

    /// <summary>
    /// The share of a word's kashida the line breaker counts as stretch when it judges a line
    /// (<see cref="LineItem.JudgedStretchShare"/>). Kashida is set before the word spaces, but counted in full it
    /// is so much stretch (three tatweels a word) that every line looks good: the breaker chose loose lines and
    /// lengthened 173 words in 40 lines of hay-ar (a5-pamphlet), none of its spaces below their natural width;
    /// at ½, 144 words. At ¼, 70 words, and the tightest word gaps (p5) 0.168 em; at 0 (lines chosen as if there
    /// were no kashida), 69 words but tight lines stay as tight as without kashida (0.149 em; 0.144 em without).
    /// </summary>
    private const double KashidaJudgedShare = 0.25;

    /// <summary>
    /// Cost of a break inside an address wider than a line (after "/", before "."; see
    /// <see cref="BreakRules"/>): a plain penalty like a hyphen's, so lines still prefer to break at spaces.
    /// </summary>
    private const double UrlBreakPenalty = 100;

    /// <summary>A word wider than the line may be cut between line-sized chunks as a last resort, at a high cost.</summary>
    private const double ForcedWordBreakPenalty = 900;

    /// <summary>
    /// Items per character of a paragraph's text, to size its item list once: measured on the sample, justified
    /// paragraphs made 1.27 items a character (0.9–1.6; a piece takes letter-spacing and expansion glue), ragged ones
    /// 1.09. Growing the list by doubling instead allocated twice its final size, the largest part of composing's
    /// garbage (issue 13).
    /// </summary>
    private const double JustifiedItemsPerChar = 1.3;
    private const double RaggedItemsPerChar = 1.1;

    /// <summary>
    /// The most items reserved ahead (a quarter of a megabyte): the sample's longest paragraph has 800, and a word
    /// of a million letters makes far fewer items than letters, so a longer list grows as it needs.
    /// </summary>
    private const int MostItemsAhead = 4096;

    public ParagraphItems Build(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, LineBreakParameters parameters)
    {
        var justified = format.Align == TextAlign.Justify;
        var items = new ParagraphItems
        {
            LetterStretchEm = justified ? LetterStretchEm : 0,
            LetterShrinkEm = justified ? LetterShrinkEm : 0,
            GlyphExpansion = justified ? GlyphExpansion : 0,
            // Kashida is how Arabic text justifies: an Arabic word quoted in a Latin paragraph keeps that paragraph's
            // spacing (lengthened alone on its line, it would take the line's slack that the Latin words do not).
            MostKashidaTatweels = justified && ScriptItemizer.ScriptOfLanguage(format.Language) == HarfBuzzSharp.Script.Arabic ? MostKashidaTatweels : 0,
            KashidaJudgedShare = KashidaJudgedShare,
        };
        var size = spans.Count > 0 ? spans[0].Style.Font.Size : 10;
        var recipe = new LineItemRecipe(format.Align, LineItemRecipe.RecommendedRaggedStretchEms * size);
        var narrowest = format.Measure - Math.Max(0, format.FirstLineIndent);
        var pendingSpace = false;
        byte? spaceLevel = null;
        var lineHasBox = false;
        SpaceMetrics space = default;
        var paragraphText = string.Concat(spans.Select(s => s.Text));
        items.Items.EnsureCapacity((int)Math.Min(MostItemsAhead, 8 + paragraphText.Length * (justified ? JustifiedItemsPerChar : RaggedItemsPerChar)));
        recipe.AddParagraphStart(items.Items, ParagraphItems.TagOf(BreakKind.None));
        var bidi = BidiLevels.Of(spans, format.Language);
        items.ParagraphLevel = bidi?.ParagraphLevel ?? 0;
        var bound = analyses?.BoundSpaces(paragraphText, rules) ?? rules.BoundSpaces(paragraphText);
        var spaceBound = false;
        var inGap = false;
        var offset = 0;

        foreach (var span in spans)
        {
            var levels = bidi is null ? default : bidi.Levels.AsSpan(offset, span.Text.Length);
            var runOffset = offset;
            offset += span.Text.Length;
            if (span.IsForcedBreak)
            {
                pendingSpace = false;
                inGap = false;
                if (lineHasBox) recipe.AddLineBreak(items.Items, ParagraphItems.TagOf(BreakKind.Forced));
                lineHasBox = false;
                continue;
            }
            foreach (var run in analyses is not null && levels.IsEmpty ? analyses.Split(splitter, span) : splitter.Split(span, levels))
            {
                var text = run.Text;
                var runStart = runOffset;
                runOffset += text.Length;
                var i = 0;
                while (i < text.Length)
                {
                    if (BreakRules.IsSpace(text[i]))
                    {
                        // The rules key a bound gap by its first space; a gap may go on in the next run.
                        spaceBound = (inGap && spaceBound) || bound.ContainsKey(runStart + i);
                        inGap = true;
                        pendingSpace = lineHasBox;
                        space = SpaceOf(run, span);
                        // The splitter cuts runs where levels change, so the run holds the space's own level.
                        spaceLevel = bidi is null ? null : run.Level;
                        while (i < text.Length && BreakRules.IsSpace(text[i])) i++;
                        continue;
                    }
                    inGap = false;
                    var start = i;
                    while (i < text.Length && !BreakRules.IsSpace(text[i])) i++;
                    byte? levelBefore = null;
                    if (pendingSpace)
                    {
                        var tag = ParagraphItems.TagOf(BreakKind.None);
                        if (spaceBound) recipe.AddNoBreakSpace(items.Items, space.Width, space.Width * SpaceStretchRatio, space.Width * SpaceShrinkRatio, tag);
                        else recipe.AddSpace(items.Items, space.Width, space.Width * SpaceStretchRatio, space.Width * SpaceShrinkRatio, tag);
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
        var shape = shaper.Shape(run.Font, word, options);
        var segment = new Segment(run, word, shape, size, tracking) { SpaceLevelBefore = spaceLevelBefore };
        if (items.MostKashidaTatweels > 0 && CanTakeKashida(run, tracking) && KashidaPoints.Best(word, shape.IsClusterStart) is { } point)
        {
            segment = segment with { Kashida = point, TatweelWidth = shaper.Shape(run.Font, KashidaPoints.Tatweel.ToString(), options).Width(size) };
        }
        items.Segments.Add(segment);
        var segmentIndex = items.Segments.Count - 1;

        var widerThanLine = segment.WidthOf(0, word.Length) > narrowest;
        var inWord = rules.InWord(word, span.IsUrl, format.Hyphenate && span.Style.Hyphenate, widerThanLine);
        var breaks = new List<(int At, BreakKind Kind)>(inWord.Count + 1);
        foreach (var b in inWord) breaks.Add((b.Index, KindOf(b.Kind)));
        if (widerThanLine)
        {
            // Wider than a line: hyphens alone may not do (at most a few in a row), so the word may also
            // be cut where each line-sized chunk ends; the cut wins where it falls on a hyphenation point.
            // An address's breaks are not limited in a row: it is cut only inside a stretch between two of
            // them that is itself wider than a line (else a cut would beat "/" and "." to the line end).
            var address = breaks.Count > 0 && breaks.All(b => b.Kind == BreakKind.Url);
            var cuts = address ? CutsBetween(segment, narrowest, breaks.Select(b => b.At)) : Cuts(segment, narrowest, 0, word.Length);
            var cutSet = cuts.ToHashSet();
            breaks = [.. breaks.Where(b => !cutSet.Contains(b.At)).Concat(cuts.Select(at => (At: at, Kind: BreakKind.ForcedWordBreak))).OrderBy(b => b.At)];
        }

        var hyphenWidth = shaper.Shape(run.Font, "-", options).Width(size, tracking);
        var previous = 0;
        // The word's end closes its last piece.
        breaks.Add((word.Length, BreakKind.None));
        foreach (var (at, kind) in breaks)
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
                    // Not flagged: no hyphen shows, so it counts neither towards hyphen runs nor as a hyphenated line.
                    recipe.AddCut(items.Items, UrlBreakPenalty, tag);
                    break;
                case BreakKind.ForcedWordBreak:
                    recipe.AddCut(items.Items, ForcedWordBreakPenalty, tag);
                    break;
            }
            previous = at;
        }
    }

    /// <summary>
    /// Arabic words set right to left, untracked, in a font that has a tatweel, may be lengthened by kashida;
    /// other words (Hebrew, Latin, a font without a tatweel) justify by their word spaces alone.
    /// </summary>
    private static bool CanTakeKashida(FontRun run, double tracking) =>
        run.Script == HarfBuzzSharp.Script.Arabic && run.RightToLeft && tracking == 0 && KashidaShaping.CanElongate(run.Font);

    private static BreakKind KindOf(WordBreakKind kind) => kind switch
    {
        WordBreakKind.Hyphen => BreakKind.Hyphen,
        WordBreakKind.AfterHyphen => BreakKind.ExplicitHyphen,
        _ => BreakKind.Url,
    };

    /// <summary>
    /// Where to cut the stretch [<paramref name="from"/>, <paramref name="length"/>) of a word wider than <paramref name="narrowest"/> so that every chunk fits the
    /// narrowest line: greedily, at cluster starts only (never inside a character, a ligature or a
    /// base with its marks). A single cluster wider than the line is a chunk of its own. Linear in
    /// the word's length: widths of ranges come from running sums.
    /// </summary>
    private static List<int> Cuts(Segment segment, double narrowest, int from, int length)
    {
        var cuts = new List<int>();
        var start = from;
        var lastFit = -1;
        var at = from + 1;
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
            if (back <= (cuts.Count > 1 ? cuts[^2] : from)) break;
            cuts[^1] = back;
        }

        return cuts;
    }

    /// <summary>
    /// Cuts inside each stretch between two of <paramref name="breaks"/> (and the word's ends) that is
    /// wider than <paramref name="narrowest"/>: at every cluster start that leaves
    /// <see cref="MinimumLettersAfterCut"/> characters on each side, so the breaker can fill the lines
    /// around a long address (one greedy set of cuts would fix where every line ends and make its
    /// neighbours loose), or greedily for stretches longer than <see cref="MostFreeCutsInAStretch"/>.
    /// </summary>
    private static List<int> CutsBetween(Segment segment, double narrowest, IEnumerable<int> breaks)
    {
        var cuts = new List<int>();
        var from = 0;
        foreach (var to in breaks.Append(segment.Text.Length))
        {
            if (segment.WidthOf(from, to) > narrowest)
            {
                if (to - from > MostFreeCutsInAStretch)
                {
                    cuts.AddRange(Cuts(segment, narrowest, from, to));
                }
                else
                {
                    for (var at = from + MinimumLettersAfterCut; at <= to - MinimumLettersAfterCut; at++)
                    {
                        // Not beside the address's own hyphens: one ending a line reads as added, one starting a line as a typo.
                        var text = segment.Text;
                        if (segment.Shape.IsClusterStart(at) && text[at - 1] != '-' && text[at] != '-') cuts.Add(at);
                    }
                }
            }
            from = to;
        }
        return cuts;
    }

    /// <summary>
    /// Longest stretch of an address (between two of its break points) cut at every character: a few
    /// lines' worth, as real path steps are; a longer one is junk or an attack, and gets line-sized
    /// chunks so that breaking stays linear in its length.
    /// </summary>
    private const int MostFreeCutsInAStretch = 200;

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
}
