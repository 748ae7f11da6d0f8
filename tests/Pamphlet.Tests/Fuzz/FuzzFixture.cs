using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Fuzzing;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Fuzz;

/// <summary>What one generated statement did: its report, or the exception it threw.</summary>
internal sealed record FuzzOutcome(GeneratedStatement Statement, string Layout, WordOrderReport? Report, Exception? Error)
{
    public bool Passed => Error is null && Report is { Passed: true };

    /// <summary>
    /// What kind of failure this is: the exception's type, or the first lost word, missing image or
    /// leaked markup. A shrunk statement must keep it, or removing a block (a footnote's definition,
    /// say) trades the failure for another.
    /// </summary>
    public string Kind => Error is not null ? Error.GetType().Name
        : Report!.Lost.Count > 0 ? "lost " + Report.Lost[0].Word
        : Report.MissingImages.Count > 0 ? "image " + Report.MissingImages[0].FileName
        : Report.MarkupLeaks.Count > 0 ? "markup " + Report.MarkupLeaks[0].Sign
        : "";

    public string Describe() => Error is not null
        ? $"  {Error.GetType().Name}: {Error.Message.Split('\n')[0]}\n"
        : Report!.Describe();
}

/// <summary>
/// Composes generated statements in-process, with one font library and composer for a test class:
/// writes the images statements use into a temporary folder, picks each seed's layout (mostly
/// a5-pamphlet; some large print, some generated "tame" layouts), checks the words, and shrinks a
/// failing statement to its smallest failing form.
/// </summary>
public sealed class FuzzFixture : IDisposable
{
    private readonly FontLibrary fonts = new([FontLibrary.BundledFolder]);
    private readonly Composer composer;
    private readonly LayoutCatalog catalog = new([Path.Combine(AppContext.BaseDirectory, "layouts")]);
    private readonly Dictionary<string, LayoutDefinition> shipped = [];

    public FuzzFixture()
    {
        composer = new Composer(fonts);
        Folder = Path.Combine(Path.GetTempPath(), "pamphlet-fuzz-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Where statements "live": their images are written here.</summary>
    public string Folder { get; }

    /// <summary>The repository's sample photo, which most figures show.</summary>
    private static string SamplePhoto => Path.Combine(RepositoryFolder.Root ?? AppContext.BaseDirectory, "samples", "photo.jpg");

    /// <summary>The layout of a seed: a5-pamphlet 80 %, a5-pamphlet-large-print 10 %, a tame generated layout 10 %.</summary>
    private (LayoutDefinition Layout, string Name, bool Cover) LayoutFor(ulong seed, bool generated)
    {
        var random = new FuzzRandom(seed ^ 0x1A40_7E55UL);
        var choice = random.NextDouble();
        if (generated && choice < 0.1)
        {
            var layout = LayoutGrammar.Generate(random.NextUInt64(), LayoutVariety.Tame);
            var path = layout.WriteTo(Path.Combine(Folder, "layouts"));
            return (LayoutLoader.LoadFile(path, catalog), layout.Name + " (" + string.Join(", ", layout.Changes) + ")", layout.CoverPrinted);
        }
        var name = choice < 0.2 ? "a5-pamphlet-large-print" : "a5-pamphlet";
        lock (shipped)
        {
            if (!shipped.TryGetValue(name, out var definition)) shipped[name] = definition = catalog.Resolve(name);
            return (definition, name, true);
        }
    }

    /// <summary>Composes one statement and checks its words on the pages (or, with <paramref name="pdf"/>, in the PDF's text).</summary>
    internal FuzzOutcome Run(GeneratedStatement statement, bool generatedLayouts = true, bool pdf = false)
    {
        var name = "(layout not loaded)";
        try
        {
            (var layout, name, var cover) = LayoutFor(statement.Seed, generatedLayouts);
            foreach (var image in statement.Images) image.WriteTo(Folder, SamplePhoto);
            var path = Path.Combine(Folder, "statement.md");
            var document = MarkdownReader.Parse(statement.Markdown, path);
            var composed = composer.Compose(document, layout);
            var refused = WordOrder.RefusedLines(composed.Warnings.Select(w => ((string?)w.Location.File, w.Location.Line, w.Message)), path);
            var printed = pdf
                ? PrintedText.FromPdf(Render(composed.Document))
                : PrintedText.FromPages(composed.Document, statement.RightToLeft);
            var report = WordOrder.Check(statement.Expected, statement.ExpectedImages, printed, cover, refused);
            return new FuzzOutcome(statement, name, report, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new FuzzOutcome(statement, name, null, e);
        }
    }

    /// <summary>Composes a statement with a5-pamphlet (for tests of the checker itself).</summary>
    internal PagedDocument Compose(GeneratedStatement statement)
    {
        foreach (var image in statement.Images) image.WriteTo(Folder, SamplePhoto);
        var document = MarkdownReader.Parse(statement.Markdown, Path.Combine(Folder, "statement.md"));
        return composer.Compose(document, LayoutFor(0, generated: false).Layout).Document;
    }

    private static byte[] Render(PagedDocument document)
    {
        using var buffer = new MemoryStream();
        new PdfRenderer().Render(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The smallest statement that still fails: top-level blocks are removed one at a time while the
    /// failure stays, then the front matter is cut down to its lang line if that still fails.
    /// </summary>
    internal FuzzOutcome Shrink(FuzzOutcome failure, bool generatedLayouts, bool pdf)
    {
        var current = failure;
        var removed = true;
        while (removed)
        {
            removed = false;
            for (var i = current.Statement.BlockCount - 1; i >= 0 && current.Statement.BlockCount > 1; i--)
            {
                var smaller = Run(current.Statement.WithoutBlock(i), generatedLayouts, pdf);
                if (smaller.Passed || smaller.Kind != failure.Kind) continue;
                current = smaller;
                removed = true;
            }
        }
        var bare = Run(current.Statement.WithBareFrontMatter(), generatedLayouts, pdf);
        return bare.Passed || bare.Kind != failure.Kind ? current : bare;
    }

    public void Dispose()
    {
        fonts.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
