using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// What rendering costs, split by leaving kinds of page items out: the renderer's own steps are
/// internal, but dropping images shows what the photo costs (copying it into the PDF), and dropping
/// glyph runs what text costs (preparing it for extraction, subsetting, painting, ToUnicode maps).
/// Pages are composed once; only rendering is timed.
/// </summary>
public static class RenderAblation
{
    public static void Run(string input, int warmup, int iterations, TextWriter output)
    {
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var document = MarkdownReader.Read(input);
        var composed = new Composer(fonts).Compose(document, InMemoryBuild.ResolveLayout(input, document)).Document;
        var variants = new (string Name, Func<PageItem, bool> Keep)[]
        {
            ("everything", _ => true),
            ("without images", item => item is not ImageItem),
            ("without text (glyph runs)", item => item is not GlyphRun),
            ("neither (fills, rules, links)", item => item is not ImageItem and not GlyphRun),
        };

        output.WriteLine($"Render only, {Path.GetFileName(input)} composed once: {warmup} warm-up + {iterations} timed renders each; medians, ms.");
        output.WriteLine($"  {"pages keep",-32} {"wall",7} {"min",7} {"cpu",7} {"PDF KB",7}");
        foreach (var (name, keep) in variants)
        {
            var pages = composed with { Pages = [.. composed.Pages.Select(p => p with { Items = [.. p.Items.Where(keep)] })] };
            var wall = new Samples();
            var cpu = new Samples();
            var bytes = 0;
            for (var i = 0; i < warmup + iterations; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var times = new PhaseTimes();
                bytes = times.Time("render", () => InMemoryBuild.RenderToMemory(pages)).Length;
                if (i < warmup) continue;
                wall.Add(times.Wall);
                cpu.Add(times.Cpu);
            }
            output.WriteLine($"  {name,-32} {wall.Median,7:0.0} {wall.Min,7:0.0} {cpu.Median,7:0.0} {bytes / 1024,7}");
        }
        output.WriteLine();
    }
}
