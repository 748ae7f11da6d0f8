using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>One printed line: glyph runs of one role group sharing a baseline on one page, left to right.</summary>
internal sealed record TextLine(int Page, double Baseline, IReadOnlyList<GlyphRun> Runs)
{
    public double Left => Runs.Min(r => r.Origin.X);
    public double Right => Runs.Max(r => r.Origin.X + r.Width);
    public string Text => string.Join(" ", Runs.Select(r => r.Text));

    /// <summary>Letters and digits on the line: what survives hyphens, spaces and punctuation unchanged.</summary>
    public int Letters => Runs.Sum(r => r.Text.Count(char.IsLetterOrDigit));

    /// <summary>The line ends in a hyphen (the test prose has none of its own, so it was added by hyphenation).</summary>
    public bool EndsWithHyphen => Runs[^1].Text.EndsWith('-');

    /// <summary>
    /// Every word space of the line (gaps between runs wider than a twentieth of an em; narrower ones are style
    /// changes inside a word) is at least as wide as Noto Serif's space (0.26 em) stretched by the tolerance's ratio
    /// (∛2 of its 0.35 stretch), less a little: the line was left short by an emergency pass (LineBreak.LeftShort)
    /// rather than stretched further.
    /// </summary>
    public bool LeftShortAtMostStretch
    {
        get
        {
            var gaps = Runs.Zip(Runs.Skip(1), (a, b) => (b.Origin.X - a.Origin.X - a.Width) / b.FontSize).Where(g => g > 0.05).ToList();
            return gaps.Count > 0 && gaps.All(g => g >= 0.26 * (1 + 0.35 * Math.Cbrt(2)) - 0.01);
        }
    }

    public override string ToString() => $"p{Page} y{Baseline:0.##}: {Text}";
}

/// <summary>Reads composed pages back as lines of text and finds which paragraph each line belongs to.</summary>
internal static class PageText
{
    /// <summary>The lines of glyph runs whose role satisfies <paramref name="role"/>, in page and baseline order.</summary>
    public static List<TextLine> Lines(this PagedDocument document, Func<string, bool> role) =>
        document.Pages
            .SelectMany(page => page.ItemsOf<GlyphRun>()
                .Where(r => role(r.Role))
                .GroupBy(r => Math.Round(r.Origin.Y, 2))
                .Select(g => new TextLine(page.Number, g.Key, g.OrderBy(r => r.Origin.X).ToList())))
            .OrderBy(l => l.Page).ThenBy(l => l.Baseline)
            .ToList();

    public static List<TextLine> Lines(this PagedDocument document, string role) => document.Lines(r => r == role);

    /// <summary>All text of the runs of a role on one page, joined by spaces.</summary>
    public static string TextOf(this Page page, string role) =>
        string.Join(" ", page.ItemsOf<GlyphRun>().Where(r => r.Role == role).OrderBy(r => r.Origin.Y).ThenBy(r => r.Origin.X).Select(r => r.Text));

    /// <summary>
    /// Splits body lines into the paragraphs they print, by counting letters: each paragraph's letters
    /// are a contiguous stretch of the lines' letters. Fails if a line straddles two paragraphs or the
    /// letters do not add up (text lost or duplicated).
    /// </summary>
    public static List<List<TextLine>> ByParagraph(IReadOnlyList<TextLine> lines, IReadOnlyList<string> paragraphs)
    {
        var ends = new List<int>();
        var total = 0;
        foreach (var p in paragraphs)
        {
            total += p.Count(char.IsLetterOrDigit);
            ends.Add(total);
        }

        var result = paragraphs.Select(_ => new List<TextLine>()).ToList();
        var offset = 0;
        var index = 0;
        foreach (var line in lines)
        {
            while (index < ends.Count && offset >= ends[index]) index++;
            Assert.True(index < ends.Count, $"more text on the pages than in the statement, from {line}");
            offset += line.Letters;
            Assert.True(offset <= ends[index], $"{line} runs past the end of paragraph {index}");
            result[index].Add(line);
        }
        Assert.Equal(total, offset);
        return result;
    }
}
