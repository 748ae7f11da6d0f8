using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// One map of the layout tree at a known place ("page.margins"), with the keys allowed there.
/// Unknown keys are rejected on construction so a typo never silently falls back to a default.
/// </summary>
internal sealed class MapReader
{
    private readonly RawMap map;

    public MapReader(RawNode node, string place, IReadOnlyList<string> validKeys)
    {
        map = node as RawMap ?? throw Errors.Expected(node, place, "a map (indented 'key: value' lines, or {key: value, …})");
        Place = place;
        foreach (var entry in map.Entries)
        {
            if (!validKeys.Contains(entry.Key))
            {
                throw new PamphletException(entry.KeyAt,
                    $"unknown key '{entry.Key}' in {PlaceName}.{Suggestions.DidYouMean(entry.Key, validKeys)} Valid keys here: {Suggestions.List(validKeys)}.");
            }
        }
    }

    public string Place { get; }

    public SourceLocation At => map.At;

    public IReadOnlyList<RawEntry> Entries => map.Entries;

    private string PlaceName => Place.Length == 0 ? "the top level" : $"'{Place}'";

    public string PathOf(string key) => Place.Length == 0 ? key : $"{Place}.{key}";

    /// <summary>The value under <paramref name="key"/>, or null when absent.</summary>
    public RawNode? Optional(string key) => map.Find(key)?.Value;

    /// <summary>The value under <paramref name="key"/>; its absence is the user's error (it can only happen when a value was nulled out).</summary>
    public RawNode Required(string key) =>
        Optional(key) ?? throw new PamphletException(map.At, $"{PlaceName} needs a '{key}' value; add '{key}:' here.");

    public MapReader Map(string key, IReadOnlyList<string> validKeys) => new(Required(key), PathOf(key), validKeys);

    public MapReader? OptionalMap(string key, IReadOnlyList<string> validKeys) =>
        Optional(key) is { } node ? new MapReader(node, PathOf(key), validKeys) : null;
}
