using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Text.Shaping;

/// <summary>
/// The layout's per-script sizes (<c>fonts: scripts: {arabic: {scale: 1.2}}</c>) applied to a paragraph's
/// spans before it is set: each span is cut where its script changes (as <see cref="ScriptItemizer"/> cuts
/// it for shaping: spaces, digits and punctuation go with the letters before them), and the pieces in a
/// scaled script get a style of the scaled size. Everything after — shaping, word and space widths, line
/// breaking, the glyphs' size and box on the page — then sees the size the text is set at, and an
/// Arabic word space grows with the Arabic words around it.
/// </summary>
internal sealed class ScriptSizes(IReadOnlyDictionary<WritingScript, double> scales, string language)
{
    private readonly HarfBuzzSharp.Script languageScript = ScriptItemizer.ScriptOfLanguage(language);

    /// <summary>The spans with their scaled pieces cut out and resized; the same list when nothing is scaled.</summary>
    public IReadOnlyList<StyledSpan> Apply(IReadOnlyList<StyledSpan> spans)
    {
        if (scales.Count == 0 || scales.Values.All(s => s == 1)) return spans;
        List<StyledSpan>? result = null;
        for (var s = 0; s < spans.Count; s++)
        {
            var pieces = Pieces(spans[s]);
            if (result is null && pieces is null) continue;
            result ??= [.. spans.Take(s)];
            if (pieces is null) result.Add(spans[s]);
            else result.AddRange(pieces);
        }
        return result ?? spans;
    }

    /// <summary>The span cut into pieces of one script each at their sizes, or null when no part of it is scaled.</summary>
    private List<StyledSpan>? Pieces(StyledSpan span)
    {
        if (span.IsForcedBreak || span.Text.Length == 0) return null;
        // Most text is ASCII: Latin letters and neutrals (which take the language's script when alone).
        if (!span.Text.AsSpan().ContainsAnyExceptInRange('\0', '\x7F') && ScaleOf(HarfBuzzSharp.Script.Latin) == 1 && ScaleOf(languageScript) == 1) return null;
        var runs = ScriptItemizer.Itemize(span.Text, languageScript);
        if (runs.All(r => ScaleOf(r.Script) == 1)) return null;
        var pieces = new List<StyledSpan>(runs.Count);
        var start = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var end = r + 1 < runs.Count ? WordStart(span.Text, start, runs[r + 1].Start) : span.Text.Length;
            if (end > start) pieces.Add(Sized(span with { Text = span.Text[start..end] }, ScaleOf(runs[r].Script)));
            start = end;
        }
        return pieces;
    }

    /// <summary>
    /// Where the piece before <paramref name="boundary"/> (the next script's first letter) ends: before the
    /// signs that open the next word ("@" of "@HayZaytoun", "(" of "(ESIA)", "«"), which the itemiser leaves
    /// with the script before them but which are set at the size of the word they open.
    /// </summary>
    private static int WordStart(string text, int from, int boundary)
    {
        var i = boundary;
        while (i > from && !char.IsWhiteSpace(text[i - 1]) && !char.IsLetterOrDigit(text[i - 1])) i--;
        return i > from && !char.IsWhiteSpace(text[i - 1]) ? boundary : i;
    }

    private double ScaleOf(HarfBuzzSharp.Script script) =>
        ScriptItemizer.WritingScriptOf(script) is { } writing ? scales.GetValueOrDefault(writing, 1) : 1;

    private static StyledSpan Sized(StyledSpan span, double scale)
    {
        if (scale == 1) return span;
        var font = span.Style.Font;
        return span with { Style = span.Style with { Font = font with { Size = font.Size * scale } } };
    }
}
