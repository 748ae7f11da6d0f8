using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.TextFiles;
using Pamphlet.Documents.Yaml;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering.Imposition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// Reads <c>pamphlet.yaml</c>. Every mistake (bad YAML, unknown key, wrong kind of value, a pattern
/// that matches nothing) is reported at its file:line:column with what to write instead.
/// </summary>
public static class ManifestReader
{
    private static readonly string[] TopKeys = ["editions", "layouts", "out", "options"];
    private static readonly string[] OptionKeys = ["pages", "marks", "no-bleed", "impose", "creep", "sheet", "ink", "separations"];
    private static readonly string[] EditionKeys = ["path", "name"];

    public static BatchManifest Read(string path)
    {
        path = Path.GetFullPath(path);
        var text = TextFileReader.Read(path, TextFileKind.Manifest);
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(text, mark => At(path, mark));
        }
        catch (YamlException e)
        {
            throw new PamphletException(At(path, e.Start),
                $"the manifest is not valid YAML ({e.Message}); check the indentation (spaces, not tabs) and the brackets");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this, without a position, for some unclosed flow lists ("[a, b").
            throw new PamphletException(new SourceLocation(path, 1, 1),
                "the manifest is not valid YAML (a list or map is not closed); check that every '[' has its ']' and every '{' its '}'");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? new SourceLocation(path, 1, 1) : At(path, stream.Documents[0].RootNode.Start);
            throw new PamphletException(at, "the manifest must be a map with at least 'editions:', e.g. editions: [statements/en.md]");
        }

        var folder = Path.GetDirectoryName(path)!;
        var entries = Entries(root, TopKeys, path, "manifest");
        if (!entries.TryGetValue("editions", out var editionsNode))
        {
            throw new PamphletException(At(path, root.Start), "the manifest lists no 'editions:'; add editions: [statements/en.md, …] (paths or patterns relative to the manifest)");
        }
        var editions = new List<ManifestEdition>();
        foreach (var (entry, name, node) in EditionEntries(editionsNode, path))
        {
            if (ManifestGlob.WildcardInFolder(entry))
            {
                throw new PamphletException(At(path, node.Start), $"'{entry}' has a wildcard in a folder name; wildcards may appear only in the file name, e.g. statements/*.md");
            }
            if (name is not null && ManifestGlob.IsPattern(entry))
            {
                throw new PamphletException(At(path, node.Start), $"'{entry}' is a pattern, so it cannot have one name for all it matches; give 'name:' to single statements only");
            }
            var found = ManifestGlob.Expand(entry, folder);
            if (found.Count == 0)
            {
                throw new PamphletException(At(path, node.Start), $"'{entry}' matches no statement in {folder}; fix the pattern or remove it");
            }
            editions.AddRange(found.Where(f => !editions.Any(e => e.Path == f)).Select(f => new ManifestEdition(f, name)));
        }
        if (editions.Count == 0)
        {
            throw new PamphletException(At(path, editionsNode.Start), "'editions' is empty; list at least one statement, e.g. editions: [statements/en.md]");
        }

        // Layout paths are relative to the manifest, as edition paths are; names are looked up as usual.
        var layouts = entries.TryGetValue("layouts", out var layoutsNode)
            ? Strings(layoutsNode, path, "layouts").Select(l => Pamphlet.Layouts.LayoutCatalog.LooksLikePath(l.Text) ? Path.GetFullPath(l.Text, folder) : l.Text).ToList()
            : [];
        string? output = null;
        if (entries.TryGetValue("out", out var outNode))
        {
            var outText = Scalar(outNode, path, "out", "a folder name, e.g. out: out");
            if (string.IsNullOrWhiteSpace(outText)) throw new PamphletException(At(path, outNode.Start), "'out' is empty; write a folder name, e.g. out: out");
            output = Path.GetFullPath(outText, folder);
        }
        var manifest = new BatchManifest(path, editions, layouts, output);
        return entries.TryGetValue("options", out var optionsNode) ? WithOptions(manifest, optionsNode, path) : manifest;
    }

    private static BatchManifest WithOptions(BatchManifest manifest, YamlNode node, string path)
    {
        var options = Entries(node, OptionKeys, path, "options");
        PageTarget? pages = null;
        if (options.TryGetValue("pages", out var pagesNode))
        {
            var text = Scalar(pagesNode, path, "options.pages", PageTarget.Expected);
            pages = PageTarget.TryParse(text, out var target)
                ? target
                : throw new PamphletException(At(path, pagesNode.Start), $"'options.pages' must be {PageTarget.Expected} (at most {PageTarget.MaxPages}); '{text}' is neither");
        }
        ImpositionRequest? imposition = null;
        if (options.TryGetValue("impose", out var imposeNode))
        {
            var text = Scalar(imposeNode, path, "options.impose", "saddle, 2up or tile");
            if (text is "false" or "none" or "") { }
            else if (ImpositionKinds.TryParse(text, out var kind)) imposition = new ImpositionRequest(kind);
            else throw new PamphletException(At(path, imposeNode.Start), $"'options.impose' is '{text}', not an imposition; use saddle, 2up or tile");
        }
        if (options.TryGetValue("creep", out var creepNode))
        {
            var text = Scalar(creepNode, path, "options.creep", "a length such as 0.2mm");
            if (imposition is not { Kind: ImpositionKind.Saddle })
            {
                throw new PamphletException(At(path, creepNode.Start), "'options.creep' only applies with impose: saddle; add it or remove creep");
            }
            if (!LengthLiteral.TryParse(text, out var length, out _) ||
                length.Unit is not (LengthUnit.Point or LengthUnit.Millimetre or LengthUnit.Centimetre or LengthUnit.Inch) ||
                length.ToPoints(emSize: 0) < 0)
            {
                throw new PamphletException(At(path, creepNode.Start), $"'options.creep' is '{text}', not a length; write a number with a unit, e.g. 0.2mm");
            }
            imposition = imposition with { Creep = length.ToPoints(emSize: 0) };
        }
        if (options.TryGetValue("sheet", out var sheetNode))
        {
            var text = Scalar(sheetNode, path, "options.sheet", PrinterSheets.PressNames);
            if (imposition is not { Kind: ImpositionKind.Saddle or ImpositionKind.TwoUp })
            {
                throw new PamphletException(At(path, sheetNode.Start), "'options.sheet' only applies with impose: saddle or impose: 2up; add one or remove sheet");
            }
            imposition = imposition with
            {
                Sheet = PrinterSheets.PressSheet(text)
                    ?? throw new PamphletException(At(path, sheetNode.Start), $"'options.sheet' is '{text}', not a press sheet; use {PrinterSheets.PressNames}"),
            };
        }
        InkChoice? ink = null;
        if (options.TryGetValue("ink", out var inkNode))
        {
            var text = Scalar(inkNode, path, "options.ink", "color, black, cmyk or riso:INK,INK");
            ink = InkChoice.TryParse(text, out var choice, out var error)
                ? choice
                : throw new PamphletException(At(path, inkNode.Start), $"'options.ink': {error}");
        }

        return manifest with
        {
            Ink = ink,
            Separations = Flag(options, "separations", path),
            Pages = pages,
            Marks = Flag(options, "marks", path),
            NoBleed = Flag(options, "no-bleed", path),
            Imposition = imposition,
        };
    }

    private static bool Flag(Dictionary<string, YamlNode> options, string key, string path)
    {
        if (!options.TryGetValue(key, out var node)) return false;
        return Scalar(node, path, $"options.{key}", "true or false") switch
        {
            "true" => true,
            "false" => false,
            var other => throw new PamphletException(At(path, node.Start), $"'options.{key}' is '{other}'; write true or false"),
        };
    }

    /// <summary>A map's entries by key; a key not in <paramref name="known"/> is a typo and reported with the keys there are.</summary>
    private static Dictionary<string, YamlNode> Entries(YamlNode node, string[] known, string path, string what)
    {
        if (node is not YamlMappingNode map)
        {
            throw new PamphletException(At(path, node.Start), $"'{what}' must be a map of keys ({string.Join(", ", known)})");
        }
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(key))
            {
                throw new PamphletException(At(path, keyNode.Start),
                    $"unknown key '{key}' in the {what}; the keys are {string.Join(", ", known)}");
            }
            entries[key] = value;
        }
        return entries;
    }

    /// <summary>
    /// The 'editions:' entries: a path or pattern, or <c>{path: north/statement.md, name: north}</c>
    /// to name an edition apart from its file name (two statements called statement.md, say).
    /// </summary>
    private static List<(string Path, string? Name, YamlNode Node)> EditionEntries(YamlNode node, string path)
    {
        if (node is not YamlSequenceNode list) return [.. Strings(node, path, "editions").Select(e => (e.Text, (string?)null, e.Node))];
        var entries = new List<(string, string?, YamlNode)>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode)
            {
                entries.Add((Scalar(item, path, "editions", "a list of paths, patterns or {path: …, name: …}"), null, item));
                continue;
            }
            var keys = Entries(item, EditionKeys, path, "edition");
            if (!keys.TryGetValue("path", out var pathNode))
            {
                throw new PamphletException(At(path, item.Start), "an edition given as a map needs 'path:', e.g. {path: north/statement.md, name: north}");
            }
            var name = keys.TryGetValue("name", out var nameNode) ? EditionName(Scalar(nameNode, path, "name", "a name such as north"), nameNode, path) : null;
            entries.Add((Scalar(pathNode, path, "path", "the path of a statement"), name, pathNode));
        }
        return entries;
    }

    /// <summary>An edition's name starts its PDFs' file names, so it must be one.</summary>
    private static string EditionName(string name, YamlNode node, string path)
    {
        if (string.IsNullOrWhiteSpace(name) || name is "." or ".." || name.IndexOfAny(['/', '\\']) >= 0 || name.Any(char.IsControl))
        {
            throw new PamphletException(At(path, node.Start), $"'name' must be usable as a file name (no '/', no control characters), e.g. name: north; '{name}' is not");
        }
        return name;
    }

    /// <summary>A list of strings, or one string standing for a list of one.</summary>
    private static IEnumerable<(string Text, YamlNode Node)> Strings(YamlNode node, string path, string key)
    {
        if (node is YamlScalarNode) return [(Scalar(node, path, key, "a list"), node)];
        if (node is not YamlSequenceNode list)
        {
            throw new PamphletException(At(path, node.Start), $"'{key}' must be a list, e.g. {key}: [first, second]");
        }
        return list.Children.Select(item => (Scalar(item, path, key, "a list of names or paths"), item)).ToList();
    }

    private static string Scalar(YamlNode node, string path, string key, string expected) =>
        node is YamlScalarNode { Value: { } value } ? value
            : throw new PamphletException(At(path, node.Start), $"'{key}' must be {expected}");

    private static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);
}
