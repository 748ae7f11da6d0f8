namespace Pamphlet.Engine;

/// <summary>
/// The files a build read or tried to read (the statement, its images, the layout files it resolved)
/// and the folders whose every file matters (the statement's <c>layouts/</c>: a new file there can
/// become the layout a name resolves to), as full paths. A watcher rebuilds when any of them changes.
/// A build that failed part-way holds what it had reached.
/// </summary>
public sealed class BuildInputs
{
    private readonly HashSet<string> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Files => files;

    public IReadOnlySet<string> Folders => folders;

    public void AddFile(string path) => files.Add(Path.GetFullPath(path));

    public void AddFolder(string path) => folders.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));

    /// <summary>Adds every file and folder of <paramref name="other"/>.</summary>
    public void AddAll(BuildInputs other)
    {
        files.UnionWith(other.files);
        folders.UnionWith(other.folders);
    }

    /// <summary>True when <paramref name="path"/> (a full path) is one of the files, or inside one of the folders.</summary>
    public bool Covers(string path) =>
        files.Contains(path) || (Path.GetDirectoryName(path) is { } folder && folders.Contains(folder));
}
