using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Files;
using Pamphlet.Layouts.Binding;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Layouts;

/// <summary>
/// Finds layouts by name in an ordered list of folders (the first folder that has a name wins), or
/// by path. The Engine passes <c>&lt;input dir&gt;/layouts</c>, then the bundled <c>layouts</c> folder.
/// </summary>
public sealed class LayoutCatalog(IReadOnlyList<string> folders, LayoutFileCache? cache = null)
{
    private static readonly string[] Extensions = [".yaml", ".yml"];

    public IReadOnlyList<string> Folders { get; } = folders.Select(Path.GetFullPath).ToList();

    /// <summary>Layouts loaded before, given again while their files are unchanged; null: every layout is read.</summary>
    public LayoutFileCache? Cache { get; } = cache;

    /// <summary>
    /// When set, no layout file outside it is read: a path or <c>extends:</c> leading out is an error at
    /// the line that names it (the studio's builds; see <see cref="ReadBoundary"/>).
    /// </summary>
    public ReadBoundary? ReadsOnlyInside { get; init; }

    /// <summary>
    /// A path if <paramref name="nameOrPath"/> contains a directory separator or ends with .yaml/.yml,
    /// else a name looked up in <see cref="Folders"/>. <paramref name="requestedAt"/> is where the name
    /// was written (front matter), for the error when it is not found.
    /// </summary>
    public LayoutDefinition Resolve(string nameOrPath, SourceLocation? requestedAt = null)
    {
        if (LooksLikePath(nameOrPath))
        {
            if (ReadsOnlyInside is { } boundary && !boundary.MayRead(nameOrPath))
            {
                throw new PamphletException(requestedAt ?? SourceLocation.None(nameOrPath), boundary.Refusal($"the layout file '{Path.GetFileName(nameOrPath)}'", nameOrPath) + ", or give a layout name.");
            }

            return Load(nameOrPath);
        }

        var name = nameOrPath.Trim();
        if (FindAll(name) is [var path, ..])
        {
            if (ReadsOnlyInside is { } inside && !inside.MayRead(path))
            {
                // A layouts/ folder that is a link out of the folder.
                throw new PamphletException(requestedAt ?? SourceLocation.None(name), inside.Refusal($"the layout '{name}'", path) + ".");
            }

            return Load(path);
        }

        var names = Names();
        var where = Folders.Count == 0 ? "no layout folders" : Suggestions.List(Folders);
        throw new PamphletException(requestedAt ?? SourceLocation.None(name),
            $"unknown layout '{name}' (searched {where}).{Suggestions.DidYouMean(name, names)} Available: {(names.Count == 0 ? "none" : Suggestions.List(names))}. Run `pamphlet layouts` to list them with descriptions.");
    }

    private LayoutDefinition Load(string path)
    {
        if (Cache is null || !File.Exists(path)) return LayoutLoader.LoadFile(path, this);
        return Cache.Load(Path.GetFullPath(path), this, chain => LayoutLoader.LoadFile(path, this, chain));
    }

    /// <summary>Every layout the folders hold, by name; a file that fails to load is listed with its error as the description.</summary>
    public IReadOnlyList<LayoutSummary> List()
    {
        var summaries = new List<LayoutSummary>();
        foreach (var name in Names())
        {
            var path = FindAll(name)[0];
            try
            {
                var layout = LayoutLoader.LoadFile(path, this);
                summaries.Add(new LayoutSummary(layout.Name, layout.Description, path));
            }
            catch (PamphletException e)
            {
                summaries.Add(new LayoutSummary(name, $"(invalid: {e.Diagnostics[0]})", path));
            }
        }

        return summaries;
    }

    /// <summary>Distinct layout names in all folders, sorted.</summary>
    public IReadOnlyList<string> Names() =>
        Folders.SelectMany(Files).Select(NameOf).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every file for <paramref name="name"/>, in search order (folder order, .yaml before .yml).</summary>
    public IReadOnlyList<string> FindAll(string name) =>
        Folders.SelectMany(folder => Extensions.Select(ext => Path.Combine(folder, name + ext)))
            .Where(File.Exists)
            .Distinct()
            .ToList();

    public static bool LooksLikePath(string nameOrPath) =>
        nameOrPath.Contains('/') || nameOrPath.Contains(Path.DirectorySeparatorChar)
        || Extensions.Any(ext => nameOrPath.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    /// <summary>A layout's name is its file name without the extension.</summary>
    public static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            : [];
}
