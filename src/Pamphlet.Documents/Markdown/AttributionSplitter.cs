using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Finds the attribution of a quote: the last line of its last paragraph when that line starts with a
/// dash ("— Rosa Luxemburg"). Works on punctuated drafts, where "-- " at a line start is already an em dash.
/// </summary>
internal static class AttributionSplitter
{
    /// <summary>
    /// Em dash and horizontal bar are attribution dashes in English and French usage; an en dash
    /// followed by a space is the German and Scandinavian habit, so it counts as well.
    /// </summary>
    private const string AttributionDashes = "\u2014\u2015\u2013";

    /// <summary>
    /// Removes and returns the attribution from the end of <paramref name="drafts"/>, or null when
    /// there is none. The attribution may be the whole paragraph only when
    /// <paramref name="mayTakeWholeParagraph"/> (the quote has other content), so a one-paragraph
    /// quote that happens to start with a dash stays a quote.
    /// </summary>
    public static List<InlineDraft>? TakeTrailing(List<InlineDraft> drafts, bool mayTakeWholeParagraph)
    {
        var start = LastDashedLineStart(drafts);
        if (start < 0 || (start == 0 && !mayTakeWholeParagraph))
        {
            return null;
        }

        var attribution = drafts.GetRange(start, drafts.Count - start);
        // Drop the quote text's line break before the attribution, then the dash and its space.
        drafts.RemoveRange(start > 0 ? start - 1 : 0, drafts.Count - (start > 0 ? start - 1 : 0));
        var first = (TextDraft)attribution[0];
        first.Text = first.Text[1..].TrimStart();
        return attribution;
    }

    private static int LastDashedLineStart(List<InlineDraft> drafts)
    {
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var startsLine = i == 0 || drafts[i - 1] is BreakDraft;
            if (startsLine && StartsWithDash(drafts[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsWithDash(InlineDraft draft)
    {
        if (draft is not TextDraft { Verbatim: false } text || text.Text.Length == 0)
        {
            return false;
        }

        var dash = text.Text[0];
        if (!AttributionDashes.Contains(dash, StringComparison.Ordinal))
        {
            return false;
        }

        // An en dash only attributes when a space follows; "–10 %" is not a name.
        return dash != '\u2013' || (text.Text.Length > 1 && char.IsWhiteSpace(text.Text[1]));
    }
}
