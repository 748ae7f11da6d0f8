namespace Pamphlet.Engine.Batch;

/// <summary>
/// The manifest's edition entries: a path, or a pattern with <c>*</c> and <c>?</c> in its file name
/// (<c>statements/*.md</c>), relative to the manifest's folder. Matches are sorted by name so a
/// pattern gives the same batch order on every file system.
/// </summary>
internal static class ManifestGlob
{
    public static bool IsPattern(string entry) => entry.IndexOfAny(['*', '?']) >= 0;

    /// <summary>Wildcards only in the last part: a folder wildcard would make the batch order ambiguous.</summary>
    public static bool WildcardInFolder(string entry) =>
        IsPattern(Path.GetDirectoryName(entry) ?? string.Empty);

    public static IReadOnlyList<string> Expand(string entry, string baseDirectory)
    {
        var full = Path.GetFullPath(entry, baseDirectory);
        if (!IsPattern(entry)) return [full];
        var folder = Path.GetDirectoryName(full) ?? baseDirectory;
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.GetFiles(folder, Path.GetFileName(full)).Order(StringComparer.Ordinal)];
    }
}
