using Pamphlet.Documents.Files;
using Pamphlet.Engine;

namespace Pamphlet.Studio;

/// <summary>
/// The one folder the studio serves: every path a request names goes through <see cref="Resolve"/>.
/// A path is taken only relative to the folder, with '/' between names; anything else (absolute paths,
/// '..', backslashes, drive letters, hidden names such as <c>.git</c>) is refused, and so is a path that
/// a symbolic link leads out of the folder (<see cref="ReadBoundary"/>, the rule the studio's builds
/// follow too for the images and layouts a statement names).
/// </summary>
internal sealed class StudioFolder
{
    public StudioFolder(string folder)
    {
        Boundary = new ReadBoundary(folder, PamphletEngine.BundledFolders);
    }

    /// <summary>What the studio's builds may read: the folder, and the program's own layouts, fonts and colour profiles.</summary>
    public ReadBoundary Boundary { get; }

    /// <summary>The folder as a full path with every symbolic link resolved.</summary>
    public string Root => Boundary.Root;

    /// <summary>
    /// The full path (links resolved) of <paramref name="relative"/> inside the folder, or null when the
    /// request names anything outside it or a name the studio does not serve. The file need not exist.
    /// </summary>
    public string? Resolve(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.IndexOfAny(['\\', '\0', ':']) >= 0 || relative.StartsWith('/')) return null;
        var names = relative.Split('/');
        if (names.Any(name => name.Length == 0 || name.StartsWith('.'))) return null;
        return Boundary.InsideRoot(Path.Join(Root, relative));
    }

    /// <summary>A path inside the folder as requests name it: relative, with '/' between names.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
