using System.Collections.Concurrent;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Fonts;
using SkiaSharp;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// One font library and composer per test class, the bundled layouts, the test layouts, and a
/// temporary statement folder holding the images statements refer to. Documents are composed once
/// per key and shared by the tests of a class.
/// </summary>
public sealed class CompositionFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<CompositionResult>> composed = new();

    public CompositionFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "pamphlet-composition-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        WriteJpeg(Path.Combine(Folder, "march.jpg"), 300, 200);
        WriteJpeg(Path.Combine(Folder, "banner.jpg"), 200, 260);
        Catalog = new LayoutCatalog([Path.Combine(AppContext.BaseDirectory, "layouts")]);
        Pamphlet = Catalog.Resolve("a5-pamphlet");
        Composer = new Composer(Fonts);
    }

    public FontLibrary Fonts { get; } = new([FontLibrary.BundledFolder]);
    public Composer Composer { get; }
    public LayoutCatalog Catalog { get; }
    /// <summary>The bundled default layout.</summary>
    public LayoutDefinition Pamphlet { get; }
    /// <summary>Temporary folder of the statements (images live here).</summary>
    public string Folder { get; }
    public string StatementPath => Path.Combine(Folder, "statement.md");

    /// <summary>A layout from TestData/Composition/layouts (they extend the bundled a5-pamphlet).</summary>
    public LayoutDefinition TestLayout(string name) =>
        LayoutLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "Composition", "layouts", name + ".yaml"), Catalog);

    public CompositionResult Compose(string markdown, LayoutDefinition? layout = null) =>
        Composer.Compose(MarkdownReader.Parse(markdown, StatementPath), layout ?? Pamphlet);

    /// <summary>Composes once per key; later calls with the same key share the result.</summary>
    public CompositionResult Shared(string key, Func<CompositionResult> compose) =>
        composed.GetOrAdd(key, _ => new Lazy<CompositionResult>(compose)).Value;

    private static void WriteJpeg(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(150, 40, 40));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        File.WriteAllBytes(path, data.ToArray());
    }

    public void Dispose()
    {
        Fonts.Dispose();
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
