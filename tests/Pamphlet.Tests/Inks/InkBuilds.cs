using Pamphlet.Engine;
using Pamphlet.Pages.Inks;
using Pamphlet.Tests.Poster;

namespace Pamphlet.Tests.Inks;

/// <summary>The sample built once per ink (all in one temporary folder), for tests that read the PDFs back.</summary>
public sealed class InkBuilds : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("pamphlet-inks-");
    private readonly Dictionary<string, IReadOnlyList<BuiltFile>> built = [];

    /// <summary>The files of building <paramref name="layout"/> with <paramref name="ink"/> (with separations), built on first use.</summary>
    public IReadOnlyList<BuiltFile> Build(string layout, string ink)
    {
        lock (built)
        {
            var key = $"{layout}.{ink}";
            if (!built.TryGetValue(key, out var files))
            {
                Assert.True(InkChoice.TryParse(ink, out var choice, out var error), error);
                using var engine = new PamphletEngine();
                var output = Path.Combine(folder.FullName, key.Replace(':', '_').Replace(',', '_'));
                files = engine.Build(new BuildRequest(PosterFixture.SamplePath, [layout], output) { Ink = choice, Separations = choice.Kind == InkKind.Riso });
                built.Add(key, files);
            }

            return files;
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
