using System.Globalization;
using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Text.Shaping;

/// <summary>
/// Characters no font in the chain could draw, with where they occur. Reported together at the end
/// of composition as one error: printing empty boxes ("tofu") in a pamphlet is never acceptable.
/// </summary>
public sealed class MissingGlyphs
{
    private readonly SortedDictionary<int, (SortedSet<int> Lines, string File, HashSet<string> Fonts)> byCodePoint = [];

    public bool Any => byCodePoint.Count > 0;

    /// <summary>How many times a character was reported so far (a paragraph cache keeps no setting that reported one).</summary>
    internal int Reports { get; private set; }

    public void Add(int codePoint, SourceLocation at, IEnumerable<string> fontsTried)
    {
        Reports++;
        if (!byCodePoint.TryGetValue(codePoint, out var entry))
        {
            entry = ([], at.File, []);
            byCodePoint[codePoint] = entry;
        }
        if (at.Line > 0) entry.Lines.Add(at.Line);
        entry.Fonts.UnionWith(fontsTried);
    }

    /// <summary>
    /// The message names at most this many characters, and at most <see cref="MostLinesShown"/> lines
    /// of each: text in a script no bundled font has would otherwise list every line of the statement.
    /// </summary>
    private const int MostCharactersShown = 10;

    private const int MostLinesShown = 5;

    public Diagnostic ToDiagnostic()
    {
        // Point at the first line with any such character: that is where an editor should jump to.
        var file = byCodePoint.First().Value.File;
        var line = byCodePoint.Values.SelectMany(v => v.Lines).DefaultIfEmpty(0).Min();
        var shown = byCodePoint.Take(MostCharactersShown).Select(kv => $"{Show(kv.Key)} {Lines(kv.Value.Lines)}");
        var more = byCodePoint.Count > MostCharactersShown ? $"; and {byCodePoint.Count - MostCharactersShown} more characters" : "";
        var list = string.Join("; ", shown) + more;
        var fonts = string.Join(", ", byCodePoint.SelectMany(kv => kv.Value.Fonts).Distinct().Order(StringComparer.Ordinal));
        return Diagnostic.Error(new SourceLocation(file, line),
            $"no bundled font can draw these characters: {list}. Fonts tried: {fonts}. " +
            "Replace the characters, or add a font that has them to the layout's fonts: fallback: list.");
    }

    /// <summary>The character itself (unless it is invisible or a control character) and its code point.</summary>
    private static string Show(int codePoint)
    {
        var code = $"U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)}";
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
            ? code
            : $"'{char.ConvertFromUtf32(codePoint)}' {code}";
    }

    private static string Lines(SortedSet<int> lines) => lines.Count switch
    {
        0 => "(in the layout)",
        <= MostLinesShown => $"(line {string.Join(", ", lines)})",
        _ => $"(line {string.Join(", ", lines.Take(MostLinesShown))} and {lines.Count - MostLinesShown} more)",
    };
}
