using Pamphlet.Composition;
using Pamphlet.Documents.Markdown;
using Pamphlet.Rendering;

namespace Pamphlet.Engine;

/// <summary>
/// Most of a one-off build's time is .NET compiling our code and loading native libraries on first
/// use, one stage after another. A tiny statement set and rendered on a second core meanwhile gets
/// the composer, shaper, hyphenator and PDF renderer compiled and loaded while the real build is
/// still reading Markdown and YAML. It shares only thread-safe, output-neutral caches (fonts,
/// shaping, hyphenation) with the real build, writes nothing, and any failure in it is ignored:
/// the real build reports its own.
/// </summary>
internal static class WarmUp
{
    private const string Statement = """
        ---
        title: Warm
        ---
        ## Heading

        Organisation of communities *demonstrates* **solidarity** — “international” cooperation.

        - one
        - two

        ::: demands
        ### Demands
        1. First
        :::
        """;

    public static Task Start(Composer composer) => Task.Run(() =>
    {
        try
        {
            var document = MarkdownReader.Parse(Statement, Path.Combine(Path.GetTempPath(), "pamphlet-warm-up.md"));
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
