using System.Diagnostics;
using HarfBuzzSharp;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Hyphenation;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Shaping;
using YamlDotNet.RepresentationModel;

namespace Pamphlet.Bench;

/// <summary>
/// Where the first build in a fresh process spends its time. Each step the CLI does implicitly is
/// pulled out and timed on its own (loading the hyphenation patterns, the first HarfBuzz shape, the
/// first PDF of the writer) so its first-call cost is not hidden inside "compose" or "render". The same steps
/// then run again in the same process: the difference is JIT and native-library loading, the rest is
/// work. Must run in a process that has built nothing yet.
/// </summary>
public static class ColdProfile
{
    public const string SinceProcessStart = "process start → Main";

    /// <summary>One phase of the profile: the first run and the repeat, wall clock and CPU, in ms (NaN when not repeated).</summary>
    public sealed record Row(string Phase, double FirstWall, double FirstCpu, double AgainWall, double AgainCpu);

    public static IReadOnlyList<Row> Measure(string input)
    {
        var startedAt = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        // /proc start times tick at 100 Hz, so this is good to about 10 ms.
        var sinceStart = (DateTime.UtcNow - startedAt).TotalMilliseconds;
        var cpuBeforeMain = CpuClock.NowMilliseconds();
        var cold = Steps(input, first: true);
        var warm = Steps(input, first: false);
        var rows = new List<Row> { new(SinceProcessStart, sinceStart, cpuBeforeMain, double.NaN, double.NaN) };
        rows.AddRange(cold.Phases.Select((p, i) => new Row(p.Phase, p.Wall, p.Cpu, warm.Phases[i].Wall, warm.Phases[i].Cpu)));
        return rows;
    }

    private static PhaseTimes Steps(string input, bool first)
    {
        var t = new PhaseTimes();
        using var fonts = t.Time("font index (stat + read 12 TTFs)", () => new FontLibrary([FontLibrary.BundledFolder]));
        // The reader's first call also pays for its libraries' first use; these two steps take that
        // out (a tiny YAML stream as the front matter reader loads it, a tiny Markdig parse), so
        // "parse statement" is what is left: Pamphlet's own converter and Markdig's extensions.
        t.Time("YamlDotNet first use (tiny YamlStream)", () => { new YamlStream().Load(new StringReader("a: [b, c]\n")); });
        t.Time("Markdig first use (tiny doc, default pipeline)", () => Markdig.Markdown.Parse("# A\n\nb *c* [d](e)\n\n- f\n"));
        var document = t.Time("parse statement (MarkdownReader)", () => MarkdownReader.Read(input));
        var layout = t.Time("resolve layout (YAML, bundled layouts)", () => InMemoryBuild.ResolveLayout(input, document));
        // The CLI decodes the figures' files on another core while it composes; timed alone here.
        t.Time("image check (decode the figures' files)", () => ImageChecks.Verify(document, new HashSet<string>(StringComparer.Ordinal), new DecodedImages()));
        // The first call loads and compiles the patterns and caches them for the process; later calls
        // would be free, so the repeat parses the embedded file directly to show the warm cost.
        t.Time("hyphenation patterns", () => first ? Hyphenator.ForLanguage(document.FrontMatter.Lang) : (object)ParsePatterns());
        var shaper = new Shaper();
        var body = layout.Styles.Body.Font;
        t.Time("first shape (HarfBuzz + body font)", () =>
            shaper.Shape(fonts.Get(body, SourceLocation.None(input)), "Pamphlet", ShapeOptions.LatinLeftToRight(document.FrontMatter.Lang)));
        var composer = new Composer(fonts, shaper, new KnuthPlassBreaker());
        var composed = t.Time("compose (shape, hyphenate, break, paginate)", () => composer.Compose(document, layout));
        t.Time("first PDF (an empty page: the writer's code)", EmptyPdf);
        var pages = composed.Document with { Info = composed.Document.Info with { Date = BuildDate.For(document.FrontMatter) } };
        var pdf = t.Time("render PDF (subset, paint, tag)", () => InMemoryBuild.RenderToMemory(pages));
        var target = Path.Combine(Path.GetTempPath(), $"pamphlet-bench-{Environment.ProcessId}.pdf");
        try
        {
            t.Time("write file (atomic, fsync)", () => AtomicFile.Write(target, s => s.Write(pdf)));
        }
        finally
        {
            File.Delete(target);
        }
        return t;
    }

    private static object ParsePatterns() => Hyphenator.ReadBundled("hyph_en_US.dic");

    private static int EmptyPdf()
    {
        using var buffer = new MemoryStream();
        var info = new DocumentInfo("Warm", null, null, "en", "bench", null);
        new PdfRenderer().Render(new PagedDocument(info, [new Page(1, new Size(100, 100), [])]), buffer);
        return (int)buffer.Length;
    }

    /// <summary>
    /// Which of the issue's four stages a phase belongs to (issue 13: "where the time goes: read,
    /// compose, render, write"): reading is Markdown, YAML and the fonts' index; composing includes
    /// loading the patterns and the first shape; rendering includes the image check and the writer's
    /// first PDF.
    /// </summary>
    public static string Stage(string phase) => phase switch
    {
        SinceProcessStart => "start (process → Main)",
        _ when phase.StartsWith("write", StringComparison.Ordinal) => "write",
        _ when phase.StartsWith("hyphenation", StringComparison.Ordinal) || phase.StartsWith("first shape", StringComparison.Ordinal)
            || phase.StartsWith("compose", StringComparison.Ordinal) => "compose",
        _ when phase.StartsWith("image check", StringComparison.Ordinal) || phase.StartsWith("first PDF", StringComparison.Ordinal)
            || phase.StartsWith("render", StringComparison.Ordinal) => "render",
        _ => "read",
    };

    /// <summary>Machine-readable lines for <see cref="ColdProfileRunner"/>: phase, then the four timings in ms.</summary>
    public static void Write(IReadOnlyList<Row> rows, TextWriter output)
    {
        foreach (var r in rows)
        {
            output.WriteLine(FormattableString.Invariant($"{r.Phase}\t{r.FirstWall:0.000}\t{r.FirstCpu:0.000}\t{r.AgainWall:0.000}\t{r.AgainCpu:0.000}"));
        }
    }
}
