using Pamphlet.Composition.Bidi;
using Pamphlet.Composition.Text;

namespace Pamphlet.Composition.Paragraphs;

/// <summary>
/// The bidi levels of a paragraph's text (its spans joined), or null when it has no right-to-left
/// character and is not in a right-to-left language: then everything is level 0 and nothing needs
/// reordering, which keeps left-to-right paragraphs exactly as before and costs nothing.
/// </summary>
internal static class BidiLevels
{
    private static readonly HashSet<string> RightToLeftLanguages = ["ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv", "sd", "ug"];

    public static bool IsRightToLeftLanguage(string language) =>
        RightToLeftLanguages.Contains(language.Split('-', '_')[0].ToLowerInvariant());

    public static BidiParagraph? Of(IReadOnlyList<StyledSpan> spans, string language)
    {
        var rtlLanguage = IsRightToLeftLanguage(language);
        if (!rtlLanguage && !spans.Any(s => HasRightToLeft(s.Text))) return null;
        // A forced line break is a line separator inside the paragraph, not a new paragraph (UAX #9 P1).
        var text = string.Concat(spans.Select(s => s.IsForcedBreak ? "\u2028" : s.Text));
        return BidiParagraph.Analyze(text, rtlLanguage ? BidiDirection.RightToLeft : BidiDirection.Auto);
    }

    private static bool HasRightToLeft(string text)
    {
        foreach (var c in text)
        {
            // Hebrew, Arabic, Syriac, Thaana, N'Ko … (U+0590–U+08FF) and the presentation forms.
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') return true;
        }
        return false;
    }
}
