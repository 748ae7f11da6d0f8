using Pamphlet.Text.Bidi;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs;

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

    /// <summary>Left-to-right isolate, first strong isolate and pop directional isolate (UAX #9 X5a, X5c, X6a).</summary>
    private const char LeftToRightIsolate = '\u2066', FirstStrongIsolate = '\u2068', PopIsolate = '\u2069';

    public static ResolvedLevels? Of(IReadOnlyList<StyledSpan> spans, string language)
    {
        var rtlLanguage = IsRightToLeftLanguage(language);
        if (!rtlLanguage && !spans.Any(s => HasRightToLeft(s.Text))) return null;
        // A forced line break is a line separator inside the paragraph, not a new paragraph (UAX #9 P1).
        // A note reference is analysed as an isolate: it is a mark beside its word, not part of it, so a
        // superscript digit after "2033," is not joined to that number (W4) and read before it.
        // Addresses are isolates too (see Isolates).
        var isolates = Isolates(spans);
        var text = new System.Text.StringBuilder();
        var analysed = new List<int>();
        var at = 0;
        var next = 0;
        foreach (var span in spans)
        {
            var isolated = IsNoteReference(span);
            if (isolated) text.Append(FirstStrongIsolate);
            for (var i = 0; i < span.Text.Length; i++, at++)
            {
                if (next < isolates.Count && isolates[next].Start == at) text.Append(isolates[next].Opener);
                analysed.Add(text.Length);
                text.Append(span.IsForcedBreak ? '\u2028' : span.Text[i]);
                if (next < isolates.Count && isolates[next].End == at + 1) text.Append(PopIsolate);
                if (next < isolates.Count && isolates[next].End <= at + 1) next++;
            }
            if (isolated) text.Append(PopIsolate);
        }
        var paragraph = BidiParagraph.Analyze(text.ToString(), rtlLanguage ? BidiDirection.RightToLeft : BidiDirection.Auto);
        return new ResolvedLevels([.. analysed.Select(i => paragraph.Levels[i])], paragraph.ParagraphLevel);
    }

    private static bool IsNoteReference(StyledSpan span) => span.Style.Role == SpanStyle.NoteReferenceRole;

    /// <summary>
    /// The stretches of the paragraph's text (its spans joined) that bidi treats as isolates, in order: a link's
    /// printed URL whole, and each address <see cref="UrlText.Addresses"/> finds in the rest (across style
    /// changes; note references and forced breaks end a word). A web or e-mail address is left to right
    /// whatever its letters, so "https://x.example/" keeps its final slash at its end inside Arabic; a handle
    /// or hashtag takes the direction of its first letter, so "@HayZaytoun" reads "@" first and "#حي_الزيتون"
    /// reads "#" first from the right.
    /// </summary>
    private static List<(int Start, int End, char Opener)> Isolates(IReadOnlyList<StyledSpan> spans)
    {
        var isolates = new List<(int Start, int End, char Opener)>();
        var searched = new System.Text.StringBuilder();
        foreach (var span in spans)
        {
            var blank = span.IsForcedBreak || span.IsUrl || IsNoteReference(span);
            if (span.IsUrl && span.Text.Length > 0) isolates.Add((searched.Length, searched.Length + span.Text.Length, LeftToRightIsolate));
            searched.Append(blank ? new string(' ', span.Text.Length) : span.Text);
        }
        isolates.AddRange(UrlText.Addresses(searched.ToString()).Select(a => (a.Start, a.Start + a.Length, a.IsHandle ? FirstStrongIsolate : LeftToRightIsolate)));
        isolates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return isolates;
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

/// <summary>The resolved bidi level of each UTF-16 unit of a paragraph's spans joined, and the paragraph's level.</summary>
internal sealed record ResolvedLevels(byte[] Levels, byte ParagraphLevel);
