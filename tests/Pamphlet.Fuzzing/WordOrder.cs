using System.Text;

namespace Pamphlet.Fuzzing;

/// <summary>A word of the source that was not found where it must be.</summary>
public sealed record LostWord(ExpectedBlock Block, ExpectedPart Part, int Index, string Word);

/// <summary>
/// How one part was read: where its first and last found words start in the letter stream (−1 when
/// none was found), how many of its words were found, and whether it was judged not printed here
/// because the words of a later part came first.
/// </summary>
public sealed record PartReading(ExpectedBlock Block, ExpectedPart Part, int Found, int Words, int FirstStart, int LastStart, bool SkippedByProbe);

/// <summary>Markdown syntax found in the printed text (<see cref="Sign"/>), with the text around it.</summary>
public sealed record MarkupLeak(string Sign, string Around);

/// <summary>What <see cref="WordOrder.Check"/> found.</summary>
public sealed record WordOrderReport(
    int WordsChecked,
    IReadOnlyList<LostWord> Lost,
    IReadOnlyList<ExpectedImage> MissingImages,
    IReadOnlyList<MarkupLeak> MarkupLeaks,
    bool Truncated)
{
    /// <summary>How each part was read, in reading order (for diagnosing a loss: <see cref="Trace"/>).</summary>
    public IReadOnlyList<PartReading> Readings { get; init; } = [];

    /// <summary>
    /// The parts read just before and after the first lost word, each with the printed lines its
    /// words were found on: shows whether a part is missing from the output or found out of place.
    /// </summary>
    public string Trace(PrintedText printed)
    {
        if (Lost.Count == 0) return "";
        var at = Readings.ToList().FindIndex(r => ReferenceEquals(r.Part, Lost[0].Part));
        var text = new StringBuilder();
        foreach (var r in Readings.Skip(Math.Max(0, at - 2)).Take(5))
        {
            var where = r.FirstStart < 0 ? "not found"
                : $"printed lines {printed.LineAt(r.FirstStart) + 1}–{printed.LineAt(r.LastStart) + 1}: '{Snippet(printed.Lines[printed.LineAt(r.FirstStart)].Text)}'";
            text.Append($"  {(ReferenceEquals(r.Part, Lost[0].Part) ? ">" : " ")} line {r.Part.Line}, {r.Part.Context}: {r.Found} of {r.Words} words found{(r.SkippedByProbe ? ", but after the next parts (counted lost)" : "")}; {where}\n");
        }
        return text.ToString();
    }

    private static string Snippet(string line) => line.Length <= 60 ? line : line[..57] + "…";

    public bool Passed => Lost.Count == 0 && MissingImages.Count == 0 && MarkupLeaks.Count == 0;

    /// <summary>A few lines for a test failure or a fuzz report: the first lost words of each block.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var block in Lost.GroupBy(l => l.Block).Take(6))
        {
            var first = block.First();
            text.Append($"  line {first.Part.Line}, {first.Part.Context} ({block.Key.Placement.ToString().ToLowerInvariant()}): ")
                .Append($"{block.Count()} of {block.Key.Words.Count()} words lost, first '{first.Word}' (word {first.Index + 1} on that line)\n");
        }
        if (Truncated) text.Append("  (stopped counting after ").Append(WordOrder.MaxLost).Append(" lost words)\n");
        foreach (var image in MissingImages.Take(4)) text.Append($"  line {image.Line}, {image.Context}: image '{image.FileName}' not placed\n");
        foreach (var leak in MarkupLeaks.Take(4)) text.Append($"  Markdown printed as text: '{leak.Sign}' in '{leak.Around}'\n");
        return text.ToString();
    }
}

/// <summary>
/// Checks that every word of the source appears in the output text, in order ("no silent loss").
/// <para>
/// The output is read as a stream of lower-case letters and digits (<see cref="PrintedText"/>), so
/// hyphens added at line ends, spaces, quotation marks, dashes and bullets do not matter; each
/// expected word must appear as a whole stretch of that stream, after the previous word.
/// </para>
/// <para>
/// "In order" is defined per block, because typesetting moves whole blocks:
/// <list type="bullet">
/// <item>Flow blocks (paragraphs, headings, lists, quotes, demands, slogan, signature): every word in
/// order, and the blocks in order relative to each other: one reading position runs through them all.</item>
/// <item>Floats (figure captions and credits, pull quotes) move to the top of a later column, so they
/// are in order among themselves, with their own reading position from the start.</item>
/// <item>Notes (footnotes set as endnotes) likewise, among themselves.</item>
/// <item>Cover text (title, subtitle, organisation) is checked block by block from the start, and only
/// when the layout prints a cover; the flow is then read from the page after the cover.</item>
/// </list>
/// Text that is not in the source may come between any two words: list numbers and bullets, the URL
/// printed after a link, "(continued)", footnote markers, floats inside the flow, running footers and
/// page numbers. One interruption is allowed inside a word too, between a line end and a later line
/// start (halves of two letters at least): a word hyphenated across a column or page break is split by
/// the float or the page furniture drawn between its halves.
/// </para>
/// A part refused with a warning at its own line (the input contract's alternative to typesetting it)
/// is not checked.
/// <para>
/// Matching is greedy (each word at its earliest place after the previous one). So that a lost word
/// found again much later (the same word used again) does not drag the reading position past
/// everything in between, a flow word may only be this far ahead: a few thousand letters plus all
/// float, note and refused text; short words only a page ahead; a list's number is checked glued to
/// the item's first word ("15" is too common a string); and a flow part whose words turn up only after
/// where one of the next parts begins (found by its first words, side by side) was not printed here
/// and counts as lost. After a real loss, later words may still count as lost: the first lost word is
/// exact, the count an upper bound.
/// </para>
/// </summary>
public static class WordOrder
{
    /// <summary>Counting stops here: a case that lost this many words has been reported well enough.</summary>
    public const int MaxLost = 200;

    /// <summary>
    /// How many lines after its first half the rest of an interrupted word may start: the floats of
    /// one column top plus a page's furniture and a cover stay well within this.
    /// </summary>
    private const int MaxInterruptionLines = 120;

    /// <summary>Warnings that do not refuse the text at their line: it is still printed.</summary>
    private static readonly string[] NotRefusals = ["is too long to fit a line", "wider than a line and were broken", "unknown block", "taller than a whole page"];

    /// <summary>
    /// The statement lines that warnings refuse: a warning at a line, in the statement itself, that
    /// does not say the text is printed anyway. Parts on these lines are not checked.
    /// </summary>
    public static IReadOnlySet<int> RefusedLines(IEnumerable<(string? File, int Line, string Message)> warnings, string statementPath) =>
        warnings
            .Where(w => SamePath(w.File, statementPath) && !NotRefusals.Any(n => w.Message.Contains(n, StringComparison.Ordinal)))
            .Select(w => w.Line)
            .ToHashSet();

    private static bool SamePath(string? a, string b) =>
        !string.IsNullOrEmpty(a) && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    /// <summary>
    /// Words this short ("a", "de", "7") occur everywhere: in the flow, one is only looked for
    /// <see cref="ShortWordReach"/> letters ahead (plus all float, note and refused text, as
    /// <see cref="FlowReach"/>), so that a lost one cannot be "found" far ahead and drag the reading
    /// position past everything in between.
    /// </summary>
    private const int ShortWordLetters = 3;

    /// <summary>
    /// About a page of text: more than any furniture between two neighbouring words. Floats come on
    /// top: a demand box can run for pages, and a flow word's common neighbours before it may be
    /// found inside such a box (they are not told apart from the box's own words), which leaves the
    /// rest of the box between them and the short word.
    /// </summary>
    private const int ShortWordReach = 3000;

    /// <summary>
    /// Letters that may come between two consecutive flow words besides floats and notes: a cover
    /// page, page furniture, a link's printed URL, "(continued)" (a few hundred at most), with room
    /// to spare. A flow word further ahead than this plus all float, note and refused text is not the
    /// word that belongs here but the same word used again later: it counts as lost, and the reading
    /// position stays where it was.
    /// </summary>
    private const int FlowReach = 3000;

    /// <summary>Letters each half of a word interrupted at a line end has at least (hyphenation leaves two).</summary>
    private const int MinimumHalf = 2;

    /// <summary>How <see cref="ExpectedImage.Context"/> ends for an image inside a paragraph of text.</summary>
    public const string InsideTheText = "image inside the text";

    /// <summary>Text that only appears when Markdown syntax is printed instead of read.</summary>
    private static readonly string[] MarkupSigns = ["[^", ":::", "](", "<http"];

    public static WordOrderReport Check(
        IReadOnlyList<ExpectedBlock> expected,
        IReadOnlyList<ExpectedImage> images,
        PrintedText printed,
        bool coverPrinted,
        IReadOnlySet<int>? refusedLines = null)
    {
        refusedLines ??= new HashSet<int>();
        // Text that may come between two neighbouring flow words: floats, notes, and what warnings refused.
        var between = expected.Where(b => b.Placement is Placement.Float or Placement.Note).Sum(Letters)
            + expected.SelectMany(b => b.Parts).Where(p => refusedLines.Contains(p.Line)).Sum(p => p.Words.Sum(w => PrintedText.Normalise(w).Length));
        var checker = new Reading(new Matcher(printed), FlowReach + between, ShortWordReach + between);

        // The parts to check, by reading position: one for the flow, one for floats, one for notes, one per cover block.
        var sequences = new List<List<(ExpectedBlock Block, ExpectedPart Part)>>();
        var flow = new List<(ExpectedBlock, ExpectedPart)>();
        var floats = new List<(ExpectedBlock, ExpectedPart)>();
        var notes = new List<(ExpectedBlock, ExpectedPart)>();
        sequences.AddRange([flow, floats, notes]);
        foreach (var block in expected)
        {
            if (block.Placement == Placement.PosterOnly || (block.Placement == Placement.Cover && !coverPrinted)) continue;
            var parts = block.Parts.Where(p => !refusedLines.Contains(p.Line)).Select(p => (block, p));
            switch (block.Placement)
            {
                case Placement.Flow: flow.AddRange(parts); break;
                case Placement.Float: floats.AddRange(parts); break;
                case Placement.Note: notes.AddRange(parts); break;
                default: sequences.Add([.. parts]); break;
            }
        }
        // Every part's letters, parts kept apart, for telling a particular probe from a repeated one.
        var everything = string.Join('|', expected.SelectMany(b => b.Parts).Select(p => string.Concat(p.Words.Select(PrintedText.Normalise))));
        // With a cover, the flow starts on the page after it: title and subtitle words are not the flow's.
        var flowStart = 0;
        if (coverPrinted && printed.Lines.Count > 0)
        {
            var firstBody = printed.Lines.ToList().FindIndex(l => l.Page > printed.Lines[0].Page);
            flowStart = firstBody < 0 ? printed.Letters.Length : printed.LineStarts[firstBody];
        }
        foreach (var sequence in sequences)
        {
            var isFlow = ReferenceEquals(sequence, flow);
            checker.Read(sequence, isFlow, everything, isFlow ? flowStart : 0);
        }

        var missingImages = MissingImages(images, printed, refusedLines);
        var raw = printed.Raw;
        // Markup is looked for on pages only, where runs are apart (the PDF is drawn from the same pages).
        var leaks = printed.FromPdfText ? [] : MarkupSigns.Where(s => raw.Contains(s, StringComparison.Ordinal)).Select(s => new MarkupLeak(s, Around(raw, s))).ToList();
        return new WordOrderReport(checker.Checked, checker.Lost, missingImages, leaks, checker.Lost.Count >= MaxLost) { Readings = checker.Readings };
    }

    /// <summary>
    /// Letters in a probe: the first words of a following part, as many as hold this many letters.
    /// When a part matched further on than where a probe is found, the part was not printed where it
    /// belongs (see <see cref="Reading.Read"/>).
    /// </summary>
    private const int ProbeLetters = 24;

    /// <summary>
    /// Most characters between two words of a probe, digits only: a footnote marker. Neighbouring words are printed
    /// side by side, so a probe is found only where the part really starts (a probe that meets a
    /// link's printed URL is not found at all, which only means the part is not judged).
    /// </summary>
    private const int ProbeGap = 2;

    /// <summary>
    /// How many of the following flow parts are probed: when a part is lost, the parts right after it
    /// may be lost too (a quote and its attribution), so the first printed one can be a few parts on.
    /// </summary>
    private const int ProbedParts = 4;

    /// <summary>Reads sequences of parts against the printed text, collecting the lost words.</summary>
    private sealed class Reading(Matcher matcher, int flowReach, int shortWordReach)
    {
        public List<LostWord> Lost { get; } = [];
        public List<PartReading> Readings { get; } = [];
        public int Checked { get; private set; }

        /// <summary>
        /// Reads the parts in order from <paramref name="start"/>. In the flow, a part whose words are
        /// found (some of them) only further on than where the next few flow words are found is a part
        /// that was not printed here: what matched is the same words used again later. Then the whole
        /// part counts as lost and the reading position stays, so that the text after it is still read
        /// where it is.
        /// </summary>
        public void Read(List<(ExpectedBlock Block, ExpectedPart Part)> parts, bool isFlow, string everything, int start)
        {
            var probes = isFlow ? parts.Select(p => ProbeOf(p.Part, everything)).ToList() : [];
            var position = start;
            for (var i = 0; i < parts.Count; i++)
            {
                var (block, part) = parts[i];
                var words = part.Words.Select((w, index) => (Word: PrintedText.Normalise(w), Index: index)).Where(w => w.Word.Length > 0).ToList();
                Checked += words.Count;
                if (Lost.Count >= MaxLost) continue;
                var found = new List<(int Index, int Start, int End)>();
                var at = position;
                foreach (var (word, index) in words)
                {
                    var (wordStart, wordEnd) = Find(word, at, isFlow);
                    if (wordEnd < 0) continue;
                    found.Add((index, wordStart, wordEnd));
                    at = wordEnd;
                }
                var skipped = isFlow && found.Count > 0
                    && probes.Skip(i + 1).Take(ProbedParts).Any(probe => probe is not null && Probe(probe, position) is var end and >= 0 && end <= found[^1].Start);
                Readings.Add(new PartReading(block, part, skipped ? 0 : found.Count, words.Count,
                    found.Count > 0 ? found[0].Start : -1, found.Count > 0 ? found[^1].Start : -1, skipped));
                if (skipped) found.Clear();
                var kept = found.Select(f => f.Index).ToHashSet();
                Lost.AddRange(words.Where(w => !kept.Contains(w.Index)).Select(w => new LostWord(block, part, w.Index, part.Words[w.Index])));
                if (found.Count > 0) position = found[^1].End;
            }
        }

        /// <summary>
        /// The probe of a part: its first words, as many as hold <see cref="ProbeLetters"/> letters (two
        /// words at least), so that it is too particular to match by chance; null when the part is too
        /// short, or when its letters occur anywhere else in the statement (a name in two attributions,
        /// a word inside another paragraph), where a probe would prove nothing.
        /// </summary>
        private static List<string>? ProbeOf(ExpectedPart part, string everything)
        {
            var probe = new List<string>();
            foreach (var word in part.Words.Select(PrintedText.Normalise).Where(w => w.Length > 0))
            {
                probe.Add(word);
                if (probe.Sum(w => w.Length) >= ProbeLetters) break;
            }
            if (probe.Count < 2 || probe.Sum(w => w.Length) < ProbeLetters) return null;
            var letters = string.Concat(probe);
            var first = everything.IndexOf(letters, StringComparison.Ordinal);
            return everything.IndexOf(letters, first + 1, StringComparison.Ordinal) < 0 ? probe : null;
        }

        /// <summary>
        /// Where a probe ends when read from <paramref name="from"/>, found as its words are printed:
        /// one right behind the other (at most a footnote marker, <see cref="ProbeGap"/> digits, between
        /// them); −1 if it is not.
        /// </summary>
        private int Probe(List<string> probe, int from)
        {
            for (var start = from; ;)
            {
                // Each place the probe's first word is found is tried, until the whole probe fits behind one.
                var (first, end) = Find(probe[0], start, isFlow: true, whole: true);
                if (end < 0) return -1;
                var at = end;
                var whole = true;
                foreach (var word in probe.Skip(1))
                {
                    var (wordStart, wordEnd) = Find(word, at, isFlow: true, whole: true);
                    if (wordEnd < 0 || wordStart - at > ProbeGap || !matcher.AllDigits(at, wordStart))
                    {
                        whole = false;
                        break;
                    }
                    at = wordEnd;
                }
                if (whole) return at;
                start = first + 1;
            }
        }

        private (int Start, int End) Find(string word, int from, bool isFlow, bool whole = false)
        {
            var (start, end) = matcher.Find(word, from, whole);
            if (end < 0) return (-1, -1);
            var jump = start - from;
            // Only flow words have a bounded distance to the word before them: floats and notes may be far apart.
            if (isFlow && (jump > flowReach || (word.Length <= ShortWordLetters && jump > shortWordReach))) return (-1, -1);
            return (start, end);
        }
    }

    private static int Letters(ExpectedBlock block) => block.Words.Sum(w => PrintedText.Normalise(w).Length);

    /// <summary>
    /// Images that must be placed and are not: by file name on pages, by count in a PDF (where the
    /// cover's copy of the first figure counts too).
    /// </summary>
    private static List<ExpectedImage> MissingImages(IReadOnlyList<ExpectedImage> images, PrintedText printed, IReadOnlySet<int> refusedLines)
    {
        // Figures take the placed copies of a file first: an image inside the text, the likelier to
        // go missing, is the one blamed when the same file is both.
        var wanted = images.Where(i => !refusedLines.Contains(i.Line)).OrderBy(i => i.Context.EndsWith(InsideTheText, StringComparison.Ordinal)).ToList();
        if (printed.ImageFiles.Count == 0) return wanted.Skip(printed.ImageCount).ToList();
        var placed = printed.ImageFiles.GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        var missing = new List<ExpectedImage>();
        foreach (var image in wanted)
        {
            if (placed.TryGetValue(image.FileName, out var n) && n > 0) placed[image.FileName] = n - 1;
            else missing.Add(image);
        }
        return missing;
    }

    private static string Around(string text, string sign)
    {
        var at = text.IndexOf(sign, StringComparison.Ordinal);
        var from = Math.Max(0, at - 20);
        return text.Substring(from, Math.Min(text.Length - from, sign.Length + 40)).ReplaceLineEndings(" ");
    }

    /// <summary>Finds words in the letter stream: whole, or in two halves across an interruption (see the class comment).</summary>
    private sealed class Matcher(PrintedText printed)
    {
        private readonly string letters = printed.Letters;
        private readonly IReadOnlyList<int> starts = printed.LineStarts;

        /// <summary>Where the earliest match of <paramref name="word"/> at or after <paramref name="from"/> starts and ends (the index past it), or (−1, −1).</summary>
        /// <param name="whole">Only the word in one piece (for probes, which must be particular).</param>
        public (int Start, int End) Find(string word, int from, bool whole = false)
        {
            var at = letters.IndexOf(word, from, StringComparison.Ordinal);
            var best = at < 0 ? int.MaxValue : at + word.Length;
            var bestStart = at;
            if (whole) return at < 0 ? (-1, -1) : (at, best);
            // A first half ends at a line end b (the next line's start); the rest starts a later line.
            // Both halves have at least two letters (as hyphenation leaves them), and digits are not the
            // first half of a word: "11" at some line end and "Verkehrswende" at a later line start are
            // not "11Verkehrswende" (while "2015–" and "2031" are one number broken at its dash).
            for (var line = FirstLineAfter(from); line < starts.Count; line++)
            {
                var b = starts[line];
                if (b >= best) break;
                for (var k = MinimumHalf; k <= word.Length - MinimumHalf; k++)
                {
                    if (b - k < from) break;
                    if (string.CompareOrdinal(letters, b - k, word, 0, k) != 0 || (char.IsLetter(word[k]) && word.AsSpan(0, k).IndexOfAnyExceptInRange('0', '9') < 0)) continue;
                    var rest = word.Length - k;
                    for (var later = line + 1; later < starts.Count && later <= line + MaxInterruptionLines; later++)
                    {
                        var s = starts[later];
                        if (s + rest >= best) break;
                        if (s + rest <= letters.Length && string.CompareOrdinal(letters, s, word, k, rest) == 0)
                        {
                            best = s + rest;
                            bestStart = b - k;
                            break;
                        }
                    }
                }
            }
            return best == int.MaxValue ? (-1, -1) : (bestStart, best);
        }

        /// <summary>Whether the letters from <paramref name="from"/> up to <paramref name="to"/> are all digits (or there are none).</summary>
        public bool AllDigits(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!char.IsDigit(letters[i])) return false;
            }
            return true;
        }

        private int FirstLineAfter(int position)
        {
            var lo = 0;
            var hi = starts.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (starts[mid] <= position) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }
}
