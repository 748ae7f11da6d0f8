using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Rendering;

namespace Pamphlet.Engine;

/// <summary>
/// A one-off build pays first-use costs one stage after another: loading SkiaSharp and HarfBuzz,
/// reading fonts, loading hyphenation patterns and, in the ReadyToRun fallback (not in the Native
/// AOT program), compiling our code. A tiny statement set and rendered on a second core meanwhile
/// pays them while the real build is still reading Markdown and YAML. Measured on the sample
/// (bench/README.md, "Native AOT"): 8 % less wall clock under Native AOT and 5–10 % under
/// ReadyToRun, for about 10 % more CPU and 2 MiB more memory. It shares only thread-safe,
/// output-neutral caches (fonts, shaping, hyphenation) with the real build, writes nothing, and any
/// failure in it is ignored: the real build reports its own.
/// </summary>
internal static class WarmUp
{
    /// <summary>
    /// The warm-up statement is built as a Document directly, not parsed: the real build parses
    /// Markdown on the main thread at the same moment, and both would wait for the same compilation.
    /// </summary>
    private static Document Statement()
    {
        var at = new SourceLocation(Path.Combine(Path.GetTempPath(), "pamphlet-warm-up.md"), 1);
        IReadOnlyList<Inline> Text(string text, InlineStyle style = InlineStyle.None) => [new TextRun(at, text, style)];
        var list = new ListBlock(at, true, 1, [new ListItem(at, [new Paragraph(at, Text("First demand"))])]);
        Block[] blocks =
        [
            new Heading(at, 2, Text("Heading")),
            new Paragraph(at, [new TextRun(at, "Organisation of communities ", InlineStyle.None), new TextRun(at, "demonstrates", InlineStyle.Emphasis),
                new TextRun(at, " international solidarity.", InlineStyle.Strong)]),
            new ListBlock(at, false, 1, [new ListItem(at, [new Paragraph(at, Text("one"))])]),
            new DemandBox(at, Text("Demands"), [list]),
            new PullQuote(at, [new Paragraph(at, Text("Quoted"))], Text("Someone"), []),
        ];
        return new Document(at.File, FrontMatter.Empty with { Title = "Warm" }, Text("Warm"), blocks, []);
    }

    public static Task Start(Composer composer) => Task.Run(() =>
    {
        try
        {
            var document = Statement();
            var layout = PamphletEngine.CatalogFor(null).Resolve(PamphletEngine.DefaultLayouts[0]);
            var pages = composer.Compose(document, layout).Document;
            new PdfRenderer().Render(pages, Stream.Null);
        }
        catch (Exception)
        {
            // Warming up is an optimisation only; the real build reports any real problem.
        }
    });
}
