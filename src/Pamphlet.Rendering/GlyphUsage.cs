using System.Text;
using Pamphlet.Pages;

namespace Pamphlet.Rendering;

/// <summary>
/// Which glyphs (and characters) each font face draws across a set of pages: what a subset must
/// keep. Collected over the whole document because one embedded font serves every page.
/// </summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<FontFace, (SortedSet<ushort> Glyphs, SortedSet<int> CodePoints)> byFace = [];

    public static GlyphUsage Collect(IEnumerable<Page> pages)
    {
        var usage = new GlyphUsage();
        foreach (var run in pages.SelectMany(p => p.ItemsOf<GlyphRun>())) usage.Add(run);
        return usage;
    }

    public void Add(GlyphRun run)
    {
        if (!byFace.TryGetValue(run.Font, out var sets))
        {
            sets = ([], []);
            byFace.Add(run.Font, sets);
        }

        sets.Glyphs.UnionWith(run.Glyphs);
        foreach (var rune in run.Text.EnumerateRunes()) sets.CodePoints.Add(rune.Value);
    }

    public IReadOnlyCollection<ushort> GlyphsOf(FontFace face) => byFace.TryGetValue(face, out var s) ? s.Glyphs : [];

    public IReadOnlyCollection<int> CodePointsOf(FontFace face) => byFace.TryGetValue(face, out var s) ? s.CodePoints : [];
}
