using System.Reflection;

namespace Pamphlet.Studio;

/// <summary>
/// The page itself: HTML, CSS and one JavaScript file, embedded in the program (no front-end build, no
/// CDN: the studio works offline). Served under fixed names only, so no request path reaches the disk.
/// </summary>
internal static class StudioAssets
{
    /// <summary>Each served path, its embedded file and its media type.</summary>
    public static readonly IReadOnlyList<(string Path, string File, string ContentType)> All =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/studio.css", "studio.css", "text/css; charset=utf-8"),
        ("/studio.js", "studio.js", "text/javascript; charset=utf-8"),
    ];

    public static byte[] Read(string file)
    {
        using var stream = typeof(StudioAssets).Assembly.GetManifestResourceStream($"Pamphlet.Studio.Assets.{file}")
            ?? throw new InvalidOperationException($"The studio's file {file} is not embedded in {typeof(StudioAssets).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
