namespace Pamphlet.Studio;

/// <summary>
/// The one folder the studio serves: every path a request names goes through <see cref="Resolve"/>,
/// the one rule for what the studio may read or write. A path is taken only relative to the folder,
/// with '/' between names; anything else (absolute paths, '..', backslashes, drive letters, hidden
/// names such as <c>.git</c>) is refused, and so is a path that a symbolic link leads out of the folder.
/// </summary>
internal sealed class StudioFolder
{
    /// <summary>Symbolic links followed in a row before a path is refused: a loop of links never ends otherwise (Linux stops at 40 too).</summary>
    private const int MaxLinks = 40;

    public StudioFolder(string folder)
    {
        Root = RealPath(Path.GetFullPath(folder), 0) ?? throw new ArgumentException($"'{folder}' leads through too many symbolic links.", nameof(folder));
    }

    /// <summary>The folder as a full path with every symbolic link resolved.</summary>
    public string Root { get; }

    /// <summary>
    /// The full path (links resolved) of <paramref name="relative"/> inside the folder, or null when the
    /// request names anything outside it or a name the studio does not serve. The file need not exist.
    /// </summary>
    public string? Resolve(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.IndexOfAny(['\\', '\0', ':']) >= 0 || relative.StartsWith('/')) return null;
        var names = relative.Split('/');
        if (names.Any(name => name.Length == 0 || name.StartsWith('.'))) return null;
        var real = RealPath(Path.Join(Root, relative), 0);
        return real is not null && real.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? real : null;
    }

    /// <summary>A path inside the folder as requests name it: relative, with '/' between names.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// <paramref name="path"/> (full) with every symbolic link on the way resolved, name by name; names
    /// that do not exist yet are kept as they are. Null after <see cref="MaxLinks"/> links.
    /// </summary>
    private static string? RealPath(string path, int links)
    {
        var root = Path.GetPathRoot(path) ?? "/";
        var current = root;
        foreach (var name in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == ".") continue;
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Join(current, name);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks) return null;
                var resolved = RealPath(Path.GetFullPath(target, current), links);
                if (resolved is null) return null;
                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
