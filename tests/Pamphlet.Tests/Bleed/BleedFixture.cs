using Pamphlet.Engine;
using Pamphlet.Tests.Poster;

namespace Pamphlet.Tests.Bleed;

/// <summary>The sample built once per print variant (default, --no-bleed, --marks, both), A5 pamphlet and tabloid poster.</summary>
public sealed class BleedFixture : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("pamphlet-bleed-");

    public string Build(string layout, bool noBleed = false, bool marks = false, string variant = "")
    {
        var output = Path.Combine(folder.FullName, $"{layout}-{noBleed}-{marks}{variant}");
        using var engine = new PamphletEngine();
        var file = Assert.Single(engine.Build(new BuildRequest(PosterFixture.SamplePath, [layout], output) { NoBleed = noBleed, Marks = marks }));
        return file.Path;
    }

    private readonly Dictionary<(string, bool, bool), string> built = [];

    /// <summary>The PDF for this variant, built on first use.</summary>
    public string Pdf(string layout, bool noBleed = false, bool marks = false)
    {
        lock (built)
        {
            if (!built.TryGetValue((layout, noBleed, marks), out var path))
            {
                path = Build(layout, noBleed, marks);
                built.Add((layout, noBleed, marks), path);
            }

            return path;
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
