using System.Globalization;
using System.Text;
using Pamphlet.Composition.Fonts;
using Pamphlet.Diagnostics;
using Pamphlet.Layouts;

namespace Pamphlet.Composition.Text;

/// <summary>A piece of a span in one script, direction and font: the unit HarfBuzz shapes.</summary>
public sealed record FontRun(string Text, ShapingFont Font, StyledSpan Span, HarfBuzzSharp.Script Script, bool RightToLeft)
{
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
public sealed class FontRunSplitter(FontLibrary fonts, IReadOnlyList<string> fallbackFamilies, MissingGlyphs missing, string language)
{
    public List<FontRun> Split(StyledSpan span)
    {
        var primary = fonts.Get(span.Style.Font, span.Location);
        var runs = new List<FontRun>();
        if (span.IsForcedBreak)
        {
            runs.Add(new FontRun(span.Text, primary, span, defaultScript, defaultScript.HorizontalDirection == HarfBuzzSharp.Direction.RightToLeft));
            return runs;
        }

        foreach (var scriptRun in ScriptItemizer.Itemize(span.Text, defaultScript))
        {
            var text = span.Text.Substring(scriptRun.Start, scriptRun.Length);
            var current = new StringBuilder();
            ShapingFont? currentFont = null;
            foreach (var rune in text.EnumerateRunes())
            {
                var font = KeepsCurrentFont(rune) && currentFont is not null ? currentFont : Choose(rune, primary, span);
                if (currentFont is not null && font != currentFont)
                {
                    runs.Add(new FontRun(current.ToString(), currentFont, span, scriptRun.Script, scriptRun.RightToLeft));
                    current.Clear();
                }
                currentFont = font;
                current.Append(rune.ToString());
            }
            if (currentFont is not null && current.Length > 0)
            {
                runs.Add(new FontRun(current.ToString(), currentFont, span, scriptRun.Script, scriptRun.RightToLeft));
            }
        }
        return runs;
    }

    private readonly HarfBuzzSharp.Script defaultScript = ScriptItemizer.ScriptOfLanguage(language);

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
