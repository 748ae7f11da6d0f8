using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Composition.Fitting;

/// <summary>
/// Why no setting within a layout's fitting ranges lands on the page count asked for, and what would:
/// the counts the ranges do reach, how many pages the text needs at either end of them, and about how
/// many words to add or remove (or which count to ask for instead).
/// </summary>
internal sealed class PageCountOutOfReach(LayoutDefinition layout, IReadOnlyList<int> targets, int natural, PageCounts counts, int wordCount)
{
    public PamphletException Exception(SourceLocation at)
    {
        var reached = counts.Reached;
        var wanted = Describe(targets);
        var facts = new List<string>();
        var advice = new List<string>();
        var several = targets.Count > 1;
        foreach (var n in targets.Order())
        {
            var forN = several ? $" for {n} pages" : "";
            if (n < reached[0])
            {
                facts.Add($"it needs {Pages(counts.FractionalAt(-1))} pages at the smallest allowed settings");
                advice.Add($"remove ≈ {Words(counts.FractionalAt(-1) - n)} words{forN}");
            }
            else if (n > reached[^1])
            {
                facts.Add($"it needs {Pages(counts.FractionalAt(1))} pages at the largest allowed settings");
                advice.Add($"add ≈ {Words(n - counts.FractionalAt(1))} words{forN}");
            }
            else
            {
                var below = reached.Last(r => r < n);
                var above = reached.First(r => r > n);
                facts.Add($"its page count jumps from {below} to {above} and never lands on {n}");
                advice.Add($"add or remove a few lines{forN}");
            }
        }

        var allow = several ? " or widen the layout's fitting: ranges" : $" or ask for {Suggestion(targets[0], reached)} pages";
        return new PamphletException(at,
            $"cannot set this statement on {wanted} with layout '{layout.Name}': within its fitting ranges it sets on {Spans(reached)} pages; " +
            $"{string.Join("; ", facts)}; {string.Join(", or ", advice)}{allow}.");
    }

    /// <summary>
    /// The reachable counts to ask for instead: a multiple of four (a booklet) when one is reachable,
    /// else the counts on either side of the one asked for.
    /// </summary>
    private static string Suggestion(int target, IReadOnlyList<int> reached)
    {
        var booklet = reached.Where(r => r % 4 == 0).OrderBy(r => Math.Abs(r - target)).ToList();
        if (booklet.Count > 0) return booklet[0].ToString(CultureInfo.InvariantCulture);
        var sides = new[] { reached.LastOrDefault(r => r < target), reached.FirstOrDefault(r => r > target) }.Where(r => r > 0);
        return string.Join(" or ", sides.Select(r => r.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>"140 or 144 pages".</summary>
    public static string Describe(IReadOnlyList<int> counts) => string.Join(" or ", counts.Order()) + " pages";

    /// <summary>"126–139, 141–153": the counts reached, runs of consecutive counts joined.</summary>
    public static string Spans(IReadOnlyList<int> counts)
    {
        var spans = new List<string>();
        for (var i = 0; i < counts.Count;)
        {
            var j = i;
            while (j + 1 < counts.Count && counts[j + 1] == counts[j] + 1) j++;
            spans.Add(i == j ? $"{counts[i]}" : $"{counts[i]}–{counts[j]}");
            i = j + 1;
        }

        return string.Join(", ", spans);
    }

    private static string Pages(double pages) => pages.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Words for <paramref name="pages"/> pages at the statement's density as written, to the nearest ten (at least ten).</summary>
    private string Words(double pages)
    {
        var wordsPerPage = natural > 0 ? wordCount / (double)natural : 0;
        return Math.Max(10, Math.Round(pages * wordsPerPage / 10) * 10).ToString("0", CultureInfo.InvariantCulture);
    }
}
