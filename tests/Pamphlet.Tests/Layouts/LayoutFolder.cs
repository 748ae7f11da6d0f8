using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Tests.Layouts;

/// <summary>A throw-away folder of layout files for one test, deleted afterwards.</summary>
internal sealed class LayoutFolder : IDisposable
{
    public LayoutFolder(string? under = null)
    {
        Root = under is null
            ? Directory.CreateTempSubdirectory("pamphlet-layouts-").FullName
            : Directory.CreateDirectory(Path.Combine(under, Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Root { get; }

    public string Write(string fileName, string yaml)
    {
        var path = Path.Combine(Root, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    public LayoutCatalog Catalog => new([Root]);

    public LayoutDefinition Load(string fileName) => LayoutLoader.LoadFile(Path.Combine(Root, fileName), Catalog);

    /// <summary>Loads and expects exactly one error; returns it.</summary>
    public Diagnostic Fail(string fileName)
    {
        var e = Assert.Throws<PamphletException>(() => Load(fileName));
        return Assert.Single(e.Diagnostics);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing Dispose would hide the real test result.
        }
    }
}
