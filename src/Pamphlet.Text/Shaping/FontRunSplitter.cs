using System.Globalization;
using System.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Text.Shaping;

/// <summary>
/// A piece of a span in one script, bidi level and font: the unit HarfBuzz shapes. An odd
/// <see cref="Level"/> is right-to-left (UAX #9); lines reorder runs by level.
/// </summary>
internal sealed record FontRun(string Text, ShapingFont Font, StyledSpan Span, HarfBuzzSharp.Script Script, byte Level)
{
    public bool RightToLeft => Level % 2 == 1;

    public ShapeOptions ShapeOptions(string language, bool ligatures) => new(RightToLeft, Script, language, ligatures);
}

/// <summary>
/// Splits spans into runs by script (see <see cref="ScriptItemizer"/>), then by font coverage: each
/// character goes to the span's own face if it has the
/// glyph, else to the first fallback family (same weight and slant) that has it. Spaces and combining
/// marks stay with the run they are in so words are not cut apart. Characters nobody covers are
/// recorded in <see cref="MissingGlyphs"/> and set in the primary font so layout can continue.
/// A later stage itemises by script and bidi level before this; the split keeps that order.
/// </summary>
internal sealed class FontRunSplitter(FontLibrary fonts, IReadOnlyList<string> fallbackFamilies, MissingGlyphs missing, string language)
{
    /// <param name="span">The span to split.</param>
    /// <param name="levels">Bidi levels of the span's characters (one per UTF-16 unit), or empty: then
    /// each script's own direction decides (level 0 or 1).</param>
    public List<FontRun> Split(StyledSpan span, ReadOnlySpan<byte> levels = default)
    {
        var primary = fonts.Get(span.Style.Font, span.Location);
        var runs = new List<FontRun>();
        var defaultLevel = (byte)(defaultScript.HorizontalDirection == HarfBuzzSharp.Direction.RightToLeft ? 1 : 0);
        if (span.IsForcedBreak)
        {
            runs.Add(new FontRun(span.Text, primary, span, defaultScript, defaultLevel));
            return runs;
        }

        foreach (var scriptRun in ScriptItemizer.Itemize(span.Text, defaultScript))
        {
            // The current run is the text from runStart to index: runes are taken in order, none skipped.
            var runStart = scriptRun.Start;
            ShapingFont? currentFont = null;
            byte currentLevel = 0;
            var index = scriptRun.Start;
            foreach (var rune in span.Text.AsSpan(scriptRun.Start, scriptRun.Length).EnumerateRunes())
            {
                var level = levels.IsEmpty ? (byte)(scriptRun.RightToLeft ? 1 : 0) : levels[index];
                // Spaces, marks, and punctuation shared by all scripts stay in the font of the word they
                // follow when it has them: an Arabic word's full stop is drawn by the Arabic face.
                // (Only a fallback face can hold on to punctuation: the primary face is tried first anyway.)
                var stays = currentFont is not null && (KeepsCurrentFont(rune) || (currentFont != primary && IsShared(rune) && currentFont.Covers(rune.Value)));
                var font = stays ? currentFont! : Choose(rune, primary, span);
                if (currentFont is not null && (font != currentFont || level != currentLevel))
                {
                    runs.Add(new FontRun(RunText(span.Text, runStart, index), currentFont, span, scriptRun.Script, currentLevel));
                    runStart = index;
                }
                currentFont = font;
                currentLevel = level;
                index += rune.Utf16SequenceLength;
            }
            if (currentFont is not null && index > runStart)
            {
                runs.Add(new FontRun(RunText(span.Text, runStart, index), currentFont, span, scriptRun.Script, currentLevel));
            }
        }
        return runs;
    }

    /// <summary>
    /// The text of a run, text[<paramref name="start"/>..<paramref name="end"/>], with a lone surrogate (half a
    /// character, from a damaged file) replaced by U+FFFD as a rune of its own, as shaping reads it.
    /// </summary>
    private static string RunText(string text, int start, int end)
    {
        var piece = text.AsSpan(start, end - start);
        if (!piece.ContainsAnyInRange('\uD800', '\uDFFF')) return piece.ToString();
        var whole = new StringBuilder(piece.Length);
        foreach (var rune in piece.EnumerateRunes()) whole.Append(rune.ToString());
        return whole.ToString();
    }

    private readonly HarfBuzzSharp.Script defaultScript = ScriptItemizer.ScriptOfLanguage(language);

    private static bool IsShared(Rune rune) =>
        HarfBuzzSharp.UnicodeFunctions.Default.GetScript(rune.Value) == HarfBuzzSharp.Script.Common;

    private static bool KeepsCurrentFont(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private ShapingFont Choose(Rune rune, ShapingFont primary, StyledSpan span)
    {
        if (primary.Covers(rune.Value)) return primary;
        foreach (var family in fallbackFamilies)
        {
            if (!fonts.HasFamily(family)) continue;
            var candidate = fonts.Get(family, span.Style.Font.Weight, span.Style.Font.Italic, span.Location);
            if (candidate.Covers(rune.Value)) return candidate;
        }
        missing.Add(rune.Value, span.Location, [primary.Family, .. fallbackFamilies]);
        return primary;
    }
}
