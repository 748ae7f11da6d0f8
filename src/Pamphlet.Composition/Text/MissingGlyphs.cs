using System.Globalization;
using Pamphlet.Diagnostics;

namespace Pamphlet.Composition.Text;

/// <summary>
/// Characters no font in the chain could draw, with where they occur. Reported together at the end
/// of composition as one error: printing empty boxes ("tofu") in a pamphlet is never acceptable.
/// </summary>
public sealed class MissingGlyphs
{
    private readonly SortedDictionary<int, (SortedSet<int> Lines, string File, HashSet<string> Fonts)> byCodePoint = [];

    public bool Any => byCodePoint.Count > 0;

    public void Add(int codePoint, SourceLocation at, IEnumerable<string> fontsTried)
    {
        if (!byCodePoint.TryGetValue(codePoint, out var entry))
        {
            entry = ([], at.File, []);
            byCodePoint[codePoint] = entry;
        }
        if (at.Line > 0) entry.Lines.Add(at.Line);
        entry.Fonts.UnionWith(fontsTried);
    }

    public Diagnostic ToDiagnostic()
    {
        // Point at the first line with any such character: that is where an editor should jump to.
        var file = byCodePoint.First().Value.File;
        var line = byCodePoint.Values.SelectMany(v => v.Lines).DefaultIfEmpty(0).Min();
        var list = string.Join("; ", byCodePoint.Select(kv =>
            $"'{char.ConvertFromUtf32(kv.Key)}' U+{kv.Key.ToString("X4", CultureInfo.InvariantCulture)} " +
            (kv.Value.Lines.Count > 0 ? $"(line {string.Join(", ", kv.Value.Lines)})" : "(in the layout)")));
        var fonts = string.Join(", ", byCodePoint.SelectMany(kv => kv.Value.Fonts).Distinct().Order(StringComparer.Ordinal));
        return Diagnostic.Error(new SourceLocation(file, line),
            $"no bundled font can draw these characters: {list}. Fonts tried: {fonts}. " +
            "Replace the characters, or add a font that has them to the layout's fonts: fallback: list.");
    }
}
