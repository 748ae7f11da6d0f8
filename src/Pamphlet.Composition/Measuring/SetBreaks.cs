using System.Text;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Pages;
using Pamphlet.Text.Hyphenation;
using Pamphlet.Text.Shaping;
using static Pamphlet.Composition.Measuring.TypographyMetrics;

namespace Pamphlet.Composition.Measuring;

/// <summary>
/// Judges where the lines of running text were broken, with the rules composition breaks by
/// (<see cref="BreakRules"/>), on the set lines: each element's text is rebuilt from its runs (a gap
/// between two runs is a word space; a line that ends with an inserted hyphen, a hyphen of the text, or
/// inside an address continues its word on the next line, any other line end is a word space), then
/// <list type="bullet">
/// <item><b>short hyphens</b>: line-end hyphens (inserted or the text's own, not dashes) with fewer than
/// <see cref="BreakRules.MinimumLettersBesideHyphen"/> letters of the word on either side;</item>
/// <item><b>hyphenated last lines</b>: elements whose line before the last ends hyphenated;</item>
/// <item><b>forbidden breaks</b>: line ends inside a number, a date, an address or an acronym where the
/// rules allow none, and line ends at a space the rules bind (dates, amounts, number–name pairs, no-break
/// spaces, Spanish and Portuguese one-letter words).</item>
/// </list>
/// </summary>
internal static class SetBreaks
{
    /// <summary>A gap between two runs of one line wider than this (points) is a word space; narrower, a style change inside a word.</summary>
    private const double WordSpaceGap = 0.5;

    /// <summary>A word space, in ems, for telling a hard line break from a chosen one (a generous one: a quarter em is usual).</summary>
    private const double ForcedBreakSpaceEm = 0.35;

    private const string LineEndHyphens = "-\u2010\u2013";

    internal readonly record struct Counts(int ShortHyphens, int HyphenatedLastLines, int Forbidden);

    private enum BoundaryKind { Space, Hyphen, AfterHyphen, InWord }

    /// <summary>
    /// A line end in the rebuilt text: where the next line's text starts, and how the line ended.
    /// <paramref name="Forced"/>: the next line's first word would have fitted on this line with a space
    /// before it, so line breaking did not choose this end for room: it is a hard line break of the
    /// statement's (an address set line by line), which the pages do not mark otherwise.
    /// </summary>
    private readonly record struct Boundary(int At, BoundaryKind Kind, TextLine Line, bool SameLink, double WordWidth, double ColumnWidth, bool Forced);

    public static Counts Judge(IEnumerable<List<TextLine>> elements, string documentLanguage, Func<int, IReadOnlyList<Rect>> columns, bool rightToLeft, List<string> findings)
    {
        var (shortHyphens, lastLines, forbidden) = (0, 0, 0);
        foreach (var lines in elements)
        {
            if (lines.Count < 2) continue;
            if (lines[^2].Hyphenated)
            {
                lastLines++;
                findings.Add($"hyphenated last line: the {lines[^1].Element.Kind} ending on {lines[^1].Where}");
            }

            var rules = BreakRules.For(lines[0].Element.Language ?? documentLanguage);
            var (text, boundaries) = Rebuild(lines, columns, rightToLeft);
            var bound = rules.BoundSpaces(text);
            foreach (var boundary in boundaries)
            {
                if (boundary.Kind == BoundaryKind.Space)
                {
                    if (!bound.TryGetValue(boundary.At - 1, out var binding) || boundary.Forced) continue;
                    forbidden++;
                    findings.Add($"forbidden break: at a bound space ({binding}) in “{Around(text, boundary.At - 1)}” after {boundary.Line.Where}");
                    continue;
                }

                var (start, end) = WordAround(text, boundary.At);
                var word = text[start..end];
                var index = boundary.At - start;
                if (boundary.Kind is BoundaryKind.Hyphen or BoundaryKind.AfterHyphen && !word.AsSpan(0, index).EndsWith("\u2014"))
                {
                    var before = Letters(word.AsSpan(0, index));
                    var after = Letters(word.AsSpan(index));
                    if (before < BreakRules.MinimumLettersBesideHyphen || after < BreakRules.MinimumLettersBesideHyphen)
                    {
                        shortHyphens++;
                        findings.Add($"short hyphen: “{word}” broken {before}|{after} letters after {boundary.Line.Where}");
                    }
                }

                var kind = BreakRules.KindOf(word);
                if (kind == WordKind.Word) continue;
                var wanted = boundary.Kind switch
                {
                    BoundaryKind.Hyphen => WordBreakKind.Hyphen,
                    BoundaryKind.AfterHyphen => WordBreakKind.AfterHyphen,
                    _ => WordBreakKind.Url,
                };
                var allowed = rules.InWord(word, isAddress: boundary.SameLink && kind == WordKind.Url, hyphenate: true,
                    widerThanLine: boundary.WordWidth > boundary.ColumnWidth);
                if (allowed.Contains(new WordBreak(index, wanted))) continue;
                forbidden++;
                findings.Add($"forbidden break: inside the {kind.ToString().ToLowerInvariant()} “{word}” after {boundary.Line.Where}");
            }
        }

        return new Counts(shortHyphens, lastLines, forbidden);
    }

    /// <summary>The element's text from its runs, and where each line end falls in it.</summary>
    private static (string Text, List<Boundary> Boundaries) Rebuild(List<TextLine> lines, Func<int, IReadOnlyList<Rect>> columns, bool rightToLeft)
    {
        var text = new StringBuilder();
        var boundaries = new List<Boundary>();
        for (var l = 0; l < lines.Count; l++)
        {
            var runs = lines[l].Runs;
            for (var r = 0; r < runs.Count; r++)
            {
                if (r > 0 && Gap(runs[r - 1], runs[r], rightToLeft) > WordSpaceGap) text.Append(' ');
                var piece = runs[r].Text;
                if (r == runs.Count - 1 && runs[r].HyphenInserted && piece.Length > 0) piece = piece[..^1];
                text.Append(piece);
            }

            if (l + 1 == lines.Count) break;
            var next = lines[l + 1].Runs;
            var last = runs.Count > 0 ? runs[^1] : null;
            var first = next.Count > 0 ? next[0] : null;
            var lastWord = LastWord(text);
            var firstWord = first is null ? "" : FirstWord(first.Text);
            var sameLink = last?.Structure is { Kind: StructureKind.Link } link && first?.Structure == link;
            BoundaryKind kind;
            if (last is { HyphenInserted: true }) kind = BoundaryKind.Hyphen;
            else if (lastWord.Length > 1 && LineEndHyphens.Contains(lastWord[^1]) && firstWord.Length > 0 && char.IsLetterOrDigit(firstWord[0])) kind = BoundaryKind.AfterHyphen;
            else if (lastWord.EndsWith('\u2014') && firstWord.Length > 0) kind = BoundaryKind.AfterHyphen;
            else if (ContinuesAnAddress(lastWord, firstWord, sameLink)) kind = BoundaryKind.InWord;
            else kind = BoundaryKind.Space;

            if (kind == BoundaryKind.Space) text.Append(' ');
            var column = lines[l].Column >= 0 ? columns(lines[l].Page)[lines[l].Column].Width : lines[l].Right - lines[l].Left;
            var width = (last?.Width ?? 0) + (first?.Width ?? 0);
            var room = column - (lines[l].Right - lines[l].Left);
            var forced = first is not null && room > first.Width + first.FontSize * ForcedBreakSpaceEm;
            boundaries.Add(new Boundary(text.Length, kind, lines[l], sameLink, width, column, forced));
        }

        return (text.ToString(), boundaries);
    }

    /// <summary>
    /// Whether the next line goes on with the address this line ends with, rather than after a space: both
    /// pieces are one link's, or the joined text is an address and the break is at an address mark (the
    /// line ends with "/" or the next starts with "." "@" "?" "#" "&amp;" "="). A plain-text address cut
    /// elsewhere reads like an address followed by a word, and is not seen.
    /// </summary>
    private static bool ContinuesAnAddress(string lastWord, string firstWord, bool sameLink)
    {
        if (lastWord.Length == 0 || firstWord.Length == 0 || !UrlText.LooksLikeAddress(lastWord + firstWord)) return false;
        if (sameLink) return true;
        return (lastWord.EndsWith('/') && UrlText.LooksLikeAddress(lastWord)) || ".@?#&=".Contains(firstWord[0]);
    }

    private static double Gap(GlyphRun before, GlyphRun after, bool rightToLeft) =>
        rightToLeft ? before.Origin.X - (after.Origin.X + after.Width) : after.Origin.X - (before.Origin.X + before.Width);

    private static string LastWord(StringBuilder text)
    {
        var end = text.Length;
        var start = end;
        while (start > 0 && !BreakRules.IsSpace(text[start - 1])) start--;
        return text.ToString(start, end - start);
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && !BreakRules.IsSpace(text[end])) end++;
        return text[..end];
    }

    private static (int Start, int End) WordAround(string text, int at)
    {
        var start = at;
        while (start > 0 && !BreakRules.IsSpace(text[start - 1])) start--;
        var end = at;
        while (end < text.Length && !BreakRules.IsSpace(text[end])) end++;
        return (start, end);
    }

    /// <summary>The words on either side of a space, for a finding.</summary>
    private static string Around(string text, int space)
    {
        var (start, _) = WordAround(text, space);
        var (_, end) = WordAround(text, space + 1);
        return text[start..end];
    }

    private static int Letters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (BreakRules.IsLetter(c)) count++;
        }

        return count;
    }
}
