using Pamphlet.Layouts.Model;
namespace Pamphlet.Layouts.Yaml;

/// <summary>
/// Deep merge for <c>extends:</c>: maps merge key by key (the child wins), anything else (scalars,
/// lists) the child replaces whole. Nodes keep their own locations, so errors still point into the
/// file that wrote the value.
/// </summary>
internal static class RawMerge
{
    public static RawMap Merge(RawMap parent, RawMap child)
    {
        var merged = parent.Entries.ToList();
        foreach (var entry in child.Entries)
        {
            var index = merged.FindIndex(e => e.Key == entry.Key);
            if (index < 0)
            {
                merged.Add(entry);
            }
            else if (merged[index].Value is RawMap parentMap && entry.Value is RawMap childMap)
            {
                merged[index] = entry with { Value = Merge(parentMap, childMap) };
            }
            else
            {
                merged[index] = entry;
            }
        }

        return new RawMap(child.At, merged);
    }
}
