using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Binding;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts;

/// <summary>
/// Loads one layout file: follows its <c>extends:</c> chain up to the built-in defaults, merges the
/// raw trees (the child wins), then validates and binds the result.
/// </summary>
internal static class LayoutLoader
{
    /// <summary>
    /// Loads <paramref name="path"/>. Parents named by <c>extends: name</c> are looked up in
    /// <paramref name="forExtends"/> (then in the file's own folder); <c>extends: ../x.yaml</c> is
    /// relative to the extending file.
    /// </summary>
    /// <param name="chainPaths">When given, receives the full path of every file of the chain, the given file first.</param>
    public static LayoutDefinition LoadFile(string path, LayoutCatalog? forExtends, List<string>? chainPaths = null)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new PamphletException(SourceLocation.None(path), $"the layout file '{fullPath}' does not exist; check the path, or give a layout name (run `pamphlet layouts` to list them).");
        }

        var chain = Chain(fullPath, forExtends);
        chainPaths?.AddRange(chain.Select(l => l.Path));
        var leaf = chain[0];
        var merged = BuiltInDefaults.Root.Without(LayoutBinder.PerFileKeys);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            merged = RawMerge.Merge(merged, chain[i].Tree.Without(LayoutBinder.PerFileKeys));
        }

        return LayoutBinder.Bind(merged, leaf.Name, Description(chain), fullPath);
    }

    /// <summary>A file of the chain: its path, name (from the file name), and tree.</summary>
    private sealed record Link(string Path, string Name, RawMap Tree);

    /// <summary>The chain from the given file (first) to its farthest ancestor (last).</summary>
    private static List<Link> Chain(string fullPath, LayoutCatalog? catalog)
    {
        var chain = new List<Link>();
        var path = fullPath;
        while (true)
        {
            var tree = RawYamlReader.ReadFile(path);
            var link = new Link(path, LayoutCatalog.NameOf(path), tree);
            CheckName(link);
            chain.Add(link);
            if (tree.Find("extends") is not { } extends) return chain;

            var parent = ResolveParent(extends.Value, link, catalog);
            if (chain.Any(l => l.Path == parent))
            {
                var names = chain.Select(l => l.Name).Append(LayoutCatalog.NameOf(parent));
                throw new PamphletException(extends.Value.At,
                    $"'extends' makes a cycle: {string.Join(" → ", names)}. Remove 'extends' from one of these files.");
            }

            path = parent;
        }
    }

    private static void CheckName(Link link)
    {
        if (link.Tree.Find("name") is not { } entry) return;
        var name = Values.Text(entry.Value, "name").Trim();
        if (name != link.Name)
        {
            throw new PamphletException(entry.Value.At,
                $"'name' is '{name}' but the file is named '{Path.GetFileName(link.Path)}'; a layout's name is its file name, so rename the file to '{name}.yaml' or set 'name: {link.Name}' (or remove 'name').");
        }
    }

    private static string ResolveParent(RawNode node, Link child, LayoutCatalog? catalog)
    {
        var target = Values.Text(node, "extends").Trim();
        var childFolder = Path.GetDirectoryName(child.Path)!;
        if (LayoutCatalog.LooksLikePath(target))
        {
            var parentPath = Path.GetFullPath(Path.Combine(childFolder, target));
            if (catalog?.ReadsOnlyInside is { } boundary && !boundary.MayRead(parentPath))
            {
                throw new PamphletException(node.At, boundary.Refusal($"the layout file '{Path.GetFileName(parentPath)}' that 'extends' names", parentPath) + ", or extend a layout by its name.");
            }

            if (File.Exists(parentPath)) return parentPath;
            throw new PamphletException(node.At, $"'extends' names the file '{parentPath}', which does not exist; check the path (it is relative to this layout file).");
        }

        // Search the catalog, then the file's own folder. A file may extend a layout of its own name
        // (to adjust the bundled one), so it never finds itself.
        var search = catalog ?? new LayoutCatalog([]);
        var folders = search.Folders.Append(childFolder).ToList();
        var scope = new LayoutCatalog(folders);
        var match = scope.FindAll(target).FirstOrDefault(p => p != child.Path);
        if (match is not null && catalog?.ReadsOnlyInside is { } inside && !inside.MayRead(match))
        {
            // A layouts/ folder that is a link out of the folder.
            throw new PamphletException(node.At, inside.Refusal($"the layout '{target}' that 'extends' names", match) + ".");
        }

        if (match is not null) return match;

        // The child's own name is only a candidate when another file also has it.
        var available = scope.Names().Where(n => n != child.Name || scope.FindAll(n).Count > 1).ToList();
        throw new PamphletException(node.At,
            $"'extends' names the layout '{target}', which was not found in {Suggestions.List(folders.Distinct())}.{Suggestions.DidYouMean(target, available)} Available layouts: {(available.Count == 0 ? "none" : Suggestions.List(available))} (run `pamphlet layouts` to list them).");
    }

    private static string Description(List<Link> chain)
    {
        var leaf = chain[0];
        if (leaf.Tree.Find("description") is { } entry)
        {
            var text = Values.Text(entry.Value, "description").Trim();
            if (text.Contains('\n'))
            {
                throw new PamphletException(entry.Value.At, "'description' must be one line (it is shown in `pamphlet layouts`); shorten it.");
            }

            return text;
        }

        // Descriptions are not inherited (the parent's would describe the parent), so say what it is based on.
        return chain.Count > 1 ? $"Based on {chain[1].Name}." : "";
    }
}
