using System.Collections.Concurrent;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.TextFiles;
using Pamphlet.Documents.Yaml;
using Pamphlet.Layouts.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pamphlet.Layouts.Yaml;

/// <summary>Reads one layout file into a <see cref="RawMap"/>, turning YAML syntax errors into located diagnostics.</summary>
internal static class RawYamlReader
{
    /// <summary>
    /// The tree of <paramref name="path"/>. A process reads the same layout files again and again (every
    /// edition of a batch, every rebuild of a watch) and parsing the YAML is most of
    /// resolving a layout (issue 13), so the tree of a file whose text has not changed since it was last
    /// parsed is reused: the file is still read every time, and any change in it is parsed anew.
    /// </summary>
    public static RawMap ReadFile(string path)
    {
        var text = TextFileReader.Read(path, TextFileKind.Layout);
        if (Parsed.TryGetValue(path, out var known) && string.Equals(known.Text, text, StringComparison.Ordinal)) return known.Tree;
        var tree = Read(text, path);
        // A long-lived process that reads many different files (a web studio's temporary layouts) must
        // not keep them all; forgetting every tree now and then only costs parsing them again.
        if (Parsed.Count >= MaxRememberedFiles) Parsed.Clear();
        Parsed[path] = (text, tree);
        return tree;
    }

    /// <summary>More layout files than a statement's folder and the bundled layouts hold, yet a small memory bound (a few KB each).</summary>
    private const int MaxRememberedFiles = 256;

    private static readonly ConcurrentDictionary<string, (string Text, RawMap Tree)> Parsed = new(StringComparer.Ordinal);

    public static RawMap Read(string text, string file)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(text, mark => At(file, mark));
        }
        catch (YamlException e) when (StripPosition(e.Message).StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            throw new PamphletException(At(file, e.Start),
                $"this key appears twice in the same map ({StripPosition(e.Message)}); keep one of them.");
        }
        catch (YamlException e)
        {
            throw new PamphletException(
                At(file, e.Start),
                $"this file is not valid YAML ({StripPosition(e.Message)}). Check the indentation (spaces, not tabs) and quote values that contain ': ' or start with '#'.");
        }

        if (stream.Documents.Count == 0)
        {
            // An empty file is a layout that changes nothing: everything comes from its parents.
            return new RawMap(new SourceLocation(file, 1, 1), []);
        }

        if (stream.Documents.Count > 1)
        {
            throw new PamphletException(At(file, stream.Documents[1].RootNode.Start),
                "a layout file holds one YAML document; remove the second '---' and what follows, or move it to its own file.");
        }

        var root = Convert(stream.Documents[0].RootNode, file);
        return root switch
        {
            RawMap map => map,
            RawScalar { IsNull: true } => new RawMap(root.At, []),
            _ => throw new PamphletException(root.At,
                $"a layout file must be a map of 'key: value' lines (name:, page:, fonts:, …) but this one holds {root.Describe()}."),
        };
    }

    private static RawNode Convert(YamlNode node, string file) => node switch
    {
        YamlScalarNode scalar => new RawScalar(At(file, scalar.Start), scalar.Value ?? "",
            scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)),
        YamlSequenceNode list => new RawList(At(file, list.Start), list.Children.Select(c => Convert(c, file)).ToList()),
        YamlMappingNode map => ConvertMap(map, file),
        _ => throw new PamphletException(At(file, node.Start), "this kind of YAML node is not supported in a layout; use plain values, lists and maps."),
    };

    private static RawMap ConvertMap(YamlMappingNode map, string file)
    {
        var entries = new List<RawEntry>();
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new PamphletException(At(file, key.Start), "a key must be a plain word such as 'page' or 'margins'.");
            }

            entries.Add(new RawEntry(name, At(file, key.Start), Convert(value, file)));
        }

        return new RawMap(At(file, map.Start), entries);
    }

    private static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>YamlDotNet prefixes its messages with "(Line: …, Col: …, Idx: …) - (…): "; our location already says that.</summary>
    private static string StripPosition(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
    }
}
