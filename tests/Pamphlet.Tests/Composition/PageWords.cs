using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>A printed word, the role of the run it is in, and where it stands.</summary>
internal sealed record PrintedWord(string Text, string Role, int Page, double X, double Baseline);

/// <summary>
/// The words composed pages print, in reading order (page, baseline, left to right), with line-end
/// hyphens resolved, so tests can check that every word of a statement is there, in order.
/// </summary>
internal static class PageWords
{
    /// <summary>Page furniture that repeats on every page and is not part of the statement's text.</summary>
    private static readonly HashSet<string> Furniture = ["folio", "footer", "slug"];

    /// <summary>Every word on the body pages (the cover excluded when the layout has one).</summary>
    public static List<PrintedWord> Words(PagedDocument document, bool skipCover = true)
    {
        var lines = document.Pages
            .Where(page => !skipCover || page.Number > 1 || document.Pages.Count == 1)
            .SelectMany(page => page.ItemsOf<GlyphRun>()
                .Where(run => !Furniture.Contains(run.Role.Split('@')[0]))
                .GroupBy(run => Math.Round(run.Origin.Y, 1))
                .Select(line => (page.Number, Baseline: line.Key, Runs: line.OrderBy(r => r.Origin.X).ToList())))
            .OrderBy(line => line.Number).ThenBy(line => line.Baseline)
            .ToList();

        var words = new List<PrintedWord>();
        foreach (var (page, baseline, runs) in lines)
        {
            foreach (var run in runs)
            {
                foreach (var text in run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    // A word broken by hyphenation ends its line in "-": the next printed word completes it.
                    if (words.Count > 0 && words[^1].Text.EndsWith('-') && words[^1].Baseline != baseline)
                    {
                        words[^1] = words[^1] with { Text = words[^1].Text[..^1] + text };
                        continue;
                    }
                    words.Add(new PrintedWord(text, run.Role, page, run.Origin.X, baseline));
                }
            }
        }
        return words;
    }

    /// <summary>A word as compared: letters and digits only, lower case.</summary>
    public static string Normal(string word) => new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    /// <summary>Asserts that every one of <paramref name="expected"/> is printed, in this order (other words may come between).</summary>
    public static void AssertInOrder(IReadOnlyList<PrintedWord> printed, IEnumerable<string> expected)
    {
        var at = 0;
        foreach (var word in expected.Select(Normal).Where(w => w.Length > 0))
        {
            var found = printed.Skip(at).Select((p, i) => (p, i)).FirstOrDefault(x => Normal(x.p.Text) == word);
            Assert.True(found.p is not null,
                $"'{word}' is not printed after word {at}; printed: {string.Join(" ", printed.Select(p => p.Text))}");
            at += found.i + 1;
        }
    }

    /// <summary>The printed word, found by its letters (the first one when it appears more than once).</summary>
    public static PrintedWord Find(IReadOnlyList<PrintedWord> printed, string word) =>
        printed.FirstOrDefault(p => Normal(p.Text) == Normal(word))
        ?? throw new Xunit.Sdk.XunitException($"'{word}' is not printed; printed: {string.Join(" ", printed.Select(p => p.Text))}");

    /// <summary>The words of some Markdown text, as an author wrote them (markup characters dropped by <see cref="Normal"/>).</summary>
    public static IEnumerable<string> Of(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
