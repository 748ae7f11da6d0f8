namespace Pamphlet.Documents.Files;

/// <summary>
/// The folders a build may read from when it builds for someone else: the studio's folder (where the
/// statements, their images and <c>layouts/</c> are) and the program's own bundled layouts and fonts.
/// A path counts as inside only when, with every symbolic link on the way resolved, it lies under one
/// of the folders; <c>..</c> and links cannot lead out. The one rule for what the studio reads, used for
/// the paths its requests name and for the files a statement or layout names.
/// </summary>
public sealed class ReadBoundary
{
    /// <summary>Symbolic links followed in a row before a path is refused: a loop of links never ends otherwise (Linux stops at 40 too).</summary>
    private const int MaxLinks = 40;

    private readonly string[] also;

    /// <param name="folder">The folder whose files may be read (and written, by the studio).</param>
    /// <param name="alsoReadable">Folders of the program's own files (bundled layouts, fonts) that may be read too.</param>
    public ReadBoundary(string folder, IEnumerable<string>? alsoReadable = null)
    {
        Root = RealPath(Path.GetFullPath(folder), 0) ?? throw new ArgumentException($"'{folder}' leads through too many symbolic links.", nameof(folder));
        also = [.. (alsoReadable ?? []).Select(f => RealPath(Path.GetFullPath(f), 0)).OfType<string>()];
    }

    /// <summary>The folder as a full path with every symbolic link resolved.</summary>
    public string Root { get; }

    /// <summary>
    /// <paramref name="path"/> (full, or relative to the current folder) with its links resolved, when
    /// it lies inside <see cref="Root"/>; null when it lies outside (or leads through too many links).
    /// The file need not exist.
    /// </summary>
    public string? InsideRoot(string path)
    {
        var real = RealPath(Path.GetFullPath(path), 0);
        return real is not null && Under(real, Root) ? real : null;
    }

    /// <summary>Whether <paramref name="path"/> may be read: inside <see cref="Root"/> or one of the program's own folders.</summary>
    public bool MayRead(string path)
    {
        var real = RealPath(Path.GetFullPath(path), 0);
        return real is not null && (Under(real, Root) || also.Any(folder => Under(real, folder)));
    }

    /// <summary>
    /// The sentence an error gives for <paramref name="subject"/> (such as "the image 'photo.jpg'"), the
    /// file or folder at <paramref name="path"/>, lying outside the folder: what to do about it.
    /// </summary>
    public string Refusal(string subject, string path) =>
        $"{subject} is outside the folder the studio serves ({Root}), and the studio reads nothing outside it; copy '{Path.GetFileName(Path.TrimEndingDirectorySeparator(path))}' into that folder (beside the statement) and name it from there";

    private static bool Under(string real, string folder) =>
        real.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

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
