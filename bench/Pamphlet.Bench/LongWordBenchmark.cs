using System.Diagnostics;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// Times one paragraph holding a single word of 100,000 and 1,000,000 characters, phase by phase:
/// breaking a word wider than the line must stay linear in its length. Letters are hyphenated
/// (a5-pamphlet) or not (a5-pamphlet-large-print, ragged); digits have no hyphenation point at all,
/// so only the cuts between line-sized chunks break them.
/// </summary>
public static class LongWordBenchmark
{
    public static void Run(IReadOnlyList<int> lengths, TextWriter output)
    {
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var catalog = PamphletEngine.CatalogFor(null);
        output.WriteLine("characters  word     layout                    parse s  compose s  render s  pages  managed MB");
        foreach (var length in lengths)
        {
            foreach (var (kind, layoutName) in new[] { ("letters", "a5-pamphlet"), ("letters", "a5-pamphlet-large-print"), ("digits", "a5-pamphlet") })
            {
                var word = kind == "letters" ? Letters(length) : Digits(length);
                var markdown = $"---\ntitle: Long\n---\n\nBefore the word {word} after the word.\n";
                var layout = catalog.Resolve(layoutName);
                var composer = new Composer(fonts);
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var document = MarkdownReader.Parse(markdown, "long.md");
                var parse = clock.Elapsed.TotalSeconds;
                clock.Restart();
                var composed = composer.Compose(document, layout);
                var compose = clock.Elapsed.TotalSeconds;
                clock.Restart();
                InMemoryBuild.RenderToMemory(composed.Document);
                var render = clock.Elapsed.TotalSeconds;
                var managed = GC.GetTotalMemory(forceFullCollection: false) / (1024.0 * 1024.0);
                output.WriteLine($"{length,10:N0}  {kind,-7}  {layoutName,-24}  {parse,7:0.00}  {compose,9:0.00}  {render,8:0.00}  {composed.Document.Pages.Count,5}  {managed,10:0}");
            }
        }
    }

    /// <summary>Random lower-case letters, the same on every run.</summary>
    private static string Letters(int length)
    {
        var random = new Random(5);
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = (char)('a' + r.Next(26));
        });
    }

    private static string Digits(int length) => string.Create(length, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = (char)('0' + i * 7 % 10);
    });
}
