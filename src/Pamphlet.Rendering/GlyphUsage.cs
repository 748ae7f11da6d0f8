using Pamphlet.Pages;

namespace Pamphlet.Rendering;

/// <summary>
/// Which glyphs (and characters) each font face draws across a set of pages, and which text each
/// glyph stands for: what a font subset must keep and what a PDF ToUnicode map must say. Collected
/// over the whole document because one embedded font serves every page.
/// </summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<FontFace, FaceUsage> byFace = [];

    public static GlyphUsage Collect(IEnumerable<Page> pages, bool includeSlugs = false)
    {
        var usage = new GlyphUsage();
        foreach (var page in pages)
        {
            foreach (var run in page.ItemsOf<GlyphRun>()) usage.Add(run);
            if (includeSlugs && page.Slug is { } slug) usage.Add(slug);
        }

        return usage;
    }

    public IEnumerable<FontFace> Faces => byFace.Keys;

    public void Add(GlyphRun run)
    {
        if (!byFace.TryGetValue(run.Font, out var usage))
        {
            usage = new FaceUsage();
            byFace.Add(run.Font, usage);
        }

        foreach (var glyph in run.Glyphs) usage.Glyphs.Add(glyph);
        foreach (var rune in run.Text.EnumerateRunes()) usage.CodePoints.Add(rune.Value);
        if (IsOneGlyphPerCharacter(run))
        {
            // Most runs: plain text, one glyph per UTF-16 character in order, no ligature.
            for (var i = 0; i < run.Glyphs.Count; i++) usage.Offer(run.Glyphs[i], run.Text.AsSpan(i, 1));
            return;
        }

        foreach (var (glyph, text) in GlyphTexts(run)) usage.Offer(glyph, text);
    }

    /// <summary>Whether glyph i stands for character i of the text, for every i (left-to-right, no clusters, no surrogates).</summary>
    private static bool IsOneGlyphPerCharacter(GlyphRun run)
    {
        if (run.RightToLeft || run.Glyphs.Count != run.Text.Length) return false;
        for (var i = 0; i < run.Clusters.Count; i++)
        {
            if (run.Clusters[i] != i || char.IsSurrogate(run.Text[i])) return false;
        }

        return true;
    }

    /// <summary>Adds one glyph the writer draws itself (a word space) with the text it stands for.</summary>
    public void AddGlyph(FontFace face, ushort glyph, string text)
    {
        if (!byFace.TryGetValue(face, out var usage)) return;
        usage.Glyphs.Add(glyph);
        foreach (var rune in text.EnumerateRunes()) usage.CodePoints.Add(rune.Value);
        usage.Offer(glyph, text);
    }

    public IReadOnlyCollection<ushort> GlyphsOf(FontFace face) => byFace.TryGetValue(face, out var u) ? u.Glyphs : [];

    public IReadOnlyCollection<int> CodePointsOf(FontFace face) => byFace.TryGetValue(face, out var u) ? u.CodePoints : [];

    /// <summary>The text each glyph of <paramref name="face"/> represents ("ffi" for a ligature glyph).</summary>
    public IReadOnlyDictionary<ushort, string> TextOf(FontFace face) => byFace.TryGetValue(face, out var u) ? u.Text : new Dictionary<ushort, string>();

    /// <summary>
    /// Splits a run into clusters (the glyphs sharing one cluster value and the text up to the next
    /// cluster start). One glyph for several characters is a ligature: it stands for all of them.
    /// As many glyphs as characters map one to one; any other cluster gives its first glyph the text.
    /// </summary>
    private static IEnumerable<(ushort Glyph, string Text)> GlyphTexts(GlyphRun run)
    {
        var starts = run.Clusters.Where(c => c >= 0 && c < run.Text.Length).Distinct().Order().ToList();
        foreach (var group in Enumerable.Range(0, run.Glyphs.Count).GroupBy(i => run.Clusters[i]))
        {
            var index = starts.BinarySearch(group.Key);
            if (index < 0) continue;
            var end = index + 1 < starts.Count ? starts[index + 1] : run.Text.Length;
            var text = run.Text[group.Key..end];
            var glyphs = group.Select(i => run.Glyphs[i]).ToList();
            var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
            if (glyphs.Count == runes.Count && glyphs.Count > 1)
            {
                // Right-to-left glyphs come in visual order, so their characters pair up reversed.
                if (run.RightToLeft) runes.Reverse();
                for (var i = 0; i < glyphs.Count; i++) yield return (glyphs[i], runes[i]);
            }
            else
            {
                yield return (run.RightToLeft ? glyphs[^1] : glyphs[0], text);
            }
        }
    }

    private sealed class FaceUsage
    {
        public HashSet<ushort> Glyphs { get; } = [];
        public HashSet<int> CodePoints { get; } = [];
        public Dictionary<ushort, string> Text { get; } = [];

        /// <summary>
        /// A glyph drawn for different texts (one space glyph for U+0020 and U+00A0) keeps the shortest,
        /// then ordinally smallest: a stable choice that prefers a plain character to a ligature reading.
        /// </summary>
        public void Offer(ushort glyph, ReadOnlySpan<char> text)
        {
            if (text.Length == 0) return;
            // The text is made a string only when it is kept: most glyphs repeat the text they had.
            if (!Text.TryGetValue(glyph, out var current) || text.Length < current.Length ||
                (text.Length == current.Length && text.SequenceCompareTo(current) < 0))
            {
                Text[glyph] = text.ToString();
            }
        }
    }
}
