using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Rendering;

namespace Pamphlet.Bench;

/// <summary>
/// One build the way <see cref="PamphletEngine.Build"/> does it (read, resolve the statement's first
/// layout, compose, render), but rendered into memory and timed phase by phase. The engine itself
/// cannot be split into phases from outside, and writing the file would time the disk, not Pamphlet.
/// </summary>
public static class InMemoryBuild
{
    public const string Parse = "parse";
    public const string Layout = "layout";
    public const string Compose = "compose";
    public const string Render = "render";

    /// <summary>What one timed build produced: its phase timings, its page count and the PDF bytes.</summary>
    public sealed record Outcome(PhaseTimes Times, int Pages, byte[] Pdf);

    /// <param name="layoutName">The layout to build; null: the statement's first, else the default.</param>
    public static Outcome Run(string inputPath, Composer composer, string? layoutName = null)
    {
        var times = new PhaseTimes();
        var document = times.Time(Parse, () => MarkdownReader.Read(inputPath));
        var layout = times.Time(Layout, () => layoutName is null
            ? ResolveLayout(inputPath, document)
            : PamphletEngine.CatalogFor(document.BaseDirectory).Resolve(layoutName));
        var composed = times.Time(Compose, () => composer.Compose(document, layout));
        var pages = composed.Document with { Info = composed.Document.Info with { Date = BuildDate.For(document.FrontMatter) } };
        var pdf = times.Time(Render, () => RenderToMemory(pages));
        return new Outcome(times, pages.Pages.Count, pdf);
    }

    /// <summary>The statement's first <c>layouts:</c> entry, else the default, resolved as the engine does.</summary>
    public static LayoutDefinition ResolveLayout(string inputPath, Documents.Model.Document document)
    {
        var fromFrontMatter = document.FrontMatter.Layouts.Count > 0;
        var name = fromFrontMatter ? document.FrontMatter.Layouts[0] : PamphletEngine.DefaultLayouts[0];
        if (LayoutCatalog.LooksLikePath(name)) name = Path.GetFullPath(name, document.BaseDirectory);
        var requestedAt = fromFrontMatter ? new SourceLocation(inputPath, document.FrontMatter.Line) : (SourceLocation?)null;
        return PamphletEngine.CatalogFor(document.BaseDirectory).Resolve(name, requestedAt);
    }

    public static byte[] RenderToMemory(PagedDocument pages)
    {
        using var buffer = new MemoryStream();
        new PdfRenderer().Render(pages, buffer);
        return buffer.ToArray();
    }
}
