using System.Diagnostics;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Engine.Previews;
using Pamphlet.Engine.Print;
using Pamphlet.Engine.Print.Inks;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Engine;

/// <summary>
/// Builds statements into PDFs: read → resolve layouts → compose → render → write atomically. The
/// CLI, tests and benchmarks all go through here. Holds the font library and shaping caches, so one
/// engine should serve a whole run.
/// </summary>
public sealed class PamphletEngine : IDisposable
{
    /// <summary>Built when neither the command line nor the statement names layouts.</summary>
    public static readonly IReadOnlyList<string> DefaultLayouts = ["a5-pamphlet", "poster-a3"];

    private readonly FontLibrary fonts;
    private readonly Composer composer;
    private readonly PrintPreparation print;
    private readonly Cards.CardBuild cards;
    private readonly LayoutFileCache layoutFiles = new();
    private readonly DecodedImages decodedImages = new();

    /// <summary>The studio's page images, kept between previews so only changed pages are drawn again.</summary>
    private readonly OnScreenPages onScreen = new();

    public PamphletEngine()
    {
        fonts = new FontLibrary([FontLibrary.BundledFolder]);
        composer = new Composer(fonts);
        print = new PrintPreparation(new SlugComposer(fonts, new Shaper()));
        cards = new Cards.CardBuild(composer);
    }

    /// <summary>The paragraph settings this engine's builds keep for the builds that follow, once <see cref="KeepBetweenBuilds"/> was called (tests and the bench read its counts).</summary>
    internal Pamphlet.Text.Paragraphs.ParagraphCache? Paragraphs => composer.Paragraphs;

    /// <summary>
    /// Keeps set paragraphs between builds from now on (see <see cref="Composer.KeepParagraphs"/>): for an
    /// engine that builds the same statements again and again, as a <see cref="Watching.StatementSession"/>'s.
    /// Loaded layouts and checked images are kept by every engine (they cost next to nothing).
    /// </summary>
    public void KeepBetweenBuilds() => composer.KeepParagraphs();

    /// <summary>The bundled layouts folder beside the running program (copied there by the build).</summary>
    public static string BundledLayouts => Path.Combine(AppContext.BaseDirectory, "layouts");

    /// <summary>The program's own folders a build reads besides the statement's: bundled layouts, fonts and colour profiles.</summary>
    public static IReadOnlyList<string> BundledFolders => [BundledLayouts, FontLibrary.BundledFolder, ColorProfiles.BundledFolder];

    /// <summary>Where layouts are looked up for a statement: a layouts/ folder beside it first, then the bundled ones.</summary>
    public static LayoutCatalog CatalogFor(string? inputDirectory) =>
        new(inputDirectory is null ? [BundledLayouts] : [Path.Combine(inputDirectory, "layouts"), BundledLayouts]);

    /// <summary>Every warning of every build so far; a snapshot, since parallel builds add to it.</summary>
    public IReadOnlyList<Diagnostic> Warnings
    {
        get { lock (warnings) return [.. warnings]; }
    }

    private readonly List<Diagnostic> warnings = [];

    /// <summary>
    /// Builds every requested layout of one statement (a card as a PDF and a PNG); reports each file as
    /// it is written.
    /// </summary>
    public IReadOnlyList<BuiltFile> Build(BuildRequest request, Action<BuiltFile>? written = null, Action<Diagnostic>? warned = null) =>
        Build(request, written, warned, inputs: null);

    /// <summary>
    /// <see cref="Build(BuildRequest, Action{BuiltFile}?, Action{Diagnostic}?)"/>, noting in
    /// <paramref name="inputs"/> every file it reads (as far as it got, when it fails), for a watcher.
    /// With <see cref="BuildRequest.Png"/>, the PNG previews are written last, only when every layout
    /// succeeded: a failed build leaves the previous ones in place.
    /// </summary>
    public IReadOnlyList<BuiltFile> Build(BuildRequest request, Action<BuiltFile>? written, Action<Diagnostic>? warned, BuildInputs? inputs)
    {
        try
        {
            return BuildLayouts(request, written, warned, inputs);
        }
        finally
        {
            // Paragraphs no build has set for a while are let go, so a long watch session stays the size of its statement.
            composer.EndBuild();
        }
    }

    private IReadOnlyList<BuiltFile> BuildLayouts(BuildRequest request, Action<BuiltFile>? written, Action<Diagnostic>? warned, BuildInputs? inputs)
    {
        inputs?.AddFile(request.InputPath);
        var document = Read(request);
        inputs?.AddFolder(Path.Combine(document.BaseDirectory, "layouts"));
        var catalog = Catalog(document, request);
        // Resolve every layout before writing anything: a typo in the second name should not leave half a build.
        var layouts = Layouts(request, document, catalog);
        foreach (var layout in layouts.Where(layout => !layout.SourcePath.StartsWith(BundledLayouts, StringComparison.Ordinal))) inputs?.AddFile(layout.SourcePath);
        var reported = new HashSet<Diagnostic>();
        void Warn(Diagnostic warning)
        {
            if (!reported.Add(warning)) return;
            lock (warnings) warnings.Add(warning);
            warned?.Invoke(warning);
        }

        // Cards are images for screens: never imposed (see CardBuild).
        var imposable = request.Imposition is not null
            ? ImposedOutput.Imposable([.. layouts.Where(layout => layout.Kind != LayoutKind.Card)], request, layout => PrintPreparation.Bleed(layout, request, InkPrinting.Choose(request.Ink, document, layout)), named: request.Layouts.Count > 0, Warn)
            : new HashSet<LayoutDefinition>();

        var imageCheck = FigureImageCheck.Start(document, decodedImages, inputs);
        return imageCheck.Around(() => BuildLayouts(request, written, document, catalog, layouts, imposable, imageCheck, Warn));
    }

    /// <summary>
    /// The second half of a build: every layout composed, checked and written, in order. Each PDF is
    /// flushed to disk while the next layout is composed; the build returns once every file is in place.
    /// </summary>
    private List<BuiltFile> BuildLayouts(BuildRequest request, Action<BuiltFile>? written, Document document, LayoutCatalog catalog,
        List<LayoutDefinition> layouts, IReadOnlySet<LayoutDefinition> imposable, FigureImageCheck imageCheck, Action<Diagnostic> warn)
    {
        PrepareOutputFolder(request.OutputDirectory);

        var files = new OutputFiles(written);
        try
        {
            WriteLayouts(request, document, catalog, layouts, imposable, imageCheck, warn, files);
        }
        catch (Exception)
        {
            files.CompleteAfterFailure();
            throw;
        }

        return files.Complete();
    }

    private void WriteLayouts(BuildRequest request, Document document, LayoutCatalog catalog,
        List<LayoutDefinition> layouts, IReadOnlySet<LayoutDefinition> imposable, FigureImageCheck imageCheck, Action<Diagnostic> warn, OutputFiles files)
    {
        var stem = request.Edition;
        var previews = new List<PendingFile>();
        var date = BuildDate.For(document.FrontMatter);
        foreach (var layout in layouts)
        {
            if (layout.Kind == LayoutKind.Card)
            {
                var card = cards.Build(document, layout, request, date, imageCheck.Verified(), files.Add, warn);
                if (request.Png is { } cardPng) previews.AddRange(PngPreviews.Render(card, layout, request.OutputDirectory, stem, cardPng, document));
                continue;
            }

            var clock = Stopwatch.StartNew();
            var ink = InkPrinting.Choose(request.Ink, document, layout);
            var pages = PrintedPages(document, layout, request, ink, catalog, date, imageCheck, warn);
            var path = Path.Combine(request.OutputDirectory, $"{stem}.{layout.Name}.pdf");
            var renderer = PrintPreparation.Renderer(request, ink);
            Write(path, layout.Name, pages, renderer, document, clock, files, request.KeepUnchangedFiles);
            if (request.Png is { } png) previews.AddRange(PngPreviews.Render(pages, layout, request.OutputDirectory, stem, png, document));
            if (request.Separations) WriteSeparations(request, ink, layout, pages, renderer, document, files, warn);
            if (imposable.Contains(layout)) files.Add(ImposedOutput.Write(pages, layout, request, ink, stem, print, warn));
        }

        WritePreviews(previews, request, stem, files);
    }

    /// <summary>The layouts a statement can name (its own folder's first), loaded through this engine's cache of layout files.</summary>
    private LayoutCatalog Catalog(Document document, BuildRequest request) =>
        new(CatalogFor(document.BaseDirectory).Folders, layoutFiles) { ReadsOnlyInside = request.ReadsOnlyInside };

    /// <summary>The statement: the request's text when it carries one, else the file's.</summary>
    private static Document Read(BuildRequest request)
    {
        if (request.ReadsOnlyInside is { } inside && !inside.MayRead(request.InputPath))
        {
            throw new PamphletException(SourceLocation.None(request.InputPath), inside.Refusal($"the statement '{Path.GetFileName(request.InputPath)}'", request.InputPath) + ".");
        }

        var document = request.Text is { } text ? MarkdownReader.Parse(text, request.InputPath) : MarkdownReader.Read(request.InputPath);
        if (request.ReadsOnlyInside is { } boundary) ReadBoundaryChecks.Figures(document, boundary);
        return document;
    }

    /// <summary>
    /// The layouts a build makes, resolved: the request's, else the statement's <c>layouts:</c> list,
    /// else <see cref="DefaultLayouts"/>.
    /// </summary>
    private static List<LayoutDefinition> Layouts(BuildRequest request, Document document, LayoutCatalog catalog)
    {
        // Layout paths on the command line are relative to where the user is; in the front matter, to the statement.
        var fromFrontMatter = request.Layouts.Count == 0 && document.FrontMatter.Layouts.Count > 0;
        var names = request.Layouts.Count > 0 ? request.Layouts
            : fromFrontMatter ? document.FrontMatter.Layouts
            : DefaultLayouts;
        var requestedAt = fromFrontMatter ? new SourceLocation(request.InputPath, document.FrontMatter.Line) : (SourceLocation?)null;
        var layouts = names
            .Select(name => LayoutCatalog.LooksLikePath(name)
                ? Path.GetFullPath(name, fromFrontMatter ? document.BaseDirectory : Environment.CurrentDirectory)
                : name)
            .Select(name => catalog.Resolve(name, requestedAt))
            .ToList();
        if (request.ReadsOnlyInside is { } boundary) ReadBoundaryChecks.FontFolders(layouts, boundary);
        return layouts;
    }

    /// <summary>
    /// The pages of the first layout <paramref name="request"/> builds, drawn as PNGs at
    /// <paramref name="dpi"/> in memory (nothing is written): what the PDF shows, for the studio. The
    /// same checks as a build run, so a user error throws the same <see cref="PamphletException"/>.
    /// </summary>
    public LayoutPreview Preview(BuildRequest request, double dpi)
    {
        try
        {
            return PreviewLayout(request, dpi);
        }
        finally
        {
            // As after a build: paragraphs no preview has set for a while are let go.
            composer.EndBuild();
        }
    }

    private LayoutPreview PreviewLayout(BuildRequest request, double dpi)
    {
        var document = Read(request);
        var catalog = Catalog(document, request);
        var layout = Layouts(request, document, catalog)[0];
        var warnings = new List<Diagnostic>();
        void Warn(Diagnostic warning)
        {
            if (!warnings.Contains(warning)) warnings.Add(warning);
        }

        var imageCheck = FigureImageCheck.Start(document, decodedImages, inputs: null);
        var date = BuildDate.For(document.FrontMatter);
        var pages = imageCheck.Around(() => layout.Kind == LayoutKind.Card
            ? cards.Compose(document, layout, request, date, imageCheck.Verified(), Warn)
            : PrintedPages(document, layout, request, InkPrinting.Choose(request.Ink, document, layout), catalog, date, imageCheck, Warn));
        IReadOnlyList<byte[]> pageImages;
        try
        {
            pageImages = onScreen.Render(pages, dpi);
        }
        catch (UnreadableImageException e)
        {
            throw ImageChecks.Error(document, e);
        }

        var spreads = Rendering.Previews.ContactSheet.Cells(pages.Pages.Count, spreads: layout.Kind == LayoutKind.Pamphlet, Rendering.Imposition.ReadingDirection.IsRightToLeft(pages.Info.Language));
        var size = pages.Pages.Count > 0 ? pages.Pages[0].Size : new Size(layout.Page.Width, layout.Page.Height);
        return new LayoutPreview(layout.Name, layout.Kind, size, pageImages, spreads, warnings);
    }

    /// <summary>
    /// One print layout's pages as its PDF has them: composed, prepared for <paramref name="ink"/>
    /// (bleed, marks, date) and checked (images, photo resolution, printed sizes), warnings reported.
    /// </summary>
    private PagedDocument PrintedPages(Document document, LayoutDefinition layout, BuildRequest request, InkChoice ink, LayoutCatalog catalog, DateTimeOffset? date,
        FigureImageCheck imageCheck, Action<Diagnostic> warn)
    {
        var composed = composer.Compose(document, layout, request.Pages);
        foreach (var w in composed.Warnings) warn(w);
        if (ink.Kind == InkKind.Cmyk && date is null)
        {
            warn(Diagnostic.Warning(new SourceLocation(request.InputPath, document.FrontMatter.Line),
                "PDF/X-4 press files carry the date they were made, and this statement has none: add 'date:' to the front matter (or set SOURCE_DATE_EPOCH), or strict PDF/X checkers will reject the file."));
        }

        var risoVariant = ink.Kind == InkKind.Riso ? RisoVariant(catalog, layout) : null;
        var pages = print.Prepare(composed.Document, layout, request, ink, request.Edition, date, risoVariant, warn);
        // The figures' check ran beside composing; wait for it (its error wins) before the pages' own images are checked.
        ImageChecks.Verify(document, pages, imageCheck.Verified());
        PhotoResolution.Check(pages, document, layout, ink, catalog, warn);
        PrintedSizes.Check(pages, layout, ink, warn);
        return pages;
    }

    /// <summary>Writes the PNG previews made in memory, each atomically, and removes page images of pages the layouts no longer have.</summary>
    private static void WritePreviews(List<PendingFile> previews, BuildRequest request, string stem, OutputFiles files)
    {
        foreach (var preview in previews)
        {
            var clock = Stopwatch.StartNew();
            AtomicFile.Write(preview.Path, stream => stream.Write(preview.Bytes), request.KeepUnchangedFiles);
            files.Add(new BuiltFile(preview.Path, preview.Layout, preview.Pages, clock.Elapsed));
        }

        foreach (var layout in previews.GroupBy(p => p.Layout))
        {
            PngPreviews.RemovePagesBeyond(request.OutputDirectory, stem, layout.Key, layout.Count() - 1);
        }
    }

    /// <summary>Renders <paramref name="pages"/> into <paramref name="path"/> atomically, flushed to disk in the background (see <see cref="OutputFiles"/>).</summary>
    private static void Write(string path, string layoutName, PagedDocument pages, PdfRenderer renderer, Document document, Stopwatch clock, OutputFiles files,
        bool keepUnchanged)
    {
        FileCommit commit;
        try
        {
            commit = AtomicFile.WriteInBackground(path, stream => renderer.Render(pages, stream), keepUnchanged);
        }
        catch (UnreadableImageException e)
        {
            throw ImageChecks.Error(document, e);
        }

        files.Add(new BuiltFile(path, layoutName, pages.Pages.Count, clock.Elapsed), commit);
    }

    /// <summary>One greyscale master per risograph ink: <c>&lt;edition&gt;.&lt;layout&gt;.&lt;ink&gt;.pdf</c>.</summary>
    private static void WriteSeparations(BuildRequest request, InkChoice ink, LayoutDefinition layout, PagedDocument composite, PdfRenderer renderer, Document document, OutputFiles files, Action<Diagnostic> warn)
    {
        if (ink.Kind != InkKind.Riso)
        {
            warn(Diagnostic.Warning(new SourceLocation(request.InputPath, document.FrontMatter.Line),
                $"--separations writes one master per risograph ink, but this statement is printed with --ink {ink.Name}: no separations were written; build with --ink riso:INK,INK for them."));
            return;
        }

        foreach (var drum in ink.RisoInks)
        {
            var clock = Stopwatch.StartNew();
            var path = Path.Combine(request.OutputDirectory, $"{request.Edition}.{layout.Name}.{drum.Key}.pdf");
            Write(path, layout.Name, RisoSeparations.For(composite, drum), renderer, document, clock, files, request.KeepUnchangedFiles);
        }
    }

    /// <summary>The layout made for risograph printing in place of <paramref name="layout"/> (its name plus "-riso"), if the catalog has one.</summary>
    private static string? RisoVariant(LayoutCatalog catalog, LayoutDefinition layout)
    {
        var variant = layout.Name + "-riso";
        return !layout.Name.EndsWith("-riso", StringComparison.Ordinal) && catalog.Names().Contains(variant) ? variant : null;
    }

    /// <summary>
    /// Makes the output folder, removes temporary files that builds no longer running left in it, and
    /// checks that a file can be created there. A folder that cannot be made or written (a file in the
    /// way, no permission, read-only, /proc) is the user's to fix, so it is reported in words like any
    /// other input error instead of escaping as a crash; and before any composing, so the answer comes
    /// at once.
    /// </summary>
    internal static void PrepareOutputFolder(string folder)
    {
        // The command line and the manifest refuse an empty folder name; one reaching here is a bug.
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        try
        {
            Directory.CreateDirectory(folder);
            TemporaryFiles.RemoveAbandoned(folder);
            string? check = null;
            try
            {
                TemporaryFiles.Create(Path.Combine(folder, ".pamphlet-write-check"), out check).Dispose();
            }
            finally
            {
                if (check is not null) TemporaryFiles.Remove(check);
            }
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            throw FileSystemError.WritingInFolder(folder, e, "the output folder", AtomicFile.Remedy);
        }
    }

    public void Dispose()
    {
        fonts.Dispose();
        onScreen.Dispose();
    }
}
