using System.Text;
using Pamphlet.Pages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Pamphlet.Fuzzing;

/// <summary>One printed line: the page it is on and its text in logical (reading) order.</summary>
public sealed record PrintedLine(int Page, string Text);

/// <summary>
/// The text of a build as <see cref="WordOrder"/> reads it: lines in reading order, and the same text
/// reduced to lower-case letters and digits with the index where each line starts. Line-end hyphens,
/// smart punctuation, spaces and list bullets have no letters, so they vanish; a word hyphenated at a
/// line end reads whole again. Built from the composed pages or from a PDF's text (PdfPig).
/// </summary>
public sealed class PrintedText
{
    /// <summary>Roles of page furniture (page numbers, the running footer): repeated on every page, not the statement's text.</summary>
    public static IReadOnlySet<string> FurnitureRoles { get; } = new HashSet<string>(StringComparer.Ordinal) { "folio", "footer" };

    /// <summary>
    /// Runs (or PDF letters) belong to one line when their baselines differ by less than this share
    /// of the smaller of the two sizes (the line's first run's and theirs): a superscript (0.33 em of
    /// the text up, in about 0.65 em) stays on its line; the next line (at least 0.8 em down: the
    /// smallest leading a layout allows) does not, nor a large page number set just below the last
    /// line, nor a line after a run much larger than its leading.
    /// </summary>
    private const double SameLineShare = 0.55;

    private PrintedText(IReadOnlyList<PrintedLine> lines, IReadOnlyList<string> imageFiles, int imageCount, bool fromPdf = false)
    {
        FromPdfText = fromPdf;
        Lines = lines;
        ImageFiles = imageFiles;
        ImageCount = imageCount;
        var letters = new StringBuilder();
        var starts = new List<int>(lines.Count);
        var pages = new List<int>(lines.Count);
        foreach (var line in lines)
        {
            starts.Add(letters.Length);
            pages.Add(line.Page);
            letters.Append(Normalise(line.Text));
        }
        Letters = letters.ToString();
        LineStarts = starts;
    }

    public IReadOnlyList<PrintedLine> Lines { get; }

    /// <summary>
    /// Read from a PDF's letters, which carry no spaces: neighbouring runs touch, so "]" before
    /// " (continued)" reads "](" there though nothing printed Markdown.
    /// </summary>
    public bool FromPdfText { get; }

    /// <summary>All text reduced by <see cref="Normalise"/>, line after line.</summary>
    public string Letters { get; }

    /// <summary>Index in <see cref="Letters"/> where each line starts, ascending (lines without letters repeat an index).</summary>
    public IReadOnlyList<int> LineStarts { get; }

    /// <summary>File names of the images placed in the text (not the cover's copy of the first figure); empty for a PDF.</summary>
    public IReadOnlyList<string> ImageFiles { get; }

    /// <summary>How many images were placed (a PDF counts its cover image too).</summary>
    public int ImageCount { get; }

    /// <summary>The index of the line that holds letter <paramref name="index"/> of <see cref="Letters"/>.</summary>
    public int LineAt(int index)
    {
        var lo = 0;
        var hi = LineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (LineStarts[mid] <= index) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The whole text, lines separated by newlines (for messages and markup leaks).</summary>
    public string Raw => string.Join('\n', Lines.Select(l => l.Text));

    /// <summary>
    /// Lower-case letters and digits only: what survives every change typesetting makes to text
    /// (capitals, quotation marks, dashes, hyphens at line ends, spaces). "ı" and "ß" fold as their
    /// capitals do; Latin ligature characters are spelled out.
    /// </summary>
    public static string Normalise(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Ligatures.TryGetValue(c, out var spelled)) output.Append(spelled);
            else if (char.IsLetterOrDigit(c)) output.Append(char.ToLowerInvariant(char.ToUpperInvariant(c)));
        }
        return output.ToString();
    }

    private static readonly Dictionary<char, string> Ligatures = new()
    {
        ['\uFB00'] = "ff", ['\uFB01'] = "fi", ['\uFB02'] = "fl", ['\uFB03'] = "ffi", ['\uFB04'] = "ffl", ['\uFB05'] = "st", ['\uFB06'] = "st",
    };

    /// <summary>
    /// The composed pages' text: glyph runs in drawing order (which is the flow's order: the paginator
    /// places blocks as it fills columns), furniture left out. Runs on one baseline form a line, read
    /// left to right, or right to left in a right-to-left statement (runs are placed in visual
    /// order; each run's text is already logical).
    /// </summary>
    public static PrintedText FromPages(PagedDocument document, bool rightToLeft)
    {
        var lines = new List<PrintedLine>();
        var images = new List<string>();
        var count = 0;
        foreach (var page in document.Pages)
        {
            var line = new List<GlyphRun>();
            foreach (var item in page.Items)
            {
                if (item is ImageItem image)
                {
                    count++;
                    if (image.Role != "cover-image") images.Add(Path.GetFileName(image.Path));
                    continue;
                }
                if (item is not GlyphRun run || FurnitureRoles.Contains(run.Role)) continue;
                if (line.Count > 0 && !OnSameLine(line[0].Origin.Y, line[0].FontSize, run.Origin.Y, run.FontSize))
                {
                    lines.Add(LineOf(page.Number, line, rightToLeft));
                    line.Clear();
                }
                line.Add(run);
            }
            if (line.Count > 0) lines.Add(LineOf(page.Number, line, rightToLeft));
        }
        return new PrintedText(lines, images, count);
    }

    private static PrintedLine LineOf(int page, List<GlyphRun> runs, bool rightToLeft)
    {
        var ordered = rightToLeft ? runs.OrderByDescending(r => r.Origin.X) : runs.OrderBy(r => r.Origin.X);
        return new PrintedLine(page, string.Join(' ', ordered.Select(r => r.Text)));
    }

    /// <summary>
    /// Whether a run (or letter) at <paramref name="otherBaseline"/> in <paramref name="otherSize"/>
    /// continues the line that starts at <paramref name="baseline"/> in <paramref name="size"/>.
    /// </summary>
    private static bool OnSameLine(double baseline, double size, double otherBaseline, double otherSize) =>
        Math.Abs(baseline - otherBaseline) < SameLineShare * Math.Min(size, otherSize);

    /// <summary>
    /// A PDF's text as PdfPig extracts it: letters in content order (the order the renderer drew the
    /// glyph runs), grouped into lines by baseline. Glyphs of right-to-left runs come out in visual
    /// order, so each line is put back into logical order: in a right-to-left statement the line is
    /// reversed and its left-to-right stretches (Latin, digits) turned back; in a left-to-right one
    /// only the right-to-left stretches are reversed. Reversal is by glyph, so a ligature's letters
    /// keep their order. Page furniture cannot be told apart here; <see cref="WordOrder"/> allows it to
    /// interrupt a word at a line end.
    /// </summary>
    public static PrintedText FromPdf(byte[] pdf, bool rightToLeft)
    {
        using var document = PdfDocument.Open(pdf);
        var lines = new List<PrintedLine>();
        var images = 0;
        foreach (var page in document.GetPages())
        {
            images += page.GetImages().Count();
            var line = new List<Letter>();
            foreach (var letter in page.Letters)
            {
                if (string.IsNullOrWhiteSpace(letter.Value)) continue;
                if (line.Count > 0 && !OnSameLine(line[0].StartBaseLine.Y, line[0].PointSize, letter.StartBaseLine.Y, letter.PointSize))
                {
                    lines.Add(new PrintedLine(page.Number, LogicalOrder(line, rightToLeft)));
                    line.Clear();
                }
                line.Add(letter);
            }
            if (line.Count > 0) lines.Add(new PrintedLine(page.Number, LogicalOrder(line, rightToLeft)));
        }
        return new PrintedText(lines, [], images, fromPdf: true);
    }

    private static string LogicalOrder(List<Letter> line, bool rightToLeft)
    {
        var glyphs = line.Select(l => l.Value).ToList();
        if (rightToLeft) glyphs.Reverse();
        // Reverse back (or, in left-to-right text, reverse) each stretch of the other direction.
        var i = 0;
        while (i < glyphs.Count)
        {
            if (IsRightToLeft(glyphs[i]) == rightToLeft || !HasLettersOrDigits(glyphs[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end + 1 < glyphs.Count && ContinuesStretch(glyphs, i, end + 1, rightToLeft)) end++;
            // Trailing neutrals (punctuation) stay outside the stretch.
            while (end > i && !HasLettersOrDigits(glyphs[end])) end--;
            glyphs.Reverse(i, end - i + 1);
            i = end + 1;
        }
        return string.Concat(glyphs);
    }

    /// <summary>
    /// Whether glyph <paramref name="next"/> belongs to the stretch of the other direction that starts
    /// at <paramref name="start"/>: a letter or digit of that direction does; so does punctuation, except
    /// that in right-to-left text a number ends at punctuation other than what UAX #9 keeps inside a
    /// number: one separator between two digits ("1,140", "4.2", "2022-2047": rule W4) or currency and
    /// percent signs beside it ("£6", "20%": W5). "2016–2039" and "2022--2047" are two numbers, read
    /// right to left.
    /// </summary>
    private static bool ContinuesStretch(List<string> glyphs, int start, int next, bool rightToLeft)
    {
        var glyph = glyphs[next];
        if (HasLettersOrDigits(glyph)) return IsRightToLeft(glyph) != rightToLeft;
        if (!rightToLeft) return true;
        var previous = next - 1;
        while (previous > start && !HasLettersOrDigits(glyphs[previous])) previous--;
        if (!IsDigits(glyphs[previous])) return true;
        if (NumberSigns.Contains(glyph, StringComparison.Ordinal)) return true;
        return NumberSeparators.Contains(glyph, StringComparison.Ordinal) && previous == next - 1
            && next + 1 < glyphs.Count && IsDigits(glyphs[next + 1]);
    }

    private static bool IsDigits(string glyph) => glyph.Length > 0 && glyph.All(char.IsDigit);

    /// <summary>One of these between two digits keeps a number whole in right-to-left text (UAX #9 classes CS and ES).</summary>
    private const string NumberSeparators = ",.:/+-";

    /// <summary>These beside a number belong to it (UAX #9 class ET, roughly).</summary>
    private const string NumberSigns = "%£$€#°";

    private static bool HasLettersOrDigits(string glyph) => glyph.Any(char.IsLetterOrDigit);

    /// <summary>Hebrew, Arabic (with its supplements and presentation forms) and the other right-to-left blocks.</summary>
    private static bool IsRightToLeft(string glyph) =>
        glyph.Any(c => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
}
