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
        ['\uFB00'] = "ff",
        ['\uFB01'] = "fi",
        ['\uFB02'] = "fl",
        ['\uFB03'] = "ffi",
        ['\uFB04'] = "ffl",
        ['\uFB05'] = "st",
        ['\uFB06'] = "st",
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
    /// A PDF's text as PdfPig extracts it: letters in content order, grouped into lines by baseline.
    /// The PDF writer draws every line in logical order (right-to-left runs from their right end), so
    /// content order is reading order in both directions. Page furniture cannot be told apart here;
    /// <see cref="WordOrder"/> allows it to interrupt a word at a line end.
    /// </summary>
    public static PrintedText FromPdf(byte[] pdf)
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
                    lines.Add(new PrintedLine(page.Number, string.Concat(line.Select(l => l.Value))));
                    line.Clear();
                }
                line.Add(letter);
            }
            if (line.Count > 0) lines.Add(new PrintedLine(page.Number, string.Concat(line.Select(l => l.Value))));
        }
        return new PrintedText(lines, [], images, fromPdf: true);
    }
}
