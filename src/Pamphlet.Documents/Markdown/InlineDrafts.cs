using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.Markdown;

/// <summary>The last steps for inline drafts: smart punctuation over the whole run, then freezing into records.</summary>
internal static class InlineDrafts
{
    /// <summary>Rewrites the text of every non-verbatim run, treating the drafts as one paragraph.</summary>
    public static void Punctuate(List<InlineDraft> drafts, QuoteMarks quotes)
    {
        var texts = new List<TextDraft?>();
        var segments = new List<TextSegment>();
        Collect(drafts, texts, segments);
        var results = SmartPunctuation.Apply(segments, quotes);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is { Verbatim: false } text)
            {
                text.Text = results[i];
            }
        }
    }

    /// <summary>
    /// Records from drafts. Soft breaks become a space, adjacent text in one style merges into one run
    /// (keeping the first run's location), and empty runs disappear.
    /// </summary>
    public static IReadOnlyList<Inline> Freeze(IEnumerable<InlineDraft> drafts)
    {
        var output = new List<Inline>();
        var merged = new PendingText(output);
        InlineStyle? lastStyle = null;
        foreach (var draft in drafts)
        {
            switch (draft)
            {
                case TextDraft text when text.Text.Length > 0:
                    merged.Append(text.Location, text.Text, text.Style);
                    lastStyle = text.Style;
                    break;
                case BreakDraft { Hard: false } soft:
                    // The space takes the style of the text before it, so it is as wide as its neighbours.
                    merged.Append(soft.Location, " ", lastStyle ?? InlineStyle.None);
                    break;
                case BreakDraft hard:
                    merged.Flush();
                    output.Add(new LineBreak(hard.Location));
                    lastStyle = null;
                    break;
                case LinkDraft link:
                    merged.Flush();
                    output.Add(new Link(link.Location, Freeze(link.Content), link.Url));
                    lastStyle = null;
                    break;
                case NoteDraft note:
                    merged.Flush();
                    output.Add(new NoteReference(note.Location, note.Number));
                    break;
            }
        }

        merged.Flush();
        return output;
    }

    /// <summary>
    /// Text in one style waiting to become one run, gathered in a builder: a paragraph of thousands of
    /// lines merged by concatenating strings took seconds (quadratic; found by fuzzing).
    /// </summary>
    private sealed class PendingText(List<Inline> output)
    {
        private readonly System.Text.StringBuilder text = new();
        private SourceLocation location;
        private InlineStyle? style;

        public void Append(SourceLocation at, string more, InlineStyle inStyle)
        {
            if (style is not null && style != inStyle) Flush();
            if (style is null)
            {
                location = at;
                style = inStyle;
            }
            text.Append(more);
        }

        public void Flush()
        {
            if (style is null) return;
            output.Add(new TextRun(location, text.ToString(), style.Value));
            text.Clear();
            style = null;
        }
    }

    private static void Collect(List<InlineDraft> drafts, List<TextDraft?> texts, List<TextSegment> segments)
    {
        foreach (var draft in drafts)
        {
            switch (draft)
            {
                case TextDraft text:
                    texts.Add(text);
                    segments.Add(text.Verbatim ? TextSegment.Verbatim(text.Text) : TextSegment.Prose(text.Text));
                    break;
                case BreakDraft:
                    texts.Add(null);
                    segments.Add(TextSegment.Break);
                    break;
                case LinkDraft link:
                    Collect(link.Content, texts, segments);
                    break;

                    // A note reference is not text: the quotes and dashes around it read as if it were not there.
            }
        }
    }
}
